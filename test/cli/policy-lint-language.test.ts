import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPolicyCommand } from '../../src/cli/commands/policy.js';

function lintFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lint-lang-')), 'draft.yaml');
  writeFileSync(file, text);
  return file;
}

/** `policy lint FILE` with `--lang` or LANG, its error lines without the file name. */
async function lint(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string[]> {
  const lines: string[] = [];
  const io = { out: (t: string) => void lines.push(t), err: (t: string) => void lines.push(t) };
  expect(await runPolicyCommand(['lint', file, ...args], io, env)).toBe(1);
  return lines.map((l) => l.replace(file, 'F').trimEnd());
}

const DRAFT = [
  'id: cn-draft',
  'name: 试行',
  'appliesTo: { jurisdictions: [CN] }',
  'rules:',
  '  - id: cn.hours',
  '    type: time_window',
  '    from: "8 点"',
  '    to: "21:00"',
  '',
].join('\n');

describe('policy lint in the officer’s language', () => {
  it('words each problem in Chinese under LANG=zh_CN.UTF-8, with line, column and code', async () => {
    const file = lintFile(DRAFT);
    expect(await lint(file, [], { LANG: 'zh_CN.UTF-8' })).toEqual([
      'F:7:11 rules[0].from: 应为时刻，如“08:00” [policy_invalid_format]',
    ]);
  });

  it('--lang en overrides LANG, and a syntax error keeps the parser’s sentence', async () => {
    const file = lintFile(DRAFT);
    expect(await lint(file, ['--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).toEqual([
      'F:7:11 rules[0].from: a time like "08:00" [policy_invalid_format]',
    ]);
    const broken = lintFile('id: x\nrules:\n  - foo: [\n');
    const [zh] = await lint(broken, ['--lang', 'zh-CN'], {});
    expect(zh).toMatch(/^F:4:1 缩进不对（解析器原文：Flow sequence .+） \[yaml_bad_indent\]$/);
  });
});
