import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withSection, writeResultsSection } from '../../bench/results-section.js';

const dir = mkdtempSync(join(tmpdir(), 'skipgraph-results-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writing a section of bench/RESULTS.md', () => {
  it('replaces only its own section, or appends it', () => {
    const text = '# Benchmark results\n\n## A\n\nold a\n\n## B\n\nkept b\n';
    expect(withSection(text, 'A', '## A\n\nnew a\n')).toBe(
      '# Benchmark results\n\n## A\n\nnew a\n\n## B\n\nkept b\n',
    );
    expect(withSection(text, 'C', '## C\n\nc\n')).toBe(`${text.trimEnd()}\n\n## C\n\nc\n`);
  });

  it('lays tables out as the formatter does, so a benchmark run leaves biome ci passing', () => {
    const path = join(dir, 'RESULTS.md');
    writeFileSync(path, '# Benchmark results\n\n## Other\n\nhand-written notes\n');
    writeResultsSection(
      'Run',
      '## Run\n\n| strategy | calls |\n| --- | --- |\n| skipgraph | 5.29 |\n',
      path,
    );
    const written = readFileSync(path, 'utf8');
    expect(written).toContain('hand-written notes');
    expect(written).toContain(
      '| strategy  | calls |\n| --------- | ----- |\n| skipgraph | 5.29  |',
    );
  });
});
