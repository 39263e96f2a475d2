import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { getRoutes, type RoutesResult } from '../../src/app/routes/get-routes.js';
import { previewRoute } from '../../src/app/routes/preview-route.js';
import { lostPolicyOf } from '../../src/domain/lost/lost-policy.js';
import { type Attempt, type Outcome, Person } from '../../src/domain/model/index.js';
import { renderMessage } from '../../src/messages/render-message.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

// The three ways skip tracing went wrong before outcomes closed the loop, pinned under the CN
// reference policy and under Regulation F: re-calling a number that answered wrong party; standing
// with no allowed route while the policy allows contact; the debtor's own all-but-ruled-out
// numbers burying a third party with a real chance.

const POLICIES = fileURLToPath(new URL('../../policies', import.meta.url));

interface Setting {
  name: string;
  jurisdiction: string;
  timezone: string;
  currency: string;
  /** A weekday 10:00 local, as UTC. */
  at: Date;
  phones: { own: string; ownOld: string; reference: string };
}

const SETTINGS: Setting[] = [
  {
    name: 'CN (cn-collection)',
    jurisdiction: 'CN',
    timezone: 'Asia/Shanghai',
    currency: 'CNY',
    at: new Date('2026-11-26T02:00:00Z'),
    phones: { own: '+8613800138000', ownOld: '+8613700137000', reference: '+8613900139000' },
  },
  {
    name: 'US (us-reg-f)',
    jurisdiction: 'US',
    timezone: 'America/New_York',
    currency: 'USD',
    at: new Date('2026-11-26T15:00:00Z'),
    phones: { own: '+16467733619', ownOld: '+12122098206', reference: '+17182223344' },
  },
];

const DAY = 86_400_000;

let registry: PolicyRegistry;
beforeAll(async () => {
  registry = await PolicyRegistry.open(POLICIES, { watch: false });
});
afterAll(() => registry.close());

describe.each(SETTINGS)('skip tracing causes, $name', (setting) => {
  let store: GraphStore;
  let serial = 0;
  const at = setting.at;
  const daysAgo = (d: number, hours = 0): string =>
    new Date(at.getTime() - d * DAY + hours * 3_600_000).toISOString();

  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await store.upsertPersons([
      Person.parse({ id: 'D1', name: 'Debtor', timezone: setting.timezone }),
      Person.parse({ id: 'R1', name: 'Reference', timezone: setting.timezone }),
    ]);
    await store.upsertAccounts([
      {
        id: 'A1',
        debtorId: 'D1',
        product: 'cash_loan',
        currency: setting.currency,
        principal: 1000,
        balance: 900,
        dueDate: '2026-08-01',
        jurisdiction: setting.jurisdiction,
        status: 'open',
      },
    ]);
    await store.upsertRelations([
      { from: 'D1', to: 'R1', kind: 'parent', source: 'application', lastSeen: '2026-06-01' },
    ]);
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'R1' },
        phone: { e164: setting.phones.reference, type: 'MOBILE', status: 'unknown' },
        source: 'application',
        lastSeen: '2026-06-01',
      },
    ]);
  });

  async function ownPhone(e164: string, source: string, lastSeen: string): Promise<void> {
    await store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'D1' },
        phone: { e164, type: 'MOBILE', status: 'unknown' },
        source,
        lastSeen,
      },
    ]);
  }

  async function called(e164: string, when: string, outcome: Outcome): Promise<string> {
    const id = `T${++serial}`;
    const attempt: Attempt = {
      id,
      accountId: 'A1',
      at: when,
      channel: 'call',
      contact: { kind: 'phone', value: e164 },
      personId: 'D1',
      outcome,
      outcomeAt: new Date(Date.parse(when) + 60_000).toISOString(),
    };
    await store.recordAttempts([attempt]);
    return id;
  }

  function routes(): Promise<RoutesResult> {
    return getRoutes(
      {
        store,
        preview: (route, ctx) => previewRoute(store, registry, route, ctx),
        lostPolicy: (jurisdiction) => lostPolicyOf(registry.current(), jurisdiction),
      },
      { debtorId: 'D1', at, channel: 'call' },
    );
  }

  const firstAllowed = (r: RoutesResult) => r.routes.find((x) => x.guard?.outcome === 'allow');

  it('says in both languages why third parties wait while the debtor is not lost', async () => {
    await ownPhone(setting.phones.own, 'application', '2026-09-01');
    await called(setting.phones.own, daysAgo(0, -2), 'no_answer');
    const r = await routes();
    if (setting.jurisdiction !== 'CN') {
      // Regulation F needs no lost state before a location call.
      expect(r.notLost).toBeUndefined();
      return;
    }
    const notLost = r.notLost!;
    expect(notLost.params).toMatchObject({ failedInARow: 1, ownRoutesLeft: 1 });
    const en = renderMessage('en', notLost.code, notLost.params);
    const zh = renderMessage('zh-CN', notLost.code, notLost.params);
    expect(en).toContain('not lost yet (1 failed attempt in a row, 1 own number left)');
    expect(zh).toContain('债务人尚未失联（已连续 1 次未联系上，本人号码尚余 1 个）');
  });

  it('never routes the debtor to a number that answered wrong party, and says why', async () => {
    await ownPhone(setting.phones.own, 'collector_note', '2026-11-20');
    await ownPhone(setting.phones.ownOld, 'application', '2025-06-01');
    const attemptId = await called(setting.phones.own, daysAgo(1), 'wrong_party');
    const r = await routes();
    expect(
      r.routes.filter(
        (x) => x.contact.value === setting.phones.own && x.recipient.personId === 'D1',
      ),
    ).toEqual([]);
    expect(r.excluded).toContainEqual(
      expect.objectContaining({
        contact: { kind: 'phone', value: setting.phones.own },
        code: 'wrong_party',
        params: expect.objectContaining({ attemptId, personId: 'D1' }),
      }),
    );
    // The next call goes elsewhere: the older own number, or (where third parties may be called
    // now, as under Regulation F) whichever the expected value puts first.
    const next = firstAllowed(r);
    expect(next).toBeDefined();
    expect(next?.contact.value).not.toBe(setting.phones.own);
    expect(r.routes.some((x) => x.contact.value === setting.phones.ownOld)).toBe(true);
  });

  it('has an allowed route when the debtor’s only number is invalid (the reference)', async () => {
    await ownPhone(setting.phones.own, 'application', '2026-03-01');
    await called(setting.phones.own, daysAgo(1), 'invalid_number');
    const r = await routes();
    const route = firstAllowed(r);
    expect(route?.contact.value).toBe(setting.phones.reference);
    expect(route?.tier).toBe('third_party');
    expect(r.noAllowedRoute).toBeUndefined();
    if (setting.jurisdiction === 'CN')
      expect(r.lost?.because.map((b) => b.code)).toContain('no_own_route');
    // Regulation F needs no lost state for a location call.
    else expect(r.lost).toBeUndefined();
  });

  it('counts a deceased debtor as having no own route: the estate’s executor is not left waiting', async () => {
    await ownPhone(setting.phones.own, 'application', '2026-09-01');
    await store.upsertPersons([
      Person.parse({
        id: 'D1',
        name: 'Debtor',
        timezone: setting.timezone,
        flags: { deceased: true },
      }),
    ]);
    await store.upsertRelations([
      { from: 'D1', to: 'R1', kind: 'executor', source: 'court_record', lastSeen: '2026-11-01' },
    ]);
    const r = await routes();
    expect(r.notLost).toBeUndefined();
    if (setting.jurisdiction === 'CN')
      expect(r.lost?.because.map((b) => b.code)).toEqual(['no_own_route']);
    expect(r.routes.map((x) => [x.contact.value, x.guard?.outcome])).toEqual([
      [setting.phones.reference, 'allow'],
    ]);
  });

  it('says a debtor who asked to stop all contact has no route for that reason, not for want of numbers', async () => {
    await ownPhone(setting.phones.own, 'application', '2026-09-01');
    await store.upsertPersons([
      Person.parse({
        id: 'D1',
        name: 'Debtor',
        timezone: setting.timezone,
        flags: { ceaseContact: true },
      }),
    ]);
    const r = await routes();
    expect(r.routes).toEqual([]);
    expect(r.noAllowedRoute?.code).toBe('debtor_ceased_contact');
  });

  it('ranks a reference with a real chance above the debtor’s own number that rang out for days', async () => {
    await ownPhone(setting.phones.own, 'application', '2026-05-01');
    for (const [d, h] of [
      [4, 0],
      [4, 4],
      [3, 0],
      [3, 4],
      [2, 0],
    ] as const)
      await called(setting.phones.own, daysAgo(d, h), 'no_answer');
    const r = await routes();
    const own = r.routes.find((x) => x.contact.value === setting.phones.own);
    expect(own).toBeDefined();
    expect(r.routes[0]?.contact.value).toBe(setting.phones.reference);
    expect(r.routes[0]?.score).toBeGreaterThan(own!.score);
    expect(r.routes[0]?.guard?.outcome).toBe('allow');
    if (setting.jurisdiction === 'CN')
      expect(r.lost?.because.map((b) => b.code)).toContain('consecutive_failures');
  });
});
