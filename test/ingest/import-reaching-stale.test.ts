import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/app/ingest/ingest.js';
import { refreshStaleWorklist } from '../../src/app/worklist/refresh-worklist.js';
import type { GraphStore, WorklistEntry } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const OWN = {
  D1: '+8613800000001',
  D2: '+8613800000002',
  D3: '+8613800000003',
  D4: '+8613800000004',
  D5: '+8613800000005',
  D6: '+8613800000006',
};
const REFERENCE_NUMBER = '+8613900000001';
const SWITCHBOARD = '+862161230000';
const NEW_REFERENCE_NUMBER = '+8613900000002';
const GUARANTOR_NUMBER = '+8613900000003';

const person = (id: string): object => ({
  type: 'person',
  id,
  name: `Person ${id}`,
  locale: 'zh-CN',
  timezone: 'Asia/Shanghai',
});
const account = (id: string, debtorId: string): object => ({
  type: 'account',
  id,
  debtorId,
  product: 'personal_loan',
  currency: 'CNY',
  principal: 20000,
  balance: 12000,
  dueDate: '2026-10-20',
  jurisdiction: 'CN',
});
const phone = (owner: { personId: string } | { employerId: string }, number: string): object => ({
  type: 'phone',
  ...owner,
  number,
  source: 'application',
  lastSeen: '2026-10-01',
  confidence: 0.9,
});

/**
 * D1 knows reference R1 (who holds a number), D2 and D3 work at E1 (a switchboard), D4 knows
 * reference R2 (no number yet), D6 owes an account G1 guarantees (G1 holds a number); D5 has
 * only a number of their own. Every debtor has their own number too.
 */
const FIRST_IMPORT = [
  ...['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'R1', 'R2', 'G1'].map(person),
  ...(['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const).map((d) => account(`ACC-${d}`, d)),
  ...(['D1', 'D2', 'D3', 'D4', 'D5', 'D6'] as const).map((d) => phone({ personId: d }, OWN[d])),
  phone({ personId: 'R1' }, REFERENCE_NUMBER),
  { type: 'relation', from: 'D1', to: 'R1', kind: 'reference', source: 'application' },
  { type: 'relation', from: 'D4', to: 'R2', kind: 'reference', source: 'application' },
  ...['D2', 'D3'].map((p) => ({
    type: 'employment',
    personId: p,
    employerId: 'E1',
    employerName: 'Acme Trading',
    source: 'application',
  })),
  phone({ employerId: 'E1' }, SWITCHBOARD),
  { type: 'obligation', personId: 'G1', accountId: 'ACC-D6', role: 'guarantor' },
  phone({ personId: 'G1' }, GUARANTOR_NUMBER),
];

let store: GraphStore;

async function importRecords(records: object[]): Promise<void> {
  const text = records.map((r) => JSON.stringify(r)).join('\n');
  const summary = await ingest(store, text, { format: 'ndjson', defaultRegion: 'CN', now: NOW });
  expect(summary.rejected).toEqual([]);
}

/** Every worklist entry, by account id. */
async function entries(): Promise<Map<string, WorklistEntry>> {
  const rows = await store.worklistPage({
    today: '2026-11-20',
    tomorrow: '2026-11-21',
    stageDueDates: {
      early: '2026-11-19',
      mid: '2026-10-20',
      late: '2026-08-22',
      writeoff: '2026-05-24',
    },
    limit: 100,
  });
  return new Map(rows.map((r) => [r.entry.accountId, r.entry]));
}

async function staleAccounts(): Promise<string[]> {
  return [...(await entries()).values()]
    .filter((e) => e.stale)
    .map((e) => e.accountId)
    .sort();
}

const numbersOf = (entry: WorklistEntry | undefined): string[] =>
  (entry?.routes ?? []).map((r) => r.contact.value);

beforeEach(async () => {
  store = await openSqliteStore(':memory:');
  await importRecords(FIRST_IMPORT);
  await refreshStaleWorklist({ store }, NOW);
  expect(await staleAccounts()).toEqual([]);
});
afterEach(async () => {
  await store.close();
});

describe('an import re-ranks the debtors whose routes reach a number it changes', () => {
  it('a reference’s number imported invalid: the debtor who knows the reference loses the route', async () => {
    expect(numbersOf((await entries()).get('ACC-D1'))).toContain(REFERENCE_NUMBER);
    await importRecords([
      { ...phone({ personId: 'R1' }, REFERENCE_NUMBER), status: 'invalid', statusAt: '2026-11-19' },
    ]);
    expect(await staleAccounts()).toEqual(['ACC-D1']);
    await refreshStaleWorklist({ store }, NOW);
    const d1 = (await entries()).get('ACC-D1');
    expect(d1?.stale).toBe(false);
    expect(numbersOf(d1)).toContain(OWN.D1);
    expect(numbersOf(d1)).not.toContain(REFERENCE_NUMBER);
  });

  it('an employer’s switchboard imported suspended: every employee’s entry is stale, no one else’s', async () => {
    expect(numbersOf((await entries()).get('ACC-D2'))).toContain(SWITCHBOARD);
    await importRecords([
      { ...phone({ employerId: 'E1' }, SWITCHBOARD), status: 'suspended', statusAt: '2026-11-19' },
    ]);
    expect(await staleAccounts()).toEqual(['ACC-D2', 'ACC-D3']);
    await refreshStaleWorklist({ store }, NOW);
    for (const id of ['ACC-D2', 'ACC-D3'])
      expect(numbersOf((await entries()).get(id)), id).not.toContain(SWITCHBOARD);
  });

  it('a reference given a new number: the debtor who knows the reference is stale and then offered it', async () => {
    expect(numbersOf((await entries()).get('ACC-D4'))).not.toContain(NEW_REFERENCE_NUMBER);
    await importRecords([phone({ personId: 'R2' }, NEW_REFERENCE_NUMBER)]);
    expect(await staleAccounts()).toEqual(['ACC-D4']);
    await refreshStaleWorklist({ store }, NOW);
    expect(numbersOf((await entries()).get('ACC-D4'))).toContain(NEW_REFERENCE_NUMBER);
  });

  it('a guarantor’s number imported invalid: the account’s debtor is stale', async () => {
    await importRecords([
      { ...phone({ personId: 'G1' }, GUARANTOR_NUMBER), status: 'invalid', statusAt: '2026-11-19' },
    ]);
    expect(await staleAccounts()).toEqual(['ACC-D6']);
  });

  it('a guarantor added to an account by import: the account is stale and then offered the guarantor', async () => {
    await importRecords([
      { type: 'obligation', personId: 'R1', accountId: 'ACC-D5', role: 'guarantor' },
    ]);
    expect(await staleAccounts()).toEqual(['ACC-D5']);
    await refreshStaleWorklist({ store }, NOW);
    expect(numbersOf((await entries()).get('ACC-D5'))).toContain(REFERENCE_NUMBER);
  });

  it('a debtor no changed number reaches keeps a fresh entry through all of them', async () => {
    await importRecords([
      { ...phone({ personId: 'R1' }, REFERENCE_NUMBER), status: 'invalid', statusAt: '2026-11-19' },
      { ...phone({ employerId: 'E1' }, SWITCHBOARD), status: 'suspended', statusAt: '2026-11-19' },
      phone({ personId: 'R2' }, NEW_REFERENCE_NUMBER),
    ]);
    const all = await entries();
    expect(all.get('ACC-D5')?.stale).toBe(false);
    expect(all.get('ACC-D6')?.stale).toBe(false);
    expect(await staleAccounts()).toEqual(['ACC-D1', 'ACC-D2', 'ACC-D3', 'ACC-D4']);
  });
});
