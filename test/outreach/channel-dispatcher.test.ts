import { describe, expect, it } from 'vitest';
import type { Dispatcher, Outgoing } from '../../src/app/dispatch/dispatcher.js';
import { outboxDispatcher } from '../../src/app/dispatch/outbox-dispatcher.js';
import { rateLimited } from '../../src/app/dispatch/rate-limited-dispatcher.js';
import { byChannel, dispatcherFromConfig } from '../../src/dispatch/channel-dispatcher.js';
import { openDispatch } from '../../src/dispatch/open-dispatch.js';
import { silentLog } from '../../src/log/log.js';
import { PrimaryLimits } from '../../src/node/shared-limits.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

/** A provider that records what it was handed. */
function recording(): Dispatcher & { calls: Outgoing[] } {
  const calls: Outgoing[] = [];
  return {
    calls,
    providerFor: () => 'recording',
    handedOverOnCommit: () => false,
    send: async (o) => {
      calls.push(o);
      return { ok: true, tries: 1 };
    },
  };
}

const msg = (channel: Outgoing['channel'], n: number): Outgoing => ({
  dispatchId: `d${n}`,
  attemptId: `a${n}`,
  channel,
  to: { kind: 'phone', value: '+8613800138000' },
});
const ticks = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('byChannel', () => {
  it('routes configured channels to their dispatcher and others to the fallback', async () => {
    const hook = recording();
    const d = byChannel({ sms: hook }, outboxDispatcher());
    expect(d.providerFor('sms')).toBe('recording');
    expect(d.providerFor('call')).toBe('outbox');
    expect(d.handedOverOnCommit('call')).toBe(true);
    expect(d.handedOverOnCommit('sms')).toBe(false);
    await d.send(msg('sms', 1));
    await d.send(msg('call', 2));
    expect(hook.calls.map((c) => c.dispatchId)).toEqual(['d1']);
  });
});

describe('rateLimited', () => {
  it('holds hand-overs beyond the channel rate and lets unpaced channels through', async () => {
    const inner = recording();
    const d = rateLimited(inner, { sms: { count: 1, periodMs: 60_000 } });
    const first = d.send(msg('sms', 1));
    const held = [d.send(msg('sms', 2)), d.send(msg('sms', 3))];
    await expect(first).resolves.toEqual({ ok: true, tries: 1 });
    await d.send(msg('call', 4));
    await ticks(5);
    expect(inner.calls.map((c) => c.dispatchId)).toEqual(['d1', 'd4']);
    expect(d.waiting('sms')).toBe(2);
    expect(d.waiting('call')).toBe(0);
    // Both held sends reject at once when dropped: await them together, or the second is unhandled.
    const dropped = Promise.all(held.map((h) => expect(h).rejects.toThrow()));
    await d.stop({ dropWaiting: true });
    await dropped;
    expect(inner.calls).toHaveLength(2);
  });
});

describe('rateLimited with a shared pacer', () => {
  it("keeps two processes together to one rate: the second hand-over waits for the first one's slot", async () => {
    const primary = new PrimaryLimits(() => 1_000);
    const pacer = {
      reserve: async (channel: Outgoing['channel'], spacingMs: number) =>
        (
          primary.answer({ skipgraphLimits: 1, op: 'pace', channel, spacingMs }) as {
            waitMs: number;
          }
        ).waitMs,
    };
    const a = recording();
    const b = recording();
    const rate = { sms: { count: 1, periodMs: 200 } };
    const one = rateLimited(a, rate, pacer);
    const two = rateLimited(b, rate, pacer);
    await expect(one.send(msg('sms', 1))).resolves.toEqual({ ok: true, tries: 1 });
    const held = two.send(msg('sms', 2));
    await ticks(5);
    // One per 200 ms for both: the other process's hand-over waits for its slot, then goes.
    expect(b.calls).toHaveLength(0);
    expect(two.waiting('sms')).toBe(1);
    await expect(held).resolves.toEqual({ ok: true, tries: 1 });
    expect(b.calls.map((c) => c.dispatchId)).toEqual(['d2']);
  });
});

describe('dispatcherFromConfig', () => {
  it('uses webhooks where a URL is set and the outbox elsewhere', async () => {
    const built = dispatcherFromConfig({
      webhooks: { sms: 'https://sms.example/hook' },
      providerRates: { sms: '10/s' },
    });
    expect(built.ok).toBe(true);
    if (built.ok) {
      expect(built.dispatcher.providerFor('sms')).toBe('webhook');
      expect(built.dispatcher.providerFor('email')).toBe('outbox');
      await built.dispatcher.stop();
    }
  });

  it('names bad rates and bad URLs', () => {
    const built = dispatcherFromConfig({
      webhooks: { sms: 'ftp://x', call: 'not a url' },
      providerRates: { sms: '10 per second' },
    });
    expect(built).toEqual({
      ok: false,
      problems: [
        {
          code: 'config_rate',
          params: {
            variable: 'SKIPGRAPH_RATE_SMS',
            rate: '10 per second',
            fault: 'shape',
            unit: '',
          },
          message: expect.stringMatching(
            /^SKIPGRAPH_RATE_SMS: rate "10 per second" is not COUNT\/PERIOD/,
          ),
        },
        {
          code: 'config_webhook_url',
          params: { variable: 'SKIPGRAPH_WEBHOOK_SMS' },
          message: 'SKIPGRAPH_WEBHOOK_SMS: not an http(s) URL',
        },
        {
          code: 'config_webhook_url',
          params: { variable: 'SKIPGRAPH_WEBHOOK_CALL' },
          message: 'SKIPGRAPH_WEBHOOK_CALL: not an http(s) URL',
        },
      ],
    });
  });
});

describe('openDispatch', () => {
  it('wires a relay over the configured dispatcher, or names the bad settings', async () => {
    const store = await openSqliteStore(':memory:');
    const deps = { store, clock: () => new Date('2026-03-10T02:00:00Z'), log: silentLog };
    const opened = openDispatch(
      { webhooks: { sms: 'https://sms.example/hook' }, providerRates: { sms: '10/s' } },
      deps,
    );
    expect(opened.ok).toBe(true);
    if (opened.ok) {
      expect(opened.dispatch.relay.providerFor('sms')).toBe('webhook');
      expect(opened.dispatch.relay.handedOverOnCommit('call')).toBe(true);
      await opened.dispatch.shutdown();
    }
    expect(openDispatch({ webhooks: {}, providerRates: { sms: 'lots' } }, deps)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          params: expect.objectContaining({ variable: 'SKIPGRAPH_RATE_SMS' }),
        }),
      ],
    });
    await store.close();
  });
});
