import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Permission, ROLES, type Role, roleAllows } from '../../src/domain/access/roles.js';
import { Person } from '../../src/domain/model/index.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Case {
  method: 'GET' | 'POST';
  /** The path as /openapi.json names it. */
  template: string;
  permission: Permission | 'any';
  request: () => { path: string; body?: unknown; raw?: string; contentType?: string };
  /** Statuses that mean "let through" for an allowed role (2xx unless the sample targets nothing). */
  passes?: number[];
}

let keyCounter = 0;
const POLICY = `id: trial
name: Trial
appliesTo: { jurisdictions: [CN] }
rules:
  - id: trial.hours
    type: time_window
    channels: [call, sms]
    from: "09:00"
    to: "20:00"
`;

const CASES: Case[] = [
  {
    method: 'GET',
    template: '/v1/worklist',
    permission: 'routes:read',
    request: () => ({ path: '/v1/worklist?limit=2' }),
  },
  {
    method: 'GET',
    template: '/v1/accounts/{id}/promises',
    permission: 'routes:read',
    request: () => ({ path: '/v1/accounts/ACC-CN-001-1/promises' }),
  },
  {
    method: 'POST',
    template: '/v1/payments',
    permission: 'ingest:write',
    request: () => ({
      path: '/v1/payments',
      body: {
        payments: [
          {
            id: `PAY-M-${++keyCounter}`,
            accountId: 'ACC-CN-001-1',
            amount: 1,
            currency: 'CNY',
            at: '2026-11-20T02:00:00Z',
          },
        ],
      },
    }),
  },
  {
    method: 'GET',
    template: '/v1/persons/{id}/graph',
    permission: 'graph:read',
    request: () => ({ path: '/v1/persons/CN-001/graph?depth=2' }),
  },
  {
    method: 'GET',
    template: '/v1/persons/{id}',
    permission: 'graph:read',
    request: () => ({ path: '/v1/persons/CN-001' }),
  },
  {
    method: 'GET',
    template: '/v1/persons/{id}/requests',
    permission: 'graph:read',
    request: () => ({ path: '/v1/persons/CN-001/requests' }),
  },
  {
    method: 'POST',
    template: '/v1/persons/{id}/requests',
    permission: 'outcome:record',
    request: () => ({
      path: '/v1/persons/CN-002/requests',
      body: { kind: 'inconvenient_place', place: 'workplace' },
    }),
  },
  {
    method: 'GET',
    template: '/v1/persons',
    permission: 'graph:read',
    request: () => ({ path: '/v1/persons?q=CN-00' }),
  },
  {
    method: 'GET',
    template: '/v1/phones/{number}/links',
    permission: 'links:read',
    request: () => ({ path: '/v1/phones/%2B8613509820217/links' }),
  },
  {
    method: 'GET',
    template: '/v1/links',
    permission: 'links:read',
    request: () => ({ path: '/v1/links?kind=phone&value=%2B8613509820217' }),
  },
  {
    method: 'POST',
    template: '/v1/ingest',
    permission: 'ingest:write',
    request: () => ({
      path: '/v1/ingest',
      raw: '{"type":"person","id":"NEW-1","name":"Test Person"}\n',
      contentType: 'application/x-ndjson',
    }),
  },
  {
    method: 'GET',
    template: '/v1/debtors/{id}/routes',
    permission: 'routes:read',
    request: () => ({ path: '/v1/debtors/CN-001/routes?limit=3' }),
  },
  {
    method: 'GET',
    template: '/v1/ranking/calibration',
    permission: 'routes:read',
    request: () => ({ path: '/v1/ranking/calibration' }),
  },
  {
    method: 'POST',
    template: '/v1/attempts/{id}/outcome',
    permission: 'outcome:record',
    request: () => ({ path: '/v1/attempts/MATRIX-T1/outcome', body: { outcome: 'no_answer' } }),
  },
  {
    method: 'POST',
    template: '/v1/inbound',
    permission: 'outcome:record',
    request: () => ({
      path: '/v1/inbound',
      body: { channel: 'sms', from: '+8613812345678', text: '明天联系我' },
    }),
  },
  {
    method: 'POST',
    template: '/v1/guard/check',
    permission: 'guard:check',
    request: () => ({
      path: '/v1/guard/check',
      body: {
        accountId: 'MATRIX-A1',
        channel: 'sms',
        to: '+8613812345678',
        message: '您好，我是安信客服，请回电。',
      },
    }),
  },
  {
    method: 'POST',
    template: '/v1/outreach',
    permission: 'outreach:send',
    request: () => ({
      path: '/v1/outreach',
      body: {
        accountId: `MATRIX-A${(keyCounter % 3) + 1}`,
        channel: 'sms',
        to: '+8613812345678',
        message: '您好，我是安信客服，请回电。',
        idempotencyKey: `matrix-${++keyCounter}`,
      },
    }),
  },
  {
    method: 'GET',
    template: '/v1/outbox',
    permission: 'outbox:read',
    request: () => ({ path: '/v1/outbox' }),
  },
  {
    method: 'POST',
    template: '/v1/outbox/{id}/retry',
    permission: 'outreach:send',
    request: () => ({ path: '/v1/outbox/none/retry' }),
    passes: [404],
  },
  {
    method: 'GET',
    template: '/v1/policies',
    permission: 'policies:read',
    request: () => ({ path: '/v1/policies' }),
  },
  {
    method: 'POST',
    template: '/v1/policies/validate',
    permission: 'policies:read',
    request: () => ({
      path: '/v1/policies/validate',
      raw: POLICY,
      contentType: 'application/yaml',
    }),
  },
  {
    method: 'POST',
    template: '/v1/policies/simulate',
    permission: 'policies:write',
    request: () => ({
      path: '/v1/policies/simulate',
      body: { policy: POLICY, from: '2026-10-01T00:00:00Z', to: '2026-11-21T00:00:00Z' },
    }),
  },
  {
    method: 'GET',
    template: '/v1/audit',
    permission: 'audit:read',
    request: () => ({ path: '/v1/audit?limit=5' }),
  },
  {
    method: 'GET',
    template: '/v1/audit/export',
    permission: 'audit:read',
    request: () => ({
      path: '/v1/audit/export?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z',
    }),
  },
];

describe('every route × every role', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness();
    // A clean debtor whose account has room under every cap, so allowed sends are 201.
    await svc.store.upsertPersons([
      Person.parse({ id: 'MATRIX-D1', name: 'Matrix', timezone: 'Asia/Shanghai' }),
    ]);
    await svc.store.upsertAccounts(
      [1, 2, 3].map((i) => ({
        id: `MATRIX-A${i}`,
        debtorId: 'MATRIX-D1',
        product: 'cash_loan',
        currency: 'CNY',
        principal: 100,
        balance: 100,
        dueDate: '2026-10-01',
        jurisdiction: 'CN',
        status: 'open' as const,
      })),
    );
    await svc.store.upsertPhoneLinks([
      {
        owner: { kind: 'person', id: 'MATRIX-D1' },
        phone: { e164: '+8613812345678', type: 'MOBILE', country: 'CN', status: 'active' },
        source: 'application',
      },
    ]);
    await svc.store.recordAttempts([
      {
        id: 'MATRIX-T1',
        accountId: 'MATRIX-A1',
        at: '2026-11-19T02:00:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: '+8613812345678' },
      },
    ]);
  });
  afterAll(async () => svc.close());

  it('covers every operation the OpenAPI document declares', async () => {
    const doc = (await (await svc.call('GET', '/openapi.json', { role: null })).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const declared = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .filter((op) => op.includes('/v1/') && op !== 'GET /v1/me'); // /v1/me answers every role: checked below
    expect(declared.sort()).toEqual(CASES.map((c) => `${c.method} ${c.template}`).sort());
  });

  for (const c of CASES) {
    describe(`${c.method} ${c.template}`, () => {
      it('401 without a key', async () => {
        const r = c.request();
        expect(
          (
            await svc.call(c.method, r.path, {
              role: null,
              body: r.body,
              raw: r.raw,
              contentType: r.contentType,
            })
          ).status,
        ).toBe(401);
      });
      for (const role of ROLES) {
        const allowed = c.permission === 'any' || roleAllows(role, c.permission);
        it(`${role}: ${allowed ? 'allowed' : '403'}`, async () => {
          const r = c.request();
          const res = await svc.call(c.method, r.path, {
            role: role as Role,
            body: r.body,
            raw: r.raw,
            contentType: r.contentType,
          });
          const text = await res.text();
          if (allowed) {
            const ok = c.passes ?? [200, 201];
            expect(ok, `${res.status} ${text.slice(0, 300)}`).toContain(res.status);
          } else {
            expect(res.status).toBe(403);
            expect(JSON.parse(text)).toMatchObject({ error: { code: 'forbidden' } });
          }
        });
      }
    });
  }

  it('GET /v1/me tells every role who it is', async () => {
    for (const role of ROLES) {
      const res = await svc.call('GET', '/v1/me', { role });
      expect(await res.json()).toEqual({ role });
    }
    expect((await svc.call('GET', '/v1/me', { role: null })).status).toBe(401);
  });
});
