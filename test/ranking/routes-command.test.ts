import { describe, expect, it } from 'vitest';
import { runRoutesCommand } from '../../src/cli/commands/routes.js';
import { textWidth } from '../../src/cli/text-width.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { seed } from './seed-store.js';

async function run(
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string; err: string; closed: boolean }> {
  const store = await openSqliteStore(':memory:');
  await seed(store);
  let out = '';
  let err = '';
  let closed = false;
  const close = store.close.bind(store);
  store.close = async () => {
    closed = true;
    await close();
  };
  const code = await runRoutesCommand(argv, {
    openStore: async () => store,
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: () => new Date('2026-11-23T10:00:00Z'),
    env,
  });
  return { code, out, err, closed };
}

describe('skipgraph routes', () => {
  it('prints a readable table with reasons under each route', async () => {
    const { code, out, closed } = await run(['D1']);
    expect(code).toBe(0);
    expect(closed).toBe(true);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Routes for debtor D1, account A1, at 2026-11-23T10:00:00.000Z');
    expect(lines[2]).toMatch(/^# {2}Contact {18}Recipient +Score {2}Flags$/);
    // A number is printed in the groups a collector reads and dials.
    expect(out).toMatch(/^1 {2}phone \+86 138 0000 0001 {2}Zhang San \(debtor\) +0\.\d\d$/m);
    expect(out).toMatch(/^4 {2}phone \+86 139 0000 0001 {2}Li Wei \(reference\) +0\.\d\d$/m);
    expect(out).not.toContain('+8613800000001');
    expect(out).toContain("- debtor's own mobile");
    expect(out).toMatch(/^3 .*shared×5/m);
  });

  it('prints the table in Chinese with --lang zh-CN or a Chinese LANG, its columns lined up', async () => {
    const zh = await run(['D1', '--lang', 'zh-CN']);
    expect(zh.code).toBe(0);
    const lines = zh.out.split('\n');
    expect(lines[0]).toBe('债务人 D1（账户 A1）的联系路径，时间 2026-11-23T10:00:00.000Z');
    expect(zh.out).toContain('Zhang San（债务人本人）');
    expect(zh.out).toContain('Wang Fang（担保人）');
    expect(zh.out).toContain('共用×5');
    expect(zh.out).toContain('第三方');
    // A wide character takes two columns: the score column starts at one column on every row.
    const header = lines.find((l) => l.startsWith('#'))!;
    const rows = lines.filter((l) => /^\d {2}电话 /.test(l));
    expect(rows.length).toBeGreaterThan(2);
    const column = (l: string) => textWidth(l.slice(0, l.search(/\d\.\d\d/)));
    for (const row of rows)
      expect(column(row)).toBe(textWidth(header.slice(0, header.indexOf('得分'))));
    expect((await run(['D1'], { LANG: 'zh_CN.UTF-8' })).out).toBe(zh.out);
    expect((await run(['D1'], { LANG: 'en_US.UTF-8' })).out).toMatch(/^Routes for debtor D1/);
  });

  it('prints JSON with --json and honours --at, --limit and --channel', async () => {
    const { code, out } = await run([
      'D1',
      '--json',
      '--at',
      '2026-11-24T00:00:00Z',
      '--limit',
      '1',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({
      debtorId: 'D1',
      accountId: 'A1',
      at: '2026-11-24T00:00:00.000Z',
    });
    expect(result.routes).toHaveLength(1);
    // JSON is for programs: the number stays in E.164.
    expect(result.routes[0].contact).toEqual({ kind: 'phone', value: '+8613800000001' });
    expect(JSON.parse((await run(['D1', '--json', '--channel', 'letter'])).out).routes).toEqual([]);
  });

  it('reports an unknown debtor on stderr with exit code 1', async () => {
    const { code, err, closed } = await run(['NOPE']);
    expect(code).toBe(1);
    expect(err).toBe('skipgraph routes: no debtor with id NOPE (debtor_not_found)\n');
    expect(closed).toBe(true);
  });

  it('rejects bad arguments as usage errors', async () => {
    await expect(run([])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['D1', '--at', 'yesterday'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['D1', '--channel', 'fax'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['D1', '--limit', 'ten'])).rejects.toBeInstanceOf(UsageError);
  });
});
