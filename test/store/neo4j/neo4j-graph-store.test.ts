import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/demo/load-demo.js';
import type { Attempt, EmailLink, Obligation, PhoneLink } from '../../../src/domain/model/index.js';
import { CYPHER_BUNDLE } from '../../../src/store/neo4j/cypher-bundle.js';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-graph-store.js';
import { FakeRunner, person } from './fake-cypher-runner.js';

describe('Neo4jGraphStore over a CypherRunner', () => {
  it('imports in UNWIND batches: one round trip per 1000 rows, all in one write transaction', async () => {
    const runner = new FakeRunner();
    const store = new Neo4jGraphStore(runner);
    await store.upsertPersons(Array.from({ length: 2500 }, (_, i) => person(i)));
    expect(
      runner.calls.map((c) => [c.name, c.mode, c.tx, (c.params.rows as unknown[]).length]),
    ).toEqual([
      ['upsert-persons', 'write', 1, 1000],
      ['upsert-persons', 'write', 1, 1000],
      ['upsert-persons', 'write', 1, 500],
    ]);
    expect(CYPHER_BUNDLE['upsert-persons']).toContain('UNWIND $rows AS row');
  });

  it('a whole import takes a handful of statements, not one per row', async () => {
    const runner = new FakeRunner();
    const store = new Neo4jGraphStore(runner, { batchSize: 500 });
    const n = 1200;
    const ids = Array.from({ length: n }, (_, i) => i);
    await store.upsertPersons(ids.map(person));
    await store.upsertAccounts(
      ids.map((i) => ({
        id: `A${i}`,
        debtorId: `P${i}`,
        product: 'loan',
        currency: 'CNY',
        principal: 100,
        balance: 50,
        dueDate: '2026-01-01',
        jurisdiction: 'CN',
        status: 'open',
      })),
    );
    const phones: PhoneLink[] = ids.map((i) => ({
      owner: { kind: i % 10 === 0 ? 'employer' : 'person', id: `P${i}` },
      phone: { e164: `+86138${String(i).padStart(8, '0')}`, type: 'MOBILE', status: 'unknown' },
      source: 'application',
    }));
    await store.upsertPhoneLinks(phones);
    const emails: EmailLink[] = ids.map((i) => ({
      personId: `P${i}`,
      address: `P${i}@Example.com`,
      source: 'application',
    }));
    await store.upsertEmailLinks(emails);
    const obligations: Obligation[] = ids.map((i) => ({
      personId: `P${i}`,
      accountId: `A${(i + 1) % n}`,
      role: i % 2 === 0 ? 'guarantor' : 'co_borrower',
      source: 'contract',
    }));
    await store.upsertObligations(obligations);
    const attempts: Attempt[] = ids.map((i) => ({
      id: `T${i}`,
      accountId: `A${i}`,
      at: '2026-04-01T08:00:00+08:00',
      channel: 'call',
      contact: { kind: 'phone', value: '+8613800000000' },
    }));
    await store.recordAttempts(attempts);

    const rowsWritten = runner.calls.reduce(
      (sum, c) => sum + (c.params.rows as unknown[]).length,
      0,
    );
    expect(rowsWritten).toBe(6 * n);
    expect(
      runner.calls.every(
        (c) =>
          CYPHER_BUNDLE[c.name]?.startsWith('UNWIND $rows') ||
          CYPHER_BUNDLE[c.name]?.includes('\nUNWIND $rows AS row'),
      ),
    ).toBe(true);
    // 3 batches each for persons, accounts, emails, attempts; phones split 1080 person / 120 employer rows; obligations 600 / 600.
    expect(runner.calls).toHaveLength(3 * 4 + (3 + 1) + (2 + 2));
    const phoneCalls = runner.calls.filter((c) => c.name.endsWith('phone-links'));
    expect(new Set(phoneCalls.map((c) => c.tx)).size).toBe(1);
    expect(phoneCalls.map((c) => [c.name, (c.params.rows as unknown[]).length])).toEqual([
      ['upsert-person-phone-links', 500],
      ['upsert-person-phone-links', 500],
      ['upsert-person-phone-links', 80],
      ['upsert-employer-phone-links', 120],
    ]);
    const emailRows = runner.calls.find((c) => c.name === 'upsert-email-links')?.params.rows as
      | { address: string }[]
      | undefined;
    const emailRow = emailRows?.[0];
    expect(emailRow?.address).toBe('p0@example.com');
    const attemptRows = runner.calls.find((c) => c.name === 'record-attempts')?.params.rows as
      | { atMs: number }[]
      | undefined;
    const attemptRow = attemptRows?.[0];
    expect(attemptRow?.atMs).toBe(Date.parse('2026-04-01T00:00:00Z'));
  });

  it('the demo import writes through UNWIND batches: a few statements for hundreds of rows', async () => {
    const runner = new FakeRunner();
    const summary = await loadDemo(new Neo4jGraphStore(runner));
    const writes = runner.calls.filter((c) => Array.isArray(c.params.rows));
    const rows = writes.reduce((sum, c) => sum + (c.params.rows as unknown[]).length, 0);
    expect(summary.accepted).toBeGreaterThan(500);
    expect(rows).toBeGreaterThanOrEqual(summary.accepted);
    // One statement per kind of row (phone links and obligations split in two): never one per row.
    expect(writes.length).toBeLessThanOrEqual(13);
    expect(writes.every((c) => CYPHER_BUNDLE[c.name]?.includes('UNWIND $rows AS row'))).toBe(true);
    expect(new Set(writes.map((c) => c.tx)).size).toBeLessThanOrEqual(13);
  });

  it('writes nothing for an empty batch', async () => {
    const runner = new FakeRunner();
    const store = new Neo4jGraphStore(runner);
    await store.upsertPersons([]);
    await store.upsertPhoneLinks([]);
    await store.upsertObligations([]);
    expect(runner.calls).toEqual([]);
  });

  it('runs everything a transaction does in one write transaction, nested ones included', async () => {
    const runner = new FakeRunner({ 'put-receipt': () => [{ created: true }] });
    const store = new Neo4jGraphStore(runner);
    const result = await store.transaction(async (tx) => {
      await tx.lockScopes(['person:D1', 'account:A1', 'person:D1']);
      await tx.listAttempts({ accountId: 'A1' });
      await tx.transaction((inner) =>
        inner.putReceipt({
          idempotencyKey: 'k',
          requestDigest: 'd',
          outcome: { ok: true },
          createdAt: '2026-04-01T00:00:00Z',
        }),
      );
      return 'done';
    });
    expect(result).toBe('done');
    expect(runner.calls.map((c) => [c.name, c.tx, c.mode])).toEqual([
      ['lock-scopes', 1, 'write'],
      ['attempts-by-account', 1, 'write'],
      ['put-receipt', 1, 'write'],
    ]);
    // One order for every sender: deduplicated and sorted.
    expect(runner.calls[0]?.params.keys).toEqual(['account:A1', 'person:D1']);
    expect(runner.calls[2]?.params.body).toBe('{"ok":true}');
  });

  it('serialises transactions in-process: the second starts only after the first settles', async () => {
    const runner = new FakeRunner();
    const store = new Neo4jGraphStore(runner);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = store.transaction(async () => {
      order.push('first:start');
      await gate;
      order.push('first:end');
      throw new Error('first fails');
    });
    const second = store.transaction(async () => {
      order.push('second:start');
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['first:start']);
    release();
    await expect(first).rejects.toThrow('first fails');
    await second;
    expect(order).toEqual(['first:start', 'first:end', 'second:start']);
  });
});
