import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm test` starts with `biome ci .`; these cases show that gate refuses what it should, with the
// project's own configuration (biome.json), so a loosened config is noticed.
const root = join(import.meta.dirname, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');

function biomeCi(source: string): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'skipgraph-biome-'));
  const file = join(dir, 'sample.ts');
  writeFileSync(file, source);
  try {
    const output = execFileSync(
      biome,
      ['ci', `--config-path=${root}`, '--vcs-enabled=false', '--colors=off', file],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe('the formatting and lint gate', () => {
  it('passes a formatted, clean file', () => {
    expect(biomeCi('export const total = [1, 2].reduce((a, b) => a + b, 0);\n').code).toBe(0);
  });

  it('fails an unformatted file', () => {
    const r = biomeCi('export const x = {a:1,\n b:2}\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/format/i);
  });

  it('fails unsorted imports', () => {
    const r = biomeCi(
      "import { b } from './b.js';\nimport { a } from './a.js';\n\nexport const c = [a, b];\n",
    );
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/organizeImports/);
  });

  it('fails a lint error', () => {
    const r = biomeCi('export function f(x: number) {\n  if (x == 1) return 1;\n  return 2;\n}\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/noDoubleEquals/);
  });
});
