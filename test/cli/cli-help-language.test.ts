import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RECORD_TYPES } from '../../src/app/ingest/record-schemas.js';
import { EN, runMain as run, ZH } from './run-main.js';

const COMMANDS = [
  'serve',
  'import',
  'policy',
  'routes',
  'worklist',
  'calibrate',
  'audit',
  'migrate',
  'retention',
] as const;
const HAN = /\p{Script=Han}/u;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The English help as it was written, byte for byte (test/fixtures/cli-help/<topic>.en.txt). */
function englishHelp(topic: string): string {
  return readFileSync(
    join(import.meta.dirname, '..', 'fixtures', 'cli-help', `${topic}.en.txt`),
    'utf8',
  );
}

/** The option names a help text mentions (`--db`, `-h`), as typed; "re-rank" or "(-)" are none. */
function optionNames(text: string): string[] {
  return [...new Set(text.match(/(?<![\w-])--?[a-z][a-z0-9-]*/g) ?? [])].sort();
}

/** Environment variable names (SKIPGRAPH_DB, NEO4J_URI, LC_ALL) a help text mentions. */
function envNames(text: string): string[] {
  return [...new Set(text.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? [])].sort();
}

/** The lines that start an option's description (`  --db PATH        `), up to its words. */
function optionColumns(text: string): string[] {
  return text
    .split('\n')
    .map((line) => /^ {2}-[^ ]*(?:, --[^ ]+)?(?: [A-Z][A-Z]*)? +(?=\S)/.exec(line)?.[0])
    .filter((c): c is string => c !== undefined);
}

describe('every command’s --help follows --lang, LC_ALL, LC_MESSAGES or LANG', () => {
  const topics = [
    ['skipgraph', ['--help']] as const,
    ...COMMANDS.map((c) => [c, [c, '--help']] as const),
  ];

  it.each(topics)(
    '%s --help is the English text as written, by --lang en or the locale',
    async (topic, argv) => {
      const expected = englishHelp(topic);
      expect(await run([...argv, '--lang', 'en'], ZH)).toEqual({ code: 0, out: expected, err: '' });
      expect((await run([...argv], EN)).out).toBe(expected);
      expect((await run([...argv], {})).out, 'no locale: English').toBe(expected);
      expect((await run([...argv], { LANG: 'C.UTF-8' })).out).toBe(expected);
    },
  );

  it.each(topics)(
    '%s --help is in Chinese, keeping every option, variable and synopsis',
    async (topic, argv) => {
      const en = englishHelp(topic);
      const zh = (await run([...argv, '--lang', 'zh-CN'], EN)).out;
      expect(zh).toBe((await run([...argv], ZH)).out);
      expect(zh).toBe((await run([...argv], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US' })).out);
      expect((await run([...argv], { LC_MESSAGES: 'zh_CN.UTF-8' })).out).toBe(zh);
      expect(zh).toMatch(HAN);
      expect(zh.endsWith('\n') && !zh.endsWith('\n\n')).toBe(true);
      // Nothing left of the English explanations, nor of the catalogue's quoting.
      expect(zh).not.toMatch(
        /Usage:|Options:|Show this help|Environment:|Exit (code|status)|default:/,
      );
      expect(zh).not.toMatch(/'[<{]|[>}]'/);
      expect(optionNames(zh)).toEqual(optionNames(en));
      expect(envNames(zh)).toEqual(envNames(en));
      // The synopsis is kept as typed, and the options' descriptions start in the same column.
      expect(zh.split('\n')[topic === 'skipgraph' ? 2 : 0]!.replace(/^用法：/, '')).toBe(
        en.split('\n')[topic === 'skipgraph' ? 2 : 0]!.replace(/^Usage: /, ''),
      );
      expect(optionColumns(zh)).toEqual(optionColumns(en));
    },
  );

  it('keeps the literal <…>, quotes and record types the catalogue has to escape or fill in', async () => {
    expect((await run(['--help', '--lang', 'zh-CN'])).out).toContain(
      '用法：skipgraph <command> [options]',
    );
    expect((await run(['serve', '--help'], EN)).out).toContain(
      'a key may be stored as sha256:<sha256sum of the key>)',
    );
    expect((await run(['serve', '--help'], ZH)).out).toContain(
      '密钥可存为 sha256:<密钥的 sha256sum>）',
    );
    expect((await run(['retention', '--help'], EN)).out).toContain(
      "so 'skipgraph audit verify' still passes",
    );
    expect((await run(['calibrate', '--help'], EN)).out).toContain("Fits the ranking's source");
    for (const env of [EN, ZH]) {
      const text = (await run(['import', '--help'], env)).out;
      expect(text).toContain(RECORD_TYPES.join(', '));
      expect(text).toContain(RECORD_TYPES.join('|'));
    }
  });

  it('shows the usage after an unknown command in the reader’s language', async () => {
    const zh = await run(['nosuch'], ZH);
    expect(zh.code).toBe(1);
    expect(zh.err).toBe(`未知命令“nosuch”。\n\n${(await run(['--help'], ZH)).out}`);
    expect(zh.err).toContain('各命令的选项见“skipgraph <command> --help”。');
    const en = await run(['nosuch'], EN);
    expect(en.err).toBe(`unknown command "nosuch"\n\n${englishHelp('skipgraph')}`);
    expect((await run(['nosuch', '--lang', 'zh-CN'], EN)).err).toBe(zh.err);
  });
});
