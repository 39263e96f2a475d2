import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Verdict {
  id: string;
  code: string;
  reason: string;
  params: Record<string, unknown>;
  nextAllowedAt?: string;
}
interface Recorded {
  effects: { requests?: { personId: string; recorded: { id: string; kind: string }[] } };
}

/** The service's clock: 10:00 in Shanghai, 21:00 the day before in New York. */
const NOW = '2026-11-20T02:00:00.000Z';
const ZHANG_MOBILE = '+8618659581681';
const ZHANG_WORK = '+862155570193';
const MARY = '+16467733619';

describe('the consumer’s own limits, from an outcome’s note, its requests and the API', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date(NOW) });
    await svc.store.recordAttempts([
      {
        id: 'T-CN-1',
        accountId: 'ACC-CN-001-1',
        at: '2026-11-19T02:00:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: ZHANG_MOBILE },
        personId: 'CN-001',
      },
      {
        id: 'T-US-1',
        accountId: 'ACC-US-001-1',
        at: '2026-11-18T16:00:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: MARY },
        personId: 'US-001',
      },
    ]);
  });
  afterAll(async () => svc.close());

  const check = async (body: Record<string, unknown>) => {
    const res = await svc.call('POST', '/v1/guard/check', { role: 'collector', body });
    expect(res.status).toBe(200);
    return ((await res.json()) as { decision: { outcome: string; rules: Verdict[] } }).decision;
  };
  const outcome = async (attemptId: string, body: Record<string, unknown>) => {
    const res = await svc.call('POST', `/v1/attempts/${attemptId}/outcome`, {
      role: 'collector',
      body,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Recorded;
  };
  const workCall = {
    accountId: 'ACC-CN-001-1',
    channel: 'call',
    to: ZHANG_WORK,
    recipientPersonId: 'CN-001',
  };

  it('a Chinese note (不要打到单位，晚上8点以后也别打) records a place and a time; the guard names them', async () => {
    const before = await check(workCall);
    expect(before.rules.filter((r) => r.id === 'cn.consumer_requests')).toEqual([]);

    const recorded = await outcome('T-CN-1', {
      outcome: 'right_party',
      note: '客户说不要打到单位，晚上8点以后也别打。答应下周还一部分。',
    });
    expect(recorded.effects.requests?.personId).toBe('CN-001');
    expect(recorded.effects.requests?.recorded.map((r) => r.kind)).toEqual([
      'inconvenient_place',
      'inconvenient_time',
    ]);

    const atWork = (await check(workCall)).rules.find((r) => r.id === 'cn.consumer_requests');
    expect(atWork).toMatchObject({
      code: 'consumer_place_inconvenient',
      params: { request: 'T-CN-1-note-0', requestedAt: NOW, source: 'note' },
    });
    // 20:30 in Shanghai: inside the pack's hours, but the debtor said evenings after 8 are not.
    const evening = await check({
      accountId: 'ACC-CN-001-1',
      channel: 'call',
      to: ZHANG_MOBILE,
      at: '2026-11-20T12:30:00Z',
    });
    expect(evening.outcome).toBe('deny');
    expect(evening.rules.find((r) => r.id === 'cn.consumer_requests')).toMatchObject({
      code: 'consumer_time_inconvenient',
      params: { request: 'T-CN-1-note-1', from: '20:00', to: '24:00', requestedAt: NOW },
      nextAllowedAt: '2026-11-20T16:00:00.000Z',
    });
    // Recording the same outcome again adds nothing.
    await outcome('T-CN-1', {
      outcome: 'right_party',
      note: '客户说不要打到单位，晚上8点以后也别打。',
    });
    const person = (await (
      await svc.call('GET', '/v1/persons/CN-001/requests', { role: 'collector' })
    ).json()) as {
      requests: { id: string }[];
    };
    expect(person.requests.map((r) => r.id)).toEqual(['T-CN-1-note-0', 'T-CN-1-note-1']);
  });

  it('an English note ("don’t call before 10am") and stated requests bar a time and a channel', async () => {
    const recorded = await outcome('T-US-1', {
      outcome: 'right_party',
      note: "Said don't call her before 10am. Will pay Friday.",
      requests: [{ kind: 'opt_out', channel: 'email' }],
    });
    expect(recorded.effects.requests?.recorded.map((r) => r.id)).toEqual([
      'T-US-1-outcome-0',
      'T-US-1-note-0',
    ]);
    // 09:30 in New York: allowed by Regulation F's 8–21, not by what Mary asked.
    const morning = await check({
      accountId: 'ACC-US-001-1',
      channel: 'call',
      to: MARY,
      at: '2026-11-20T14:30:00Z',
    });
    expect(morning.outcome).toBe('deny');
    expect(morning.rules.find((r) => r.id === 'us.consumer_requests')).toMatchObject({
      code: 'consumer_time_inconvenient',
      params: { request: 'T-US-1-note-0', source: 'note', requestedAt: NOW },
      nextAllowedAt: '2026-11-20T15:00:00.000Z',
    });
    const email = await check({
      accountId: 'ACC-US-001-1',
      channel: 'email',
      to: 'us001@gmail.com',
      message: 'Please call us back. Unsubscribe: reply STOP.',
      at: '2026-11-20T16:00:00Z',
    });
    expect(email.rules.find((r) => r.id === 'us.consumer_requests')).toMatchObject({
      code: 'consumer_opted_out',
      params: { request: 'T-US-1-outcome-0', source: 'outcome' },
    });
  });

  it('POST /v1/persons/{id}/requests bars one number; the denial names the request and its date', async () => {
    const res = await svc.call('POST', '/v1/persons/US-001/requests', {
      role: 'collector',
      body: {
        kind: 'opt_out',
        channel: 'sms',
        contact: { kind: 'phone', value: '+1 (646) 773-3619' },
        requestedAt: '2026-11-19T18:00:00Z',
      },
    });
    expect(res.status).toBe(201);
    const { request } = (await res.json()) as {
      request: { id: string; contact: { value: string } };
    };
    expect(request.contact.value).toBe(MARY);
    const sms = await check({
      accountId: 'ACC-US-001-1',
      channel: 'sms',
      to: MARY,
      message: 'Hi, this is Acme Recovery, please call us back. Reply STOP to opt out.',
      at: '2026-11-20T16:00:00Z',
    });
    const verdict = sms.rules.find(
      (r) => r.id === 'us.consumer_requests' && r.params.request === request.id,
    );
    expect(verdict).toMatchObject({ code: 'consumer_opted_out', params: { source: 'api' } });
    expect(verdict?.reason).toContain('Nov 19, 2026');
  });

  it('a bad request is a 400 naming the field; an unknown person a 404', async () => {
    const bad = await svc.call('POST', '/v1/persons/US-001/requests', {
      role: 'collector',
      body: { kind: 'inconvenient_time', from: '21:00', to: '08:00' },
    });
    expect(bad.status).toBe(400);
    const missing = await svc.call('POST', '/v1/persons/NOPE/requests', {
      role: 'collector',
      body: { kind: 'inconvenient_place', place: 'workplace' },
    });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe(
      'person_not_found',
    );
  });

  it('refuses a limit that would never bind: dated in the future, or with fields of another kind or unknown', async () => {
    const refused = async (body: Record<string, unknown>, field: string) => {
      const res = await svc.call('POST', '/v1/persons/US-001/requests', {
        role: 'collector',
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const { error } = (await res.json()) as { error: { code: string } };
      expect(error.code).toMatch(/^(invalid_input|request_after_recorded)$/);
      expect(JSON.stringify(error)).toContain(field);
    };
    await refused(
      { kind: 'opt_out', channel: 'sms', requestedAt: '9999-01-01T00:00:00Z' },
      'requestedAt',
    );
    await refused({ kind: 'opt_out', channel: 'sms', days: ['mon'] }, 'days');
    await refused({ kind: 'opt_out', channel: 'sms', chanel: 'call' }, 'chanel');
    await refused({ kind: 'inconvenient_time', from: '21:00' }, 'to');
    const listed = await svc.call('GET', '/v1/persons/US-001/requests', { role: 'collector' });
    const { requests } = (await listed.json()) as {
      requests: { kind: string; requestedAt: string; days?: string[] }[];
    };
    expect(requests.filter((r) => r.requestedAt.startsWith('9999'))).toEqual([]);
    expect(requests.filter((r) => r.kind === 'opt_out' && r.days)).toEqual([]);
  });
});
