import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../../src/demo/load-demo.js';
import type { Attempt, EmailLink, Obligation, PhoneLink } from '../../../src/domain/model/index.js';
import { Person } from '../../../src/domain/model/index.js';
import { fromBoltValue, toBoltValue } from '../../../src/store/neo4j/bolt-cypher-runner.js';
import { CYPHER_BUNDLE } from '../../../src/store/neo4j/cypher-bundle.js';
import type {
  CypherParams,
  CypherRecord,
  CypherRunner,
  CypherTx,
} from '../../../src/store/neo4j/cypher-runner.js';
import { toStoreError } from '../../../src/store/neo4j/neo4j-errors.js';
import { Neo4jGraphStore } from '../../../src/store/neo4j/neo4j-graph-store.js';
import {
  personFlagsPatch,
  personFromProps,
  personRow,
} from '../../../src/store/neo4j/neo4j-rows.js';
import { StoreConflictError, StoreUnavailableError } from '../../../src/store/store-errors.js';

/** The query name of a bundled text. */
const NAME_OF_TEXT = new Map(Object.entries(CYPHER_BUNDLE).map(([name, text]) => [text, name]));

interface Call {
  tx: number;
  mode: 'read' | 'write';
  name: string;
  params: CypherParams;
}

/**
 * A CypherRunner that records every statement (by query name, with its transaction number) and
 * answers from a script keyed by query name; unscripted queries return no rows.
 */
class FakeRunner implements CypherRunner {
  readonly calls: Call[] = [];
  private txCount = 0;
  constructor(
    private readonly answers: Record<string, (params: CypherParams) => CypherRecord[]> = {},
  ) {}

  private async work<T>(mode: 'read' | 'write', fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    const tx = ++this.txCount;
    return fn({
      run: async (query, params) => {
        const name = NAME_OF_TEXT.get(query);
        if (name === undefined)
          throw new Error(`statement not from the bundle: ${query.slice(0, 40)}`);
        this.calls.push({ tx, mode, name, params });
        return this.answers[name]?.(params) ?? [];
      },
    });
  }
  executeRead<T>(fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.work('read', fn);
  }
  executeWrite<T>(fn: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.work('write', fn);
  }
  async close(): Promise<void> {}
}

const person = (i: number): Person => Person.parse({ id: `P${i}`, name: `Person ${i}` });

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
      await tx.lockAccount('A1');
      await tx.listAttempts({ accountId: 'A1' });
      await tx.transaction((inner) =>
        inner.putReceipt({
          idempotencyKey: 'k',
          requestDigest: 'd',
          status: 201,
          body: { ok: true },
          createdAt: '2026-04-01T00:00:00Z',
        }),
      );
      return 'done';
    });
    expect(result).toBe('done');
    expect(runner.calls.map((c) => [c.name, c.tx, c.mode])).toEqual([
      ['lock-account', 1, 'write'],
      ['attempts-by-account', 1, 'write'],
      ['put-receipt', 1, 'write'],
    ]);
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

  it('lists attempts through the most selective query, with epoch-millisecond windows and lower-case emails', async () => {
    const runner = new FakeRunner({
      'attempts-by-contact': () => [
        {
          attempt: {
            id: 'T1',
            accountId: 'A1',
            at: '2026-04-01T00:00:00Z',
            atMs: 1,
            channel: 'email',
            contactKind: 'email',
            contactValue: 'x@example.com',
          },
        },
      ],
    });
    const store = new Neo4jGraphStore(runner);
    const found = await store.listAttempts({
      contact: { kind: 'email', value: 'X@Example.com' },
      from: '2026-04-01T08:00:00+08:00',
      limit: 5,
    });
    expect(found).toEqual([
      {
        id: 'T1',
        accountId: 'A1',
        at: '2026-04-01T00:00:00Z',
        channel: 'email',
        contact: { kind: 'email', value: 'x@example.com' },
      },
    ]);
    expect(runner.calls[0]).toMatchObject({
      name: 'attempts-by-contact',
      params: {
        accountId: null,
        personId: null,
        contactKind: 'email',
        contactValue: 'x@example.com',
        fromMs: Date.parse('2026-04-01T00:00:00Z'),
        toMs: Number.MAX_SAFE_INTEGER,
        limit: 5,
      },
    });
    await store.listAttempts({ personId: 'D1' });
    await store.listAttempts({});
    expect(runner.calls.slice(1).map((c) => c.name)).toEqual([
      'attempts-by-person',
      'attempts-in-window',
    ]);
    await expect(store.listAttempts({ accountId: 'A1', from: 'yesterday' })).rejects.toThrow(
      RangeError,
    );
  });

  it('neighbourhood: caps a hub, lists it as truncated, skips ends not stored yet and keeps edge directions', async () => {
    const node = (ref: string, labels: string[], props: Record<string, unknown>) => ({
      ref,
      labels,
      props,
    });
    const root = node('r', ['Person'], { id: 'D1', name: 'Li Wei', optOut: [] });
    const hub = node('h', ['Phone'], { e164: '+8613900139000', type: 'MOBILE', status: 'unknown' });
    const stub = node('s', ['Person'], { id: 'GHOST' });
    const holders = Array.from({ length: 4 }, (_, i) =>
      node(`p${i}`, ['Person'], { id: `X${i}`, name: `Holder ${i}` }),
    );
    const hops: Record<string, CypherRecord> = {
      r: {
        ref: 'r',
        outgoing: [
          {
            type: 'HAS_PHONE',
            props: { source: 'application', lastSeen: '2026-01-01' },
            node: hub,
          },
          { type: 'KNOWS', props: { source: 'application', kind: 'spouse' }, node: stub },
        ],
        incoming: [],
      },
      h: {
        ref: 'h',
        outgoing: [],
        // The hop query returns limit (= cap + 1) rows, most recent first, the root's own edge among them.
        incoming: [
          {
            type: 'HAS_PHONE',
            props: { source: 'application', lastSeen: '2026-01-01' },
            node: root,
          },
          ...holders.slice(0, 2).map((h) => ({
            type: 'HAS_PHONE',
            props: { source: 'bureau', validFrom: '2020-01-01' },
            node: h,
          })),
        ],
      },
    };
    const runner = new FakeRunner({
      'neighbourhood-root': (p) =>
        p.personId === 'D1' ? [{ ref: 'r', labels: root.labels, props: root.props }] : [],
      'neighbourhood-hop': (p) =>
        (p.frontier as string[]).flatMap((ref) =>
          hops[ref] ? [hops[ref]] : [{ ref, outgoing: [], incoming: [] }],
        ),
    });
    const store = new Neo4jGraphStore(runner, { fanOutCap: 2, rootFanOutCap: 10 });
    const g = await store.neighbourhood('D1', 3);
    expect(g.nodes.map((n) => n.key).sort()).toEqual([
      'person:D1',
      'person:X0',
      'phone:+8613900139000',
    ]);
    expect(g.edges.map((e) => `${e.type} ${e.from} -> ${e.to}`).sort()).toEqual([
      'HAS_PHONE person:D1 -> phone:+8613900139000',
      'HAS_PHONE person:X0 -> phone:+8613900139000',
    ]);
    expect(g.edges.find((e) => e.from === 'person:X0')?.props).toEqual({
      source: 'bureau',
      from: '2020-01-01',
    });
    expect(g.truncated).toEqual(['phone:+8613900139000']);
    const hopCalls = runner.calls.filter((c) => c.name === 'neighbourhood-hop');
    expect(hopCalls.map((c) => c.params)).toEqual([
      { frontier: ['r'], limit: 11 },
      { frontier: ['h'], limit: 3 },
      { frontier: ['p0'], limit: 3 },
    ]);
    expect(new Set(runner.calls.map((c) => c.tx)).size).toBe(1);
    expect(await store.neighbourhood('nobody', 1)).toEqual({ nodes: [], edges: [] });
    await expect(store.neighbourhood('D1', 4)).rejects.toThrow(RangeError);
  });

  it('debtorsHolding asks once for every point and answers in the order asked, emails lower-cased', async () => {
    const runner = new FakeRunner({
      'debtors-holding': () => [{ kind: 'email', value: 'f@example.com', debtorIds: ['X1', 'D1'] }],
    });
    const store = new Neo4jGraphStore(runner);
    const answer = await store.debtorsHolding([
      { kind: 'phone', value: '+8613800138000' },
      { kind: 'email', value: 'F@Example.com' },
    ]);
    expect(answer).toEqual([
      { contact: { kind: 'phone', value: '+8613800138000' }, debtorIds: [] },
      { contact: { kind: 'email', value: 'F@Example.com' }, debtorIds: ['D1', 'X1'] },
    ]);
    expect(runner.calls.map((c) => [c.name, c.params])).toEqual([
      [
        'debtors-holding',
        {
          contacts: [
            { kind: 'phone', value: '+8613800138000' },
            { kind: 'email', value: 'f@example.com' },
          ],
        },
      ],
    ]);
    expect(await store.debtorsHolding([])).toEqual([]);
  });

  it('ping turns any failure into StoreUnavailableError', async () => {
    const failing: CypherRunner = {
      executeRead: () => Promise.reject(new Error('socket hang up')),
      executeWrite: () => Promise.reject(new Error('socket hang up')),
      close: async () => undefined,
    };
    await expect(new Neo4jGraphStore(failing).ping()).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('person properties', () => {
  it('flattens flags for the upsert and reads them back as written', () => {
    const p = Person.parse({
      id: 'D1',
      name: 'Li Wei',
      locale: 'zh-CN',
      flags: {
        ceaseContact: true,
        optOut: ['sms'],
        attorney: { name: 'Counsel Wu', phone: '+8613500135000' },
      },
    });
    const row = personRow(p);
    expect(row).toMatchObject({
      ceaseContact: true,
      optOut: ['sms'],
      attorneyName: 'Counsel Wu',
      attorneyPhone: '+8613500135000',
      timezone: null,
    });
    const stored = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
    expect(personFromProps(stored)).toEqual(p);
    expect(personFromProps({ id: 'STUB' })).toBeUndefined();
  });

  it('a flag patch names only what changes; an explicit undefined attorney removes it', () => {
    expect(personFlagsPatch({ ceaseContact: true })).toEqual({ ceaseContact: true });
    expect(personFlagsPatch({ attorney: undefined, optOut: ['sms', 'sms'] })).toEqual({
      attorneyName: null,
      attorneyPhone: null,
      optOut: ['sms'],
    });
  });
});

describe('Bolt boundary', () => {
  it('sends whole numbers as Cypher integers and reads integers back as numbers', () => {
    const sent = toBoltValue({
      limit: 26,
      ratio: 0.5,
      rows: [{ atMs: 1_775_000_000_000, name: 'x', gone: undefined }],
    }) as Record<string, unknown>;
    expect(neo4j.isInt(sent.limit)).toBe(true);
    expect(sent.ratio).toBe(0.5);
    const row = (sent.rows as Record<string, unknown>[])[0] ?? {};
    expect(neo4j.isInt(row.atMs)).toBe(true);
    expect('gone' in row).toBe(false);
    expect(
      fromBoltValue({ n: neo4j.int(42), list: [neo4j.int(1)], nested: { seq: neo4j.int(7) } }),
    ).toEqual({ n: 42, list: [1], nested: { seq: 7 } });
  });

  it('maps driver errors: unreachable or transient → unavailable, constraint → conflict without the value', () => {
    const unreachable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), {
      code: 'ServiceUnavailable',
    });
    expect(toStoreError(unreachable)).toBeInstanceOf(StoreUnavailableError);
    expect(toStoreError(Object.assign(new Error('x'), { code: 'SessionExpired' }))).toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(
      toStoreError(
        Object.assign(new Error('x'), { code: 'Neo.TransientError.Transaction.DeadlockDetected' }),
      ),
    ).toBeInstanceOf(StoreUnavailableError);
    const conflict = toStoreError(
      Object.assign(
        new Error(
          "Node(1) already exists with label `Phone` and property `e164` = '+8613800138000'",
        ),
        { code: 'Neo.ClientError.Schema.ConstraintValidationFailed' },
      ),
    );
    expect(conflict).toBeInstanceOf(StoreConflictError);
    expect((conflict as Error).message).not.toContain('+86');
    const own = new Error('the caller’s own failure');
    expect(toStoreError(own)).toBe(own);
  });
});
