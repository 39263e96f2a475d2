import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkGuard } from '../../src/app/guard/check-guard.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { getRoutes, type RoutesResult } from '../../src/app/routes/get-routes.js';
import { previewRoute } from '../../src/app/routes/preview-route.js';
import { lostPolicyOf } from '../../src/domain/lost/lost-policy.js';
import { type Attempt, type Outcome, Person } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { testAccount } from '../support/test-account.js';

// Whether a debtor is lost is a fact about the person, not about one loan: three failed calls
// about one of their accounts open the references for every account they owe, and the routes and
// the guard say the same for each.

const POLICIES = fileURLToPath(new URL('../../policies', import.meta.url));
const OWN = '+8613800138000';
const REFERENCE = '+8613900139000';
/** A Thursday 10:00 in Beijing. */
const AT = new Date('2026-11-26T02:00:00Z');
const DAY = 86_400_000;

let registry: PolicyRegistry;
beforeAll(async () => {
  registry = await PolicyRegistry.open(POLICIES, { watch: false });
});
afterAll(() => registry.close());

const account = (id: string, debtorId: string, balance: number) =>
  testAccount({ id, debtorId, balance, principal: 2000 });

describe('the lost state across the accounts a debtor owes (CN)', () => {
  let store: GraphStore;
  let serial = 0;

  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await store.upsertPersons([
      Person.parse({ id: 'D1', name: '王芳', timezone: 'Asia/Shanghai' }),
      Person.parse({ id: 'D2', name: '李强', timezone: 'Asia/Shanghai' }),
      Person.parse({ id: 'R1', name: '王建国', timezone: 'Asia/Shanghai' }),
    ]);
    await store.upsertAccounts([
      account('A1', 'D1', 900),
      account('A2', 'D1', 1500),
      account('B1', 'D2', 700),
    ]);
    await store.upsertRelations([
      { from: 'D1', to: 'R1', kind: 'parent', source: 'application', lastSeen: '2026-06-01' },
    ]);
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'R1' },
        phone: { e164: REFERENCE, type: 'MOBILE', status: 'unknown' },
        source: 'application',
        lastSeen: '2026-06-01',
      },
      // D1's number, also on D2's file (a shared line): D2's calls to it are not D1's.
      ...['D1', 'D2'].map((id) => ({
        owner: { kind: 'person' as const, id },
        phone: { e164: OWN, type: 'MOBILE' as const, status: 'unknown' as const },
        source: 'application',
        lastSeen: '2026-09-01',
      })),
    ]);
  });

  async function called(
    accountId: string,
    daysAgo: number,
    outcome: Outcome,
    personId?: string,
  ): Promise<void> {
    const when = new Date(AT.getTime() - daysAgo * DAY).toISOString();
    const attempt: Attempt = {
      id: `T${++serial}`,
      accountId,
      at: when,
      channel: 'call',
      contact: { kind: 'phone', value: OWN },
      outcome,
      outcomeAt: new Date(Date.parse(when) + 60_000).toISOString(),
    };
    if (personId !== undefined) attempt.personId = personId;
    await store.recordAttempts([attempt]);
  }

  function routes(accountId: string): Promise<RoutesResult> {
    return getRoutes(
      {
        store,
        preview: (route, ctx) => previewRoute(store, registry, route, ctx),
        lostPolicy: (jurisdiction) => lostPolicyOf(registry.current(), jurisdiction),
      },
      { debtorId: 'D1', accountId, at: AT, channel: 'call' },
    );
  }

  const callReference = (accountId: string) =>
    checkGuard(
      { store, registry, clock: () => AT, newId: () => `d-${++serial}` },
      { accountId, channel: 'call', to: REFERENCE, recipientPersonId: 'R1' },
    );

  it('three failed calls about one account make the debtor lost on the other too', async () => {
    for (const d of [3, 2.9, 2.8]) await called('A1', d, 'no_answer', 'D1');
    for (const id of ['A1', 'A2']) {
      const r = await routes(id);
      expect(r.lost?.because.map((b) => b.code)).toContain('consecutive_failures');
      const reference = r.routes.find((x) => x.contact.value === REFERENCE);
      expect(reference?.guard?.outcome).toBe('allow');
      expect((await callReference(id)).decision.outcome).toBe('allow');
    }
  });

  it('a right-party contact about the other account ends the run for both', async () => {
    for (const d of [3, 2.9, 2.8]) await called('A1', d, 'no_answer', 'D1');
    await called('A2', 2, 'right_party', 'D1');
    for (const id of ['A1', 'A2']) {
      const r = await routes(id);
      expect(r.lost).toBeUndefined();
      expect(r.notLost?.params).toMatchObject({ failedInARow: 0 });
      const { decision } = await callReference(id);
      expect(decision.outcome).toBe('deny');
      expect(decision.rules.map((x) => x.id)).toContain('cn.third_party');
    }
  });

  it('calls to a shared number about someone else’s account do not count against the debtor', async () => {
    for (const d of [3, 2.9, 2.8]) await called('B1', d, 'no_answer');
    const r = await routes('A2');
    expect(r.lost).toBeUndefined();
    expect(r.notLost?.params).toMatchObject({ failedInARow: 0 });
    expect((await callReference('A2')).decision.outcome).toBe('deny');
  });
});
