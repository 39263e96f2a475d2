import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

/** Mary Rodriguez (demo debtor US-001, Manhattan, e-consent on file) and her mobile. */
const ACCOUNT = 'ACC-US-001-1';
const MARY = '+16467733619';
const DAYTIME = '2026-11-20T11:00:00-05:00';
const TEXT = 'Hi, this is Acme Recovery, please call us back. Reply STOP to opt out.';

interface Verdict {
  id: string;
  code: string;
  reason: string;
  params: Record<string, unknown>;
}

describe('POST /v1/inbound', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness();
  });
  afterAll(async () => svc.close());

  const check = async () => {
    const res = await svc.call('POST', '/v1/guard/check', {
      role: 'collector',
      body: { accountId: ACCOUNT, channel: 'sms', to: MARY, message: TEXT, at: DAYTIME },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { decision: { outcome: string; rules: Verdict[] } }).decision;
  };

  it('a STOP reply makes the next SMS to that number deny with the opt-out and its date', async () => {
    expect((await check()).outcome).toBe('allow');

    const res = await svc.call('POST', '/v1/inbound', {
      role: 'collector',
      body: {
        channel: 'sms',
        from: MARY,
        text: 'Stop!',
        at: '2026-11-19T15:00:00Z',
        providerMessageId: 'SM-1',
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      attemptId: string;
      optOut: string;
      optedOutPersonIds: string[];
      auditId: string;
      duplicate: boolean;
    };
    expect(body).toMatchObject({ optOut: 'stop', optedOutPersonIds: ['US-001'], duplicate: false });
    expect(body.attemptId).toMatch(/^inbound_sms-/);

    const after = await check();
    expect(after.outcome).toBe('deny');
    const optOut = after.rules.find((r) => r.id === 'us.consumer_requests');
    expect(optOut).toMatchObject({
      code: 'consumer_opted_out',
      params: { requestedAt: '2026-11-19T15:00:00.000Z', source: 'inbound_reply' },
    });
    expect(optOut?.reason).toContain('Nov 19, 2026'); // rendered in the reader's language

    // The reply is an attempt of its own, evidence the number works, and the opt-out is audited.
    const attempt = await svc.store.getAttempt(body.attemptId);
    expect(attempt).toMatchObject({
      accountId: ACCOUNT,
      channel: 'sms',
      direction: 'inbound',
      personId: 'US-001',
      outcome: 'right_party',
    });
    expect((await svc.store.getPhone(MARY))?.status).toBe('active');
    const audit = await svc.store.listAudit({ accountId: ACCOUNT });
    expect(audit.find((a) => a.id === body.auditId)).toMatchObject({
      kind: 'inbound',
      outcome: 'deny',
    });
  });

  it('a redelivered reply (same provider id) records nothing new', async () => {
    const res = await svc.call('POST', '/v1/inbound', {
      role: 'collector',
      body: { channel: 'sms', from: MARY, text: 'STOP', providerMessageId: 'SM-1' },
    });
    expect(((await res.json()) as { duplicate: boolean }).duplicate).toBe(true);
  });

  it('a reply that is not an opt-out is recorded and changes no flag; 退订 and TD are opt-outs', async () => {
    const chat = await svc.call('POST', '/v1/inbound', {
      role: 'collector',
      body: { channel: 'sms', from: '+8613812345678', text: '明天下午再联系我' },
    });
    const chatBody = (await chat.json()) as { optOut?: string; optedOutPersonIds: string[] };
    expect(chatBody.optOut).toBeUndefined();
    expect(chatBody.optedOutPersonIds).toEqual([]);
    const td = await svc.call('POST', '/v1/inbound', {
      role: 'collector',
      body: { channel: 'sms', from: '+8613812345678', text: 'TD' },
    });
    expect(((await td.json()) as { optOut: string }).optOut).toBe('td');
  });

  it('an unusable sender is a 400 with a code, not a 500', async () => {
    const res = await svc.call('POST', '/v1/inbound', {
      role: 'collector',
      body: { channel: 'sms', from: 'nobody', text: 'STOP' },
    });
    expect(res.status).toBe(400);
    const email = await svc.call('POST', '/v1/inbound', {
      role: 'collector',
      body: { channel: 'email', from: 'not-an-address', text: 'unsubscribe' },
    });
    expect(((await email.json()) as { error: { code: string } }).error.code).toBe('invalid_from');
  });
});
