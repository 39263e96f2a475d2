import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/app/ingest/ingest.js';
import { IngestInputError } from '../../src/app/ingest/ingest-problem.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8');
const ndjson = (...records: unknown[]): string =>
  records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

let store: GraphStore;
afterEach(async () => {
  await store?.close();
});
async function fresh(): Promise<GraphStore> {
  store = await openSqliteStore(':memory:');
  return store;
}

const person = (id: string, name = `Person ${id}`): object => ({ type: 'person', id, name });

describe('ingest NDJSON', () => {
  it('keeps the good lines, reports each bad one by line, and skips empty lines without counting them', async () => {
    const s = await fresh();
    const text = ndjson(
      person('P1', '张伟'),
      '',
      '{"type":"person","id":"P2"',
      { type: 'phone', personId: 'P1', number: '138 0013 8000', source: 'application' },
      '   ',
      { type: 'debtor', id: 'X' },
      { type: 'phone', personId: 'P1', number: '999', source: 'bureau' },
      { type: 'relation', from: 'P1', to: 'P1', kind: 'friend', source: 'x' },
    );
    const summary = await ingest(s, text, { format: 'ndjson', defaultRegion: 'CN' });
    expect(summary).toMatchObject({ lines: 8, accepted: 2, rejectedCount: 4, skipped: 2 });
    expect(summary.rejected.map((r) => [r.line, r.code])).toEqual([
      [3, 'invalid_json'],
      [6, 'unknown_type'],
      [7, 'phone_invalid'],
      [8, 'invalid_record'],
    ]);
    expect(summary.byType).toMatchObject({ person: 1, phone: 1, relation: 0 });
    expect(JSON.stringify(summary.rejected)).not.toContain('999"');
    expect((await s.getPerson('P1'))?.name).toBe('张伟');
    expect(
      (await s.sharedIdentifiers({ kind: 'phone', value: '+8613800138000' })).holders.map(
        (h) => h.id,
      ),
    ).toEqual(['P1']);
  });

  it('reads CRLF, a BOM and a last line without newline, from bytes split anywhere', async () => {
    const s = await fresh();
    const bytes = new TextEncoder().encode(
      `\uFEFF${ndjson(person('P1', '李娜'), person('P2'))}`.replace(/\n/g, '\r\n'),
    );
    async function* chunks(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.slice(i, i + 7);
    }
    const summary = await ingest(s, chunks(), { format: 'ndjson' });
    expect(summary).toMatchObject({ accepted: 2, rejectedCount: 0 });
    expect((await s.getPerson('P1'))?.name).toBe('李娜');
  });

  it('writes nodes before links within a batch and across batches, whatever the line order', async () => {
    const s = await fresh();
    const summary = await ingest(
      s,
      ndjson(
        { type: 'relation', from: 'P1', to: 'P2', kind: 'spouse', source: 'application' },
        {
          type: 'employment',
          personId: 'P2',
          employerId: 'E1',
          employerName: 'Acme',
          source: 'application',
        },
        person('P1'),
        person('P2'),
      ),
      { format: 'ndjson', batchSize: 2 },
    );
    expect(summary.warnings).toEqual([]);
    const graph = await s.neighbourhood('P1', 2);
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(['employer:E1', 'person:P1', 'person:P2']);
  });

  it('warns about (but keeps) a link to a person or account that is nowhere, by line', async () => {
    const s = await fresh();
    await s.upsertPersons([
      {
        id: 'OLD',
        name: 'Stored before',
        flags: {
          ceaseContact: false,
          disputed: false,
          deceased: false,
          bankrupt: false,
          employerForbidsContact: false,
          optOut: [],
        },
      },
    ]);
    const summary = await ingest(
      s,
      ndjson(
        person('P1'),
        { type: 'relation', from: 'P1', to: 'OLD', kind: 'friend', source: 'x' },
        { type: 'relation', from: 'P1', to: 'GHOST', kind: 'friend', source: 'x' },
        { type: 'obligation', personId: 'P1', accountId: 'NO-SUCH-ACCOUNT', role: 'guarantor' },
      ),
      { format: 'ndjson' },
    );
    expect(summary.accepted).toBe(4);
    expect(summary.rejectedCount).toBe(0);
    expect(
      summary.warnings.map((w) => [w.line, w.code, w.message.split(' ').slice(0, 2).join(' ')]),
    ).toEqual([
      [3, 'unknown_reference', 'person "GHOST"'],
      [4, 'unknown_reference', 'account "NO-SUCH-ACCOUNT"'],
    ]);
  });

  it('keeps at most maxRejections in the summary but counts and reports them all', async () => {
    const s = await fresh();
    const heard: number[] = [];
    const summary = await ingest(s, Array.from({ length: 30 }, () => 'nope').join('\n'), {
      format: 'ndjson',
      maxRejections: 5,
      onReject: (p) => heard.push(p.line),
    });
    expect(summary.rejected).toHaveLength(5);
    expect(summary.rejectedCount).toBe(30);
    expect(heard).toHaveLength(30);
  });

  it('reports progress after each batch', async () => {
    const s = await fresh();
    const seen: number[] = [];
    await ingest(s, ndjson(...Array.from({ length: 25 }, (_, i) => person(`P${i}`))), {
      format: 'ndjson',
      batchSize: 10,
      onProgress: (p) => seen.push(p.accepted),
    });
    expect(seen).toEqual([10, 20, 25]);
  });

  it('does not lift a stop flag recorded since the last import', async () => {
    const s = await fresh();
    const text = ndjson(person('P1'));
    await ingest(s, text, { format: 'ndjson' });
    await s.setPersonFlags('P1', { ceaseContact: true });
    await ingest(s, text, { format: 'ndjson' });
    expect((await s.getPerson('P1'))?.flags.ceaseContact).toBe(true);
  });
});

describe('ingest CSV', () => {
  it('reads one record type per file: BOM, CRLF, quoted commas, quotes and newlines, dotted flags', async () => {
    const s = await fresh();
    const summary = await ingest(s, fixture('persons.csv'), {
      format: 'csv',
      type: 'person',
      defaultRegion: 'US',
    });
    expect(summary).toMatchObject({ accepted: 2, rejectedCount: 3, skipped: 1 });
    expect(summary.rejected.map((r) => [r.line, r.code])).toEqual([
      [5, 'invalid_record'],
      [7, 'invalid_record'],
      [8, 'invalid_record'],
    ]);
    expect(summary.rejected[0]?.message).toContain('flags.disputed');
    expect(summary.rejected[1]?.message).toContain('timezone');
    expect(summary.rejected[2]?.message).toBe('person: id: required');
    expect(await s.getPerson('CSV-1')).toMatchObject({
      name: 'Wang, Fang',
      timezone: 'Asia/Shanghai',
      flags: { ceaseContact: true },
    });
    expect(await s.getPerson('CSV-2')).toMatchObject({
      name: 'Ann "Annie" O\'Neil',
      flags: {
        disputed: true,
        attorney: { name: 'Smith & Partners, LLP', phone: '+12124782720' },
        optOut: ['sms', 'email'],
      },
    });
  });

  it('normalises phones by row region or the default, and names an unknown holder', async () => {
    const s = await fresh();
    await ingest(s, fixture('persons.csv'), { format: 'csv', type: 'person', defaultRegion: 'US' });
    const summary = await ingest(s, fixture('phones.csv'), {
      format: 'csv',
      type: 'phone',
      defaultRegion: 'CN',
    });
    expect(summary).toMatchObject({ accepted: 3, rejectedCount: 1 });
    expect(summary.rejected[0]).toMatchObject({ line: 4, code: 'phone_invalid' });
    expect(summary.warnings).toEqual([
      {
        line: 5,
        code: 'unknown_reference',
        message: expect.stringContaining('"CSV-9"'),
        params: { kind: 'person', id: 'CSV-9' },
      },
    ]);
    expect(await s.getPhone('+8613912345678')).toMatchObject({
      status: 'suspended',
      type: 'MOBILE',
    });
    expect(
      (await s.sharedIdentifiers({ kind: 'phone', value: '+12127362201' })).holders.map(
        (h) => h.id,
      ),
    ).toEqual(['CSV-2']);
  });

  it('takes the type from a "type" column, refuses rows that contradict --type, and needs one or the other', async () => {
    const s = await fresh();
    const mixed =
      'type,id,name,debtorId,product,currency,principal,balance,dueDate,jurisdiction\nperson,P1,Ann,,,,,,,\naccount,A1,,P1,loan,USD,100,50.5,2026-01-31,US-CA\n';
    expect(await ingest(s, mixed, { format: 'csv' })).toMatchObject({
      accepted: 2,
      rejectedCount: 0,
    });
    expect(await s.getAccount('A1')).toMatchObject({
      principal: 100,
      balance: 50.5,
      debtorId: 'P1',
    });
    const contradicting = await ingest(s, 'type,id,name\naccount,P2,Bob\n', {
      format: 'csv',
      type: 'person',
    });
    expect(contradicting.rejected).toEqual([
      {
        line: 2,
        code: 'type_mismatch',
        message: expect.any(String),
        params: { type: 'account', fileType: 'person' },
      },
    ]);
    await expect(ingest(s, 'id,name\nP3,Cy\n', { format: 'csv' })).rejects.toMatchObject({
      code: 'csv_type_missing',
    });
    await expect(ingest(s, 'id,id\n', { format: 'csv', type: 'person' })).rejects.toBeInstanceOf(
      IngestInputError,
    );
    await expect(ingest(s, 'id\n', { format: 'csv', type: 'debtor' })).rejects.toMatchObject({
      code: 'unknown_type',
    });
  });

  it('rejects a row with more fields than the header and an unclosed quote at its line', async () => {
    const s = await fresh();
    const summary = await ingest(s, 'id,name\nP1,Ann,extra\nP2,"Bob\n', {
      format: 'csv',
      type: 'person',
    });
    expect(summary.rejected.map((r) => [r.line, r.code])).toEqual([
      [2, 'csv_extra_fields'],
      [3, 'csv_unclosed_quote'],
    ]);
  });
});
