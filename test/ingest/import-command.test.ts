import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Output, runImportCommand } from '../../src/cli/commands/import.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'skipgraph-import-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function capture(isTTY = false): Output & { text: () => string } {
  let text = '';
  return { isTTY, write: (s: string) => (text += s), text: () => text };
}

async function run(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  const stdout = capture();
  const stderr = capture();
  const code = await runImportCommand(args, { stdout, stderr, env });
  return { code, out: stdout.text(), err: stderr.text() };
}

/** 250 borrowers, four lines each: person, account, phone, relation to the previous borrower. */
function thousandLines(): { text: string; badLines: number[] } {
  const lines: string[] = [];
  for (let k = 1; k <= 250; k++) {
    const id = `B${k}`;
    lines.push(
      JSON.stringify({ type: 'person', id, name: `Borrower ${k}`, timezone: 'Asia/Shanghai' }),
    );
    lines.push(
      JSON.stringify({
        type: 'account',
        id: `ACC${k}`,
        debtorId: id,
        product: 'cash_loan',
        currency: 'CNY',
        principal: 1000 * k,
        balance: 900 * k,
        dueDate: '2026-06-01',
        jurisdiction: 'CN',
      }),
    );
    lines.push(
      JSON.stringify({
        type: 'phone',
        personId: id,
        number: `139${String(10_000_000 + k).padStart(8, '0')}`,
        source: 'application',
      }),
    );
    lines.push(
      JSON.stringify({
        type: 'relation',
        from: id,
        to: `B${k === 1 ? 250 : k - 1}`,
        kind: 'reference',
        source: 'application',
      }),
    );
  }
  const badPhone = (line: number, number: string): void => {
    lines[line - 1] = JSON.stringify({ ...JSON.parse(lines[line - 1] as string), number });
  };
  badPhone(19, 'call me maybe');
  badPhone(399, '+999 1234');
  badPhone(799, '139-1234');
  lines[499] = lines[499]?.slice(0, -5) ?? '';
  return { text: `${lines.join('\n')}\n`, badLines: [19, 399, 500, 799] };
}

describe('skipgraph import', () => {
  it('1,000 lines with 3 bad phone numbers and 1 malformed JSON line: 996 accepted, 4 rejects by line, exit 2, the 996 stored', async () => {
    const { text, badLines } = thousandLines();
    const file = join(dir, 'borrowers.ndjson');
    writeFileSync(file, text);
    const db = join(dir, 'acceptance.db');
    const { code, out, err } = await run([file, '--region', 'CN', '--db', db]);
    expect(err).toBe('');
    expect(code).toBe(2);
    const rejectLines = out.split('\n').filter((l) => l.startsWith('line '));
    expect(rejectLines.map((l) => Number(/^line (\d+):/.exec(l)?.[1]))).toEqual(badLines);
    expect(rejectLines[2]).toMatch(/^line 500: invalid_json: /);
    for (const l of [rejectLines[0], rejectLines[1], rejectLines[3]])
      expect(l).toMatch(/^line \d+: phone_(unparseable|invalid): /);
    expect(out).not.toContain('1391234');
    expect(out).toContain('borrowers.ndjson: 996 accepted, 4 rejected');

    const store = await openSqliteStore(db);
    try {
      const counts = await store.counts();
      expect(counts.nodes).toMatchObject({ person: 250, account: 250, phone: 247 });
      expect(counts.edges).toMatchObject({ OWES: 250, HAS_PHONE: 247, KNOWS: 249 });
      expect((await store.getPerson('B125'))?.name).toBe('Borrower 125');
      expect(await store.getPhone('+8613910000001')).toMatchObject({
        type: 'MOBILE',
        country: 'CN',
      });
      expect(await store.getPhone('+8613910000100')).toBeUndefined(); // line 399
      expect((await store.accountsOf('B250'))[0]?.account.balance).toBe(225_000);
    } finally {
      await store.close();
    }

    const again = await run([file, '--region', 'CN', '--db', db, '--json']);
    expect(again.code).toBe(2);
    const summary = JSON.parse(again.out) as {
      accepted: number;
      rejectedCount: number;
      rejected: { line: number }[];
    };
    expect(summary.accepted).toBe(996);
    expect(summary.rejected.map((r) => r.line)).toEqual(badLines);
  });

  it('exits 0 when every line is accepted, and a re-import leaves the counts as they were', async () => {
    const file = join(dir, 'good.ndjson');
    writeFileSync(
      file,
      '{"type":"person","id":"G1","name":"Good"}\n{"type":"phone","personId":"G1","number":"+14157362201","source":"application"}\n',
    );
    const db = join(dir, 'good.db');
    const first = await run([file, '--db', db]);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('2 accepted, 0 rejected');
    expect((await run([file, '--db', db])).code).toBe(0);
    const store = await openSqliteStore(db);
    try {
      expect((await store.counts()).nodes).toMatchObject({ person: 1, phone: 1 });
    } finally {
      await store.close();
    }
  });

  it('imports a CSV file given its --type, and lists unknown references as warnings', async () => {
    const file = join(dir, 'relations.csv');
    writeFileSync(file, 'from,to,kind,source,confidence\nX1,X2,sibling,application,0.8\n');
    const { code, out } = await run([file, '--type', 'relation', '--db', join(dir, 'csv.db')]);
    expect(code).toBe(0);
    expect(out).toContain('relation 1');
    expect(out).toContain('warning: line 2: unknown_reference: person "X1"');
  });

  it('exits 1 with a clear message on usage and file errors', async () => {
    const missing = await run([join(dir, 'nope.ndjson'), '--db', join(dir, 'x.db')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read .*nope\.ndjson: no such file/);
    expect((await run([dir, '--db', join(dir, 'x.db')])).err).toMatch(/not a file/);
    expect((await run([])).code).toBe(1);
    expect((await run(['a.csv', 'b.csv'])).code).toBe(1);
    expect((await run(['a.csv', '--type', 'debtor'])).err).toMatch(/--type must be one of/);
    expect((await run(['a.ndjson', '--type', 'person'])).err).toMatch(/--type applies to CSV/);
    expect((await run(['a.ndjson', '--region', 'China'])).err).toMatch(/--region/);
    expect((await run(['a.ndjson', '--bogus'])).code).toBe(1);
    const untyped = join(dir, 'untyped.csv');
    writeFileSync(untyped, 'id,name\nP1,Ann\n');
    const noType = await run([untyped, '--db', join(dir, 'x.db')]);
    expect(noType.code).toBe(1);
    expect(noType.err).toContain('csv_type_missing');
  });

  it('words a rejected line in the language of --lang or LANG, zod’s issues included', async () => {
    const file = join(dir, 'language.ndjson');
    writeFileSync(
      file,
      '{"type":"person","id":"L1","name":"张伟"}\n{"type":"person","id":"L2","timezone":"Mars/Olympus"}\n',
    );
    const db = join(dir, 'language.db');
    const zh = await run([file, '--db', db], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(2);
    expect(zh.out).toContain(
      '第 2 行：invalid_record：person 记录的字段不符合要求：name：必填；timezone：应为 IANA 时区（如 Asia/Shanghai、America/New_York）。\n',
    );
    expect(zh.out).toContain('language.ndjson：接受 1 条，拒绝 1 条\n');
    const en = await run([file, '--db', db, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.code).toBe(2);
    expect(en.out).toContain(
      'line 2: invalid_record: person: name: required; timezone: expected an IANA time zone (Asia/Shanghai, America/New_York)\n',
    );
    expect(en.out).toContain('language.ndjson: 1 accepted, 1 rejected\n');
    const json = await run([file, '--db', db, '--json'], { LANG: 'zh_CN.UTF-8' });
    const summary = JSON.parse(json.out) as { rejected: { line: number; message: string }[] };
    expect(summary.rejected[0]).toMatchObject({
      line: 2,
      message:
        'person: name: required; timezone: expected an IANA time zone (Asia/Shanghai, America/New_York)',
    });
  });

  it('prints its help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: skipgraph import FILE');
    expect(out).toContain('Exit status: 0');
  });

  it('draws a progress bar on a terminal for a large file only', async () => {
    const big = join(dir, 'big.ndjson');
    const line = `${JSON.stringify({ type: 'person', id: 'SAME', name: 'x'.repeat(200) })}\n`;
    writeFileSync(big, line.repeat(Math.ceil((5.5 * 1024 * 1024) / line.length)));
    const stderr = capture(true);
    const stdout = capture();
    const code = await runImportCommand(
      [big, '--db', join(dir, 'big.db'), '--batch-size', '5000'],
      { stdout, stderr, env: {} },
    );
    expect(code).toBe(0);
    expect(stderr.text()).toContain('importing [');
    expect(stderr.text()).toContain('100%');
    const small = capture(true);
    await runImportCommand([join(dir, 'good.ndjson'), '--db', join(dir, 'big.db')], {
      stdout: capture(),
      stderr: small,
      env: {},
    });
    expect(small.text()).toBe('');
  });
});
