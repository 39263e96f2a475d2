import { describe, expect, it } from 'vitest';
import type { D1Database } from '../../src/worker/d1-database.js';
import { buildWorkerApp } from '../../src/worker/worker-app.js';

// Never queried here: these tests stop at configuration, before any statement runs.
const unusedDb = {} as D1Database;

function problemsOf(env: Record<string, unknown>): string[] {
  const built = buildWorkerApp(env);
  return built.ok ? [] : built.problems;
}

describe('Worker configuration from bindings', () => {
  it('refuses to serve without API keys unless it is the demo', () => {
    expect(problemsOf({ DB: unusedDb })).toEqual([expect.stringMatching(/no API keys configured: set the secret SKIPGRAPH_API_KEYS/)]);
    expect(buildWorkerApp({ DB: unusedDb, SKIPGRAPH_DEMO: '1', LOG_LEVEL: 'silent' }).ok).toBe(true);
    expect(buildWorkerApp({ DB: unusedDb, SKIPGRAPH_API_KEYS: 'a-long-key-1:collector', LOG_LEVEL: 'silent' }).ok).toBe(true);
  });

  it('names every problem without echoing secret values', () => {
    const problems = problemsOf({ SKIPGRAPH_API_KEYS: 'secret-value-123:boss' });
    expect(problems).toEqual([expect.stringMatching(/^SKIPGRAPH_API_KEYS: API key entry 1 must be KEY:ROLE/), expect.stringMatching(/no store binding: add a D1 database bound as DB/)]);
    expect(problems.join(' ')).not.toContain('secret-value-123');
  });

  it('rejects bad vars by name', () => {
    expect(problemsOf({ DB: unusedDb, SKIPGRAPH_DEMO: '1', LOG_LEVEL: 'loud' })).toEqual([expect.stringMatching(/^LOG_LEVEL: /)]);
    expect(problemsOf({ DB: unusedDb, SKIPGRAPH_DEMO: '1', SKIPGRAPH_RATE_LIMIT: 'many' })).toEqual([expect.stringMatching(/^SKIPGRAPH_RATE_LIMIT: /)]);
  });
});
