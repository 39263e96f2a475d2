import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cliLang, langFlagOf } from '../../src/cli/cli-lang.js';
import { runAuditCommand } from '../../src/cli/commands/audit.js';
import { runImportCommand } from '../../src/cli/commands/import.js';
import { runMigrateCommand } from '../../src/cli/commands/migrate.js';
import { runPolicyCommand } from '../../src/cli/commands/policy.js';
import { runRetentionCommand } from '../../src/cli/commands/retention.js';
import { runRoutesCommand } from '../../src/cli/commands/routes.js';
import { main } from '../../src/cli/main.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

const ZH = { LANG: 'zh_CN.UTF-8' };
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skipgraph-cli-language-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

/** What `main` wrote to stderr, and its exit code, with the environment's locale set. */
async function mainErr(argv: string[], env: Record<string, string>): Promise<[number, string]> {
  for (const [k, v] of Object.entries({ LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env }))
    vi.stubEnv(k, v);
  let text = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    text += String(chunk);
    return true;
  });
  try {
    return [await main(argv), text];
  } finally {
    spy.mockRestore();
  }
}

async function importErr(
  argv: string[],
  env: Record<string, string>,
): Promise<{ code: number; err: string }> {
  let err = '';
  const sink = { write: (s: string) => (err += s) };
  const code = await runImportCommand(argv, { stdout: { write: () => true }, stderr: sink, env });
  return { code, err };
}

describe('the command line speaks the language of --lang, LC_ALL, LC_MESSAGES or LANG', () => {
  it('reads the locale as POSIX does: LC_ALL, then LC_MESSAGES, then LANG; --lang before all', () => {
    expect(cliLang(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(cliLang(undefined, { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(cliLang(undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLang(undefined, { LC_MESSAGES: 'zh_CN', LANG: 'en_US' })).toBe('zh-CN');
    expect(cliLang(undefined, { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(cliLang('en', { LC_ALL: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFlagOf(['D1', '--lang', 'zh-CN'])).toBe('zh-CN');
    expect(langFlagOf(['--lang=en'])).toBe('en');
    expect(langFlagOf(['--', '--lang', 'zh-CN'])).toBeUndefined();
  });

  it('an unknown command, a usage mistake and a bad option, exit 1 in both languages', async () => {
    const [zhCode, zhText] = await mainErr(['nosuch'], ZH);
    expect(zhCode).toBe(1);
    expect(zhText.split('\n')[0]).toBe('未知命令“nosuch”。');
    const [enCode, enText] = await mainErr(['nosuch'], { LANG: 'en_US.UTF-8' });
    expect(enCode).toBe(1);
    expect(enText.split('\n')[0]).toBe('unknown command "nosuch"');

    const [code, zh] = await mainErr(['routes'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US' });
    expect(code).toBe(1);
    expect(zh).toBe('routes 须指定且只能指定一个 DEBTOR_ID。\n用法见“skipgraph routes --help”。\n');
    const [, en] = await mainErr(['routes', '--lang', 'en'], ZH);
    expect(en).toBe(
      'routes needs exactly one DEBTOR_ID\nRun "skipgraph routes --help" for usage.\n',
    );
    const [, tz] = await mainErr(['worklist', '--tz', 'Mars/Olympus'], ZH);
    expect(tz.split('\n')[0]).toBe('--tz：未知的时区“Mars/Olympus”。');
    const [badCode, bad] = await mainErr(['audit', '--nope'], ZH);
    expect(badCode).toBe(1);
    expect(bad).toMatch(/^未知选项“--nope”。.*\n用法见“skipgraph audit --help”。\n$/);
  });

  it('a use case’s error is worded by its code, with the code kept', async () => {
    const db = join(dir, 'routes.db');
    await (await openSqliteStore(db)).close();
    const run = async (env: Record<string, string>) => {
      const err: string[] = [];
      const code = await runRoutesCommand(['NOPE', '--db', db], {
        env,
        out: () => {},
        err: (t) => void err.push(t),
      });
      return { code, err: err.join('') };
    };
    expect(await run(ZH)).toEqual({
      code: 1,
      err: 'skipgraph routes: 找不到编号为 NOPE 的债务人。 (debtor_not_found)\n',
    });
    expect(await run({ LANG: 'en_US.UTF-8' })).toEqual({
      code: 1,
      err: 'skipgraph routes: no debtor with id NOPE (debtor_not_found)\n',
    });
  });

  it('import: usage, file and input errors in both languages, exit 1', async () => {
    expect(await importErr([], ZH)).toEqual({
      code: 1,
      err: 'import 需要指定一个 FILE。\n用法见“skipgraph import --help”。\n',
    });
    expect(await importErr(['--lang', 'en'], ZH)).toEqual({
      code: 1,
      err: 'import needs a FILE\nRun "skipgraph import --help" for usage.\n',
    });
    const missing = join(dir, 'missing.ndjson');
    expect(await importErr([missing], ZH)).toEqual({
      code: 1,
      err: `skipgraph import: 无法读取 ${missing}：文件不存在。\n`,
    });
    expect(await importErr([missing], { LANG: 'en_US' })).toEqual({
      code: 1,
      err: `skipgraph import: cannot read ${missing}: no such file\n`,
    });
    const csv = join(dir, 'no-type.csv');
    writeFileSync(csv, 'id,name\nP1,张伟\n');
    const db = join(dir, 'import.db');
    const zh = await importErr([csv, '--db', db], ZH);
    expect(zh.code).toBe(1);
    expect(zh.err.split('\n')[0]).toMatch(
      /^csv_type_missing：一个 CSV 文件只能包含一种记录类型：请指定类型（--type 或 \?type=，取值为 .+ 之一），或增加“type”列。$/,
    );
    const en = await importErr([csv, '--db', db], { LANG: 'en_US' });
    expect(en.err.split('\n')[0]).toMatch(
      /^csv_type_missing: a CSV file holds one record type: give it \(--type, one of .+\) or add a "type" column$/,
    );
  });

  it('audit verify, migrate, retention and policy lint report in both languages', async () => {
    const db = join(dir, 'reports.db');
    const lines: string[] = [];
    const io = (env: Record<string, string>) => ({
      env,
      out: (l: string) => void lines.push(l),
      err: (l: string) => void lines.push(l),
    });
    expect(await runMigrateCommand(['--db', db], io(ZH))).toBe(0);
    expect(await runMigrateCommand(['--db', db, '--lang', 'en'], io(ZH))).toBe(0);
    expect(lines.splice(0)).toEqual([
      `sqlite（${db}）：schema 已是最新。`,
      `sqlite (${db}): schema up to date`,
    ]);
    expect(await runAuditCommand(['verify', '--db', db], io(ZH))).toBe(0);
    expect(await runAuditCommand(['verify', '--db', db], io({ LANG: 'en_US' }))).toBe(0);
    const [zhAudit, enAudit] = lines.splice(0);
    expect(zhAudit).toMatch(/^审计链完整：共 0 条记录，链头 \S+。$/);
    expect(enAudit).toMatch(/^audit chain intact: 0 records, head \S+$/);

    const at = ['--dry-run', '--at', '2026-11-20T00:00:00Z', '--db', db];
    expect(await runRetentionCommand(at, io(ZH))).toBe(0);
    expect(await runRetentionCommand(at, io({ LANG: 'en_US' }))).toBe(0);
    const [zhReport, enReport] = lines.splice(0);
    expect(zhReport?.split('\n').slice(0, 3)).toEqual([
      '截至 2026-11-20T00:00:00.000Z 的保留期限检查（试运行：未做任何更改）',
      '账户：0 个已过保留期限，0 个保留，0 个所适用的策略未规定保留期限，0 个没有适用的策略，0 个没有记录。',
      '将清除：联系记录 0 条，审计记录 0 条，发件箱条目 0 条。',
    ]);
    expect(enReport?.split('\n').slice(0, 3)).toEqual([
      'retention as of 2026-11-20T00:00:00.000Z (dry run: nothing changed)',
      'accounts: 0 past retention, 0 kept, 0 with no retention period in their policies, 0 with no policy, 0 with no records',
      'would purge: 0 attempt(s), 0 audit record(s), 0 outbox entries',
    ]);

    const lint = async (lang: string) => {
      const text: string[] = [];
      const out = (t: string) => void text.push(t);
      const code = await runPolicyCommand(
        ['lint', 'policies/us-reg-f.yaml', 'no-such.yaml', '--lang', lang],
        { out, err: out },
      );
      return { code, text };
    };
    const zhLint = await lint('zh-CN');
    expect(zhLint.code).toBe(1);
    expect(zhLint.text[0]).toMatch(
      /^policies\/us-reg-f\.yaml：通过（us-reg-f@\S+，共 \d+ 条规则）——美国 CFPB《F条例》联邦基线\n$/,
    );
    expect(zhLint.text[1]).toBe('no-such.yaml：无法读取（ENOENT）\n');
    const enLint = await lint('en');
    expect(enLint.text[0]).toMatch(
      /^policies\/us-reg-f\.yaml: ok \(us-reg-f@\S+, \d+ rules\) — CFPB Regulation F — federal baseline\n$/,
    );
    expect(enLint.text[1]).toBe('no-such.yaml: cannot be read (ENOENT)\n');
  });
});
