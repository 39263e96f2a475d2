import { describe, expect, it } from 'vitest';
import { runRoutesCommand } from '../../src/cli/commands/routes.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { seed } from './seed-store.js';

async function run(
  argv: string[],
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
    expect(lines[2]).toMatch(/^# {2}Contact {15}Recipient +Score {2}Flags$/);
    expect(out).toMatch(/^1 {2}phone \+8613800000001 {2}Zhang San \(debtor\) +0\.\d\d$/m);
    expect(out).toMatch(/^4 {2}phone \+8613900000001 {2}Li Wei \(reference\) +0\.\d\d$/m);
    expect(out).toContain("- debtor's own mobile");
    expect(out).toMatch(/^3 .*shared×5/m);
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
    expect(JSON.parse((await run(['D1', '--json', '--channel', 'letter'])).out).routes).toEqual([]);
  });

  it('reports an unknown debtor on stderr with exit code 1', async () => {
    const { code, err, closed } = await run(['NOPE']);
    expect(code).toBe(1);
    expect(err).toBe('skipgraph routes: no debtor with this id (debtor_not_found)\n');
    expect(closed).toBe(true);
  });

  it('rejects bad arguments as usage errors', async () => {
    await expect(run([])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['D1', '--at', 'yesterday'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['D1', '--channel', 'fax'])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['D1', '--limit', 'ten'])).rejects.toBeInstanceOf(UsageError);
  });
});
