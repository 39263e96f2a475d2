import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkGuard } from '../../src/app/guard/check-guard.js';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { getRoutes, type RoutesResult } from '../../src/app/routes/get-routes.js';
import { previewRoute } from '../../src/app/routes/preview-route.js';
import { getWorklist } from '../../src/app/worklist/get-worklist.js';
import { worklistPreview } from '../../src/app/worklist/worklist-preview.js';
import { lostPolicyOf } from '../../src/domain/lost/lost-policy.js';
import { Person } from '../../src/domain/model/index.js';
import { renderMessage } from '../../src/messages/render-message.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { testAccount } from '../support/test-account.js';

// An email has no text until it is written: its route is allowed when every other rule passes,
// with what the message must carry said beside it, not denied for want of a text.

const POLICIES = fileURLToPath(new URL('../../policies', import.meta.url));

const SETTINGS = [
  {
    name: 'CN',
    jurisdiction: 'CN',
    timezone: 'Asia/Shanghai',
    currency: 'CNY',
    at: new Date('2026-11-26T02:00:00Z'),
    rule: 'cn.identity_written',
    element: 'collector_identity',
    zh: '撰写邮件时须包含：催收方身份。',
  },
  {
    name: 'US',
    jurisdiction: 'US-CA',
    timezone: 'America/Los_Angeles',
    currency: 'USD',
    at: new Date('2026-11-26T18:00:00Z'),
    rule: 'us.opt_out_notice',
    element: 'opt_out_notice',
    zh: '撰写邮件时须包含：退订方式。',
  },
];

let registry: PolicyRegistry;
beforeAll(async () => {
  registry = await PolicyRegistry.open(POLICIES, { watch: false });
});
afterAll(() => registry.close());

describe.each(SETTINGS)('an email route before its text is written ($name)', (setting) => {
  let store: GraphStore;

  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await store.upsertPersons([
      Person.parse({ id: 'D1', name: 'Debtor', timezone: setting.timezone }),
    ]);
    await store.upsertAccounts([
      testAccount({
        id: 'A1',
        debtorId: 'D1',
        currency: setting.currency,
        jurisdiction: setting.jurisdiction,
      }),
    ]);
    await store.upsertEmailLinks([
      {
        personId: 'D1',
        address: 'debtor@example.com',
        source: 'application',
        lastSeen: '2026-10-01',
      },
    ]);
  });

  const routes = (): Promise<RoutesResult> =>
    getRoutes(
      {
        store,
        preview: (route, ctx) => previewRoute(store, registry, route, ctx),
        lostPolicy: (jurisdiction) => lostPolicyOf(registry.current(), jurisdiction),
      },
      { debtorId: 'D1', at: setting.at },
    );

  it('is allowed, with what the message must carry, and the debtor is not left without a route', async () => {
    const r = await routes();
    const email = r.routes.find((x) => x.contact.kind === 'email');
    expect(email?.guard?.outcome).toBe('allow');
    expect(email?.guard?.rules).toEqual([]);
    const carry = email?.guard?.conditions ?? [];
    expect(carry.map((v) => [v.id, v.code, v.params.elements])).toEqual([
      [setting.rule, 'required_content_pending', [setting.element]],
    ]);
    expect(renderMessage('zh-CN', carry[0]!.code, carry[0]!.params)).toBe(setting.zh);
    expect(r.noAllowedRoute).toBeUndefined();
  });

  it('is still denied outside the contact hours, the content condition kept apart', async () => {
    const night = new Date(setting.at.getTime() + 14 * 3_600_000);
    const r = await getRoutes(
      { store, preview: (route, ctx) => previewRoute(store, registry, route, ctx) },
      { debtorId: 'D1', at: night },
    );
    const email = r.routes.find((x) => x.contact.kind === 'email');
    expect(email?.guard?.outcome).toBe('deny');
    expect(email?.guard?.rules.map((v) => v.code)).not.toContain('required_content_unchecked');
    expect(email?.guard?.conditions?.map((v) => v.id)).toEqual([setting.rule]);
  });

  it('puts the email on the worklist with what it must carry among the reasons', async () => {
    // As an import does: the account is on the worklist, ranked when first shown.
    await store.markWorklistStale({ accountIds: ['A1'] });
    const page = await getWorklist(
      { store, preview: worklistPreview(store, registry) },
      { at: setting.at },
    );
    const item = page.items.find((i) => i.accountId === 'A1');
    expect(item?.route.channel).toBe('email');
    expect(item?.why.map((w) => w.code)).toContain('required_content_pending');
  });
});

describe('a visit route before it is planned (CN)', () => {
  it('is allowed with the plan the policy asks for, and denied once a plan falls short', async () => {
    const store = await openSqliteStore(':memory:');
    await store.upsertPersons([
      Person.parse({ id: 'D1', name: '王芳', timezone: 'Asia/Shanghai' }),
    ]);
    await store.upsertAccounts([testAccount({ id: 'A1', debtorId: 'D1' })]);
    await store.upsertAddresses([
      { id: 'HOME', line: '中山五路 673 号', city: '广州市', region: '广东省', country: 'CN' },
    ]);
    await store.upsertResidences([
      { personId: 'D1', addressId: 'HOME', source: 'application', from: '2024-01-01' },
    ]);
    const at = new Date('2026-11-26T02:00:00Z');
    const r = await getRoutes(
      { store, preview: (route, ctx) => previewRoute(store, registry, route, ctx) },
      { debtorId: 'D1', at },
    );
    const visit = r.routes.find((x) => x.contact.kind === 'address');
    expect(visit?.guard?.outcome).toBe('allow');
    const conditions = visit?.guard?.conditions ?? [];
    expect(conditions.map((c) => [c.id, c.code])).toEqual([['cn.visit', 'visit_plan_pending']]);
    expect(renderMessage('zh-CN', conditions[0]!.code, conditions[0]!.params)).toBe(
      '外访须安排至少 2 名催收人员，并全程录音录像。',
    );
    // The visit itself is checked with its plan: one collector, unrecorded, is denied.
    const { decision } = await checkGuard(
      { store, registry, clock: () => at, newId: () => 'd-1' },
      {
        accountId: 'A1',
        channel: 'visit',
        to: 'HOME',
        visit: { collectors: ['张三'], recorded: false },
      },
    );
    expect(decision.outcome).toBe('deny');
    expect(decision.rules.map((v) => v.code)).toEqual([
      'visit_too_few_collectors',
      'visit_not_recorded',
    ]);
    await store.close();
  });
});
