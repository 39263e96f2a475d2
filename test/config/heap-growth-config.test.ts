import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

describe('SKIPGRAPH_HEAP_GROWTH', () => {
  it('bounds the heap to 1.5× its live data unless told otherwise', () => {
    const r = loadConfig({});
    expect(r.ok && r.config.heapGrowthPercent).toBe(50);
  });

  it('takes 0 for V8’s own choice and a whole percent up to 400', () => {
    for (const [text, percent] of [
      ['0', 0],
      ['100', 100],
      ['400', 400],
    ] as const) {
      const r = loadConfig({ SKIPGRAPH_HEAP_GROWTH: text });
      expect(r.ok && r.config.heapGrowthPercent).toBe(percent);
    }
  });

  it('names the variable when the value is not a whole percent in range', () => {
    for (const text of ['lots', '-5', '12.5', '401']) {
      const r = loadConfig({ SKIPGRAPH_HEAP_GROWTH: text });
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.problems.map((p) => p.message).join(' ')).toMatch(/^SKIPGRAPH_HEAP_GROWTH: /);
    }
  });
});
