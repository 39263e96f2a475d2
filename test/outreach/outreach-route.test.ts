import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatcher, Outgoing } from '../../src/app/dispatch/dispatcher.js';
import { outboxDispatcher } from '../../src/app/dispatch/outbox-dispatcher.js';
import { byChannel } from '../../src/dispatch/channel-dispatcher.js';
import { webhookDispatcher } from '../../src/dispatch/webhook-dispatcher.js';
import type { GraphStore, StoreTx } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { StoreUnavailableError } from '../../src/store/store-errors.js';
import { dailyCapGuard } from './daily-cap-guard.js';
import {
  COLLECTOR,
  COMPLIANCE,
  INVESTIGATOR,
  NOW,
  type OutreachHarness,
  outreachHarness,
  seedAccount,
} from './outreach-app.js';
import {
  answer500,
  answerNever,
  answerOk,
  type TestProvider,
  testProvider,
} from './provider-server.js';

const MESSAGE = '您好，请尽快联系我们处理您的账户。';
const body = (over: Record<string, unknown> = {}) => ({
  accountId: 'A1',
  channel: 'sms',
  to: '138 0013 8000',
  message: MESSAGE,
  idempotencyKey: 'route-key-0001',
  ...over,
});

interface Accepted {
  attemptId: string;
  decisionId: string;
  decision: { outcome: string };
  dispatch: { id: string; status: string; provider: string };
}
interface ErrorAnswer {
  error: { code: string; message: string; details?: unknown };
}

describe('POST /v1/outreach', () => {
  let store: GraphStore;
  let h: OutreachHarness;
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seedAccount(store);
    h = outreachHarness({ store, guard: dailyCapGuard(1) });
  });

  it('records the attempt with the decision and the message digest, never the text, and hands it to the outbox', async () => {
    const res = await h.post(body());
    expect(res.status).toBe(201);
    const accepted = (await res.json()) as Accepted;
    expect(accepted.decision.outcome).toBe('allow');
    expect(accepted.dispatch).toEqual({
      id: expect.any(String),
      status: 'sent',
      provider: 'outbox',
    });

    const attempt = await store.getAttempt(accepted.attemptId);
    expect(attempt).toEqual({
      id: accepted.attemptId,
      accountId: 'A1',
      at: NOW.toISOString(),
      channel: 'sms',
      contact: { kind: 'phone', value: '+8613800138000' },
      decisionId: accepted.decisionId,
      messageDigest: createHash('sha256').update(MESSAGE, 'utf8').digest('hex'),
    });
    expect(JSON.stringify(attempt)).not.toContain('联系');

    const [audit] = await store.listAudit({ accountId: 'A1' });
    expect(audit).toMatchObject({
      id: accepted.decisionId,
      kind: 'outreach',
      outcome: 'allow',
      attemptId: accepted.attemptId,
      debtorId: 'P1',
      actor: 'collector…-key',
    });
    expect(JSON.stringify(audit)).not.toContain('联系');

    const outbox = await h.get('/v1/outbox');
    expect(outbox.status).toBe(200);
    const { dispatches } = (await outbox.json()) as {
      dispatches: { attemptId: string; message: string; status: string }[];
    };
    expect(dispatches).toEqual([
      expect.objectContaining({
        id: accepted.dispatch.id,
        attemptId: accepted.attemptId,
        message: MESSAGE,
        status: 'sent',
        provider: 'outbox',
      }),
    ]);
  });

  it('denies with 403 guard_denied and the decision, sends nothing, and still audits', async () => {
    expect((await h.post(body())).status).toBe(201);
    const res = await h.post(body({ idempotencyKey: 'route-key-0002' }));
    expect(res.status).toBe(403);
    const answer = (await res.json()) as ErrorAnswer;
    expect(answer.error.code).toBe('guard_denied');
    expect(answer.error.message).toContain('test.account_daily_cap');
    expect(answer.error.details).toMatchObject({
      outcome: 'deny',
      policyVersion: 'test-cap',
      rules: [{ id: 'test.account_daily_cap' }],
    });
    expect(await store.listOutbox({})).toHaveLength(1);
    expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(1);
    const audit = await store.listAudit({ accountId: 'A1' });
    expect(audit.map((a) => a.outcome).sort()).toEqual(['allow', 'deny']);
    const denied = audit.find((a) => a.outcome === 'deny');
    expect(denied?.kind === 'purge' ? undefined : denied?.attemptId).toBeUndefined();
  });

  it('answers 409 idempotency_key_reused when a key comes back with a different request', async () => {
    expect((await h.post(body())).status).toBe(201);
    const res = await h.post(body({ message: `${MESSAGE}!` }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorAnswer).error.code).toBe('idempotency_key_reused');
    expect(await store.listOutbox({})).toHaveLength(1);
  });

  it('treats the same number written differently as the same request', async () => {
    const first = await (await h.post(body())).text();
    const again = await h.post(body({ to: '+86 138-0013-8000' }));
    expect(again.status).toBe(201);
    expect(await again.text()).toBe(first);
  });

  it.each([
    [{ idempotencyKey: undefined }, 400, 'invalid_input'],
    [{ idempotencyKey: 'short' }, 400, 'invalid_input'],
    [{ channel: 'pigeon' }, 400, 'invalid_input'],
    [{ message: undefined }, 400, 'message_required'],
    [{ to: '12345' }, 400, 'phone_invalid'],
    [{ channel: 'email', to: 'not-an-email' }, 400, 'email_invalid'],
    [{ accountId: 'A404' }, 404, 'account_not_found'],
  ])('rejects %j with %i %s and records nothing', async (over, status, code) => {
    const res = await h.post(body(over));
    expect(res.status).toBe(status);
    expect(((await res.json()) as ErrorAnswer).error.code).toBe(code);
    expect(await store.listAttempts({})).toHaveLength(0);
    expect(await store.listAudit({})).toHaveLength(0);
    expect(await store.listOutbox({})).toHaveLength(0);
  });

  it('requires a key with outreach:send; the outbox needs outbox:read', async () => {
    expect(
      (await h.app.request('/v1/outreach', { method: 'POST', body: JSON.stringify(body()) }))
        .status,
    ).toBe(401);
    expect((await h.post(body(), INVESTIGATOR)).status).toBe(403);
    expect((await h.get('/v1/outbox', COLLECTOR)).status).toBe(403);
    expect((await h.get('/v1/outbox', COMPLIANCE)).status).toBe(200);
    expect(await store.listAttempts({})).toHaveLength(0);
  });
});

/** A dispatcher that records hand-overs: proves nothing was sent. */
function recording(): Dispatcher & { calls: Outgoing[] } {
  const calls: Outgoing[] = [];
  return {
    calls,
    providerFor: () => 'webhook',
    handedOverOnCommit: () => false,
    send: async (o) => {
      calls.push(o);
      return { ok: true, tries: 1 };
    },
  };
}

/** The store with some methods failing as if the database went away. */
function failing<S extends StoreTx>(store: S, methods: (keyof GraphStore)[]): S {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (methods.includes(prop as keyof GraphStore)) {
        return async () => {
          throw new StoreUnavailableError('database is unreachable');
        };
      }
      if (prop === 'transaction') {
        return <T>(fn: (tx: StoreTx) => Promise<T>) =>
          target.transaction((tx) => fn(failing(tx, methods)));
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

describe('POST /v1/outreach with the store unavailable', () => {
  it.each([
    ['the transaction cannot start', ['transaction'] as (keyof GraphStore)[]],
    ['the scope locks fail', ['lockScopes'] as (keyof GraphStore)[]],
    ['the receipt cannot be written after the attempt', ['putReceipt'] as (keyof GraphStore)[]],
  ])('answers 503 and dispatches nothing when %s', async (_why, methods) => {
    const inner = await openSqliteStore(':memory:');
    await seedAccount(inner);
    const provider = recording();
    const h = outreachHarness({
      store: failing(inner, methods),
      guard: dailyCapGuard(3),
      dispatcher: provider,
    });
    const res = await h.post(body());
    await h.relay.idle();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(((await res.json()) as ErrorAnswer).error.code).toBe('store_unavailable');
    expect(provider.calls).toHaveLength(0);
    expect(await inner.listAttempts({})).toHaveLength(0);
    expect(await inner.listOutbox({})).toHaveLength(0);
  });
});

describe('POST /v1/outreach with the store closed', () => {
  it('answers 503 store_unavailable and hands nothing to the provider', async () => {
    const store = await openSqliteStore(':memory:');
    await seedAccount(store);
    const provider = recording();
    const h = outreachHarness({ store, guard: dailyCapGuard(3), dispatcher: provider });
    await store.close();
    const res = await h.post(body());
    await h.relay.idle();
    expect(res.status).toBe(503);
    expect(((await res.json()) as ErrorAnswer).error.code).toBe('store_unavailable');
    expect(provider.calls).toHaveLength(0);
  });
});

describe('POST /v1/outreach through a webhook provider', () => {
  let store: GraphStore;
  let provider: TestProvider;
  let h: OutreachHarness;
  /** The app over a webhook provider; a short timeout only where a test wants one to fire (a loaded machine is slow). */
  const harness = (timeoutMs: number): OutreachHarness => {
    const webhook = webhookDispatcher({ urls: { sms: provider.url }, backoffMs: 1, timeoutMs });
    return outreachHarness({
      store,
      guard: dailyCapGuard(5),
      dispatcher: byChannel({ sms: webhook }, outboxDispatcher()),
    });
  };
  beforeEach(async () => {
    store = await openSqliteStore(':memory:');
    await seedAccount(store);
    provider = await testProvider(answerOk);
    h = harness(10_000);
  });
  afterEach(async () => {
    await h.relay.idle();
    await provider.close();
  });

  it('queues at commit, then the provider receives it once and the dispatch is sent', async () => {
    const res = await h.post(body());
    const accepted = (await res.json()) as Accepted;
    expect(accepted.dispatch).toMatchObject({ status: 'queued', provider: 'webhook' });
    await h.relay.idle();
    expect(provider.calls).toHaveLength(1);
    expect(provider.calls[0]?.body).toMatchObject({
      dispatchId: accepted.dispatch.id,
      attemptId: accepted.attemptId,
      message: MESSAGE,
    });
    const [dispatch] = await store.listOutbox({});
    expect(dispatch).toMatchObject({ status: 'sent', tries: 1 });
    // A replay answers the first result and calls nobody.
    expect(await (await h.post(body())).json()).toEqual(accepted);
    await h.relay.idle();
    expect(provider.calls).toHaveLength(1);
  });

  it('a provider that keeps failing marks the dispatch failed and retriable, and the attempt stays', async () => {
    provider.answer(answer500);
    const accepted = (await (await h.post(body())).json()) as Accepted;
    await h.relay.idle();
    expect(provider.calls).toHaveLength(3);
    expect(await store.listOutbox({ status: 'failed' })).toEqual([
      expect.objectContaining({ id: accepted.dispatch.id, tries: 3, lastError: 'HTTP 500' }),
    ]);
    expect(await store.getAttempt(accepted.attemptId)).toBeDefined();
    const failedList = (await (await h.get('/v1/outbox?status=failed')).json()) as {
      dispatches: { id: string; lastError: string }[];
    };
    expect(failedList.dispatches.map((d) => [d.id, d.lastError])).toEqual([
      [accepted.dispatch.id, 'HTTP 500'],
    ]);
    expect(
      ((await (await h.get('/v1/outbox?status=sent')).json()) as { dispatches: unknown[] })
        .dispatches,
    ).toEqual([]);

    provider.answer(answerOk);
    const retried = await h.app.request(`/v1/outbox/${accepted.dispatch.id}/retry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${COLLECTOR}` },
    });
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({
      id: accepted.dispatch.id,
      status: 'sent',
      provider: 'webhook',
      tries: 4,
    });
    expect(provider.calls).toHaveLength(4);
    const again = await h.app.request(`/v1/outbox/${accepted.dispatch.id}/retry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${COLLECTOR}` },
    });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorAnswer).error.code).toBe('dispatch_not_failed');
  });

  it('a provider that never answers times out: failed with the reason, attempt kept', async () => {
    provider.answer(answerNever);
    h = harness(100);
    const accepted = (await (await h.post(body())).json()) as Accepted;
    await h.relay.idle();
    expect(await store.listOutbox({})).toEqual([
      expect.objectContaining({ status: 'failed', tries: 3, lastError: 'timeout after 100ms' }),
    ]);
    expect((await store.listAttempts({ accountId: 'A1' })).map((a) => a.id)).toEqual([
      accepted.attemptId,
    ]);
  });

  it('refuses a retry after the window, and of an unknown dispatch', async () => {
    provider.answer(answer500);
    const accepted = (await (await h.post(body())).json()) as Accepted;
    await h.relay.idle();
    h.setNow(new Date(NOW.getTime() + 16 * 60_000));
    const late = await h.app.request(`/v1/outbox/${accepted.dispatch.id}/retry`, {
      method: 'POST',
      headers: { authorization: `Bearer ${COLLECTOR}` },
    });
    expect(late.status).toBe(409);
    expect(((await late.json()) as ErrorAnswer).error.code).toBe('dispatch_retry_expired');
    const unknown = await h.app.request('/v1/outbox/nope/retry', {
      method: 'POST',
      headers: { authorization: `Bearer ${COLLECTOR}` },
    });
    expect(unknown.status).toBe(404);
    expect(provider.calls).toHaveLength(3);
  });
});
