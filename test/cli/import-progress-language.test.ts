import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Output, runImportCommand } from '../../src/cli/commands/import.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skipgraph-import-lang-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(isTTY: boolean): Output & { text: () => string } {
  let text = '';
  return { isTTY, write: (s: string) => (text += s), text: () => text };
}

/** A file above the progress bar's 5 MB: one person, written again and again. */
function bigFile(): string {
  const file = join(dir, 'big.ndjson');
  const line = `${JSON.stringify({ type: 'person', id: 'SAME', name: 'x'.repeat(200) })}\n`;
  writeFileSync(file, line.repeat(Math.ceil((5.5 * 1024 * 1024) / line.length)));
  return file;
}

describe('skipgraph import: progress and summary in the reader’s language', () => {
  it('draws the bar in Chinese on a terminal, in English with --lang en, and nothing when stderr is not a terminal', async () => {
    const file = bigFile();
    const db = join(dir, 'big.db');
    const run = async (args: string[], isTTY: boolean) => {
      const stderr = capture(isTTY);
      const stdout = capture(false);
      const code = await runImportCommand([file, '--db', db, '--batch-size', '5000', ...args], {
        stdout,
        stderr,
        env: { LANG: 'zh_CN.UTF-8' },
      });
      return { code, err: stderr.text(), out: stdout.text() };
    };
    const zh = await run([], true);
    expect(zh.code).toBe(0);
    expect(zh.err).toMatch(/正在导入 \[[█░]+\] 100% 5\.5\/5\.5 MB \| 已接受 \d+ 条，已拒绝 0 条/);
    expect(zh.err).not.toContain('importing');
    const en = await run(['--lang', 'en'], true);
    expect(en.err).toMatch(/importing \[[█░]+\] 100% 5\.5\/5\.5 MB \| \d+ accepted, 0 rejected/);
    const piped = await run([], false);
    expect(piped.code).toBe(0);
    expect(piped.err).toBe('');
    expect(piped.out).toMatch(/^big\.ndjson：接受 \d+ 条，拒绝 0 条\n {2}person \d+ 条\n$/);
  }, 120_000);

  it('counts each record type in the summary, in either language', async () => {
    const file = join(dir, 'mixed.ndjson');
    writeFileSync(
      file,
      [
        { type: 'person', id: 'M1', name: '张伟', timezone: 'Asia/Shanghai' },
        { type: 'person', id: 'M2', name: '李娜', timezone: 'Asia/Shanghai' },
        { type: 'relation', from: 'M1', to: 'M2', kind: 'spouse', source: 'application' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const db = join(dir, 'mixed.db');
    const summary = async (env: Record<string, string>) => {
      const stdout = capture(false);
      await runImportCommand([file, '--db', db], { stdout, stderr: capture(false), env });
      return stdout.text();
    };
    expect(await summary({ LANG: 'zh_CN.UTF-8' })).toBe(
      'mixed.ndjson：接受 3 条，拒绝 0 条\n  person 2 条，relation 1 条\n',
    );
    expect(await summary({})).toBe(
      'mixed.ndjson: 3 accepted, 0 rejected\n  person 2, relation 1\n',
    );
  });
});
