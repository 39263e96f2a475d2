import { describe, expect, it, onTestFinished } from 'vitest';
import {
  MAX_INBOUND_REPLY_CHARS,
  MAX_OUTBOUND_MESSAGE_CHARS,
} from '../../src/api/message-limits.js';
import { serviceHarness } from '../support/service-harness.js';

interface ErrorBody {
  error: { code: string; details?: { path: string }[] };
}

describe('one length limit for a message sent and its guard preview; its own for a reply', () => {
  it('the guard check refuses exactly the messages the outreach refuses', async () => {
    const h = await serviceHarness();
    onTestFinished(() => h.close());
    const contact = { accountId: 'ACC-CN-001-1', channel: 'sms', to: '+8618659581681' };
    const guard = (message: string) =>
      h.call('POST', '/v1/guard/check', { role: 'collector', body: { ...contact, message } });
    const send = (message: string, key: string) =>
      h.call('POST', '/v1/outreach', {
        role: 'collector',
        body: { ...contact, message, idempotencyKey: `limit-test-${key}` },
      });
    for (const [message, key] of [
      ['x'.repeat(MAX_OUTBOUND_MESSAGE_CHARS + 1), 'long'],
      ['', 'empty'],
    ] as const) {
      for (const res of [await guard(message), await send(message, key)]) {
        expect(res.status).toBe(400);
        const body = (await res.json()) as ErrorBody;
        expect(body.error.code).toBe('invalid_input');
        expect(body.error.details?.map((d) => d.path)).toEqual(['message']);
      }
    }
    expect((await guard('您好'.repeat(MAX_OUTBOUND_MESSAGE_CHARS / 2))).status).toBe(200);
  });

  it('an inbound reply may be longer than what we send (it may quote it), up to its own limit', async () => {
    const h = await serviceHarness();
    onTestFinished(() => h.close());
    const reply = (text: string) =>
      h.call('POST', '/v1/inbound', {
        role: 'collector',
        body: { channel: 'sms', from: '+8618659581681', text },
      });
    expect(MAX_INBOUND_REPLY_CHARS).toBeGreaterThan(MAX_OUTBOUND_MESSAGE_CHARS);
    expect((await reply('x'.repeat(MAX_INBOUND_REPLY_CHARS))).status).toBeLessThan(300);
    expect((await reply('x'.repeat(MAX_INBOUND_REPLY_CHARS + 1))).status).toBe(400);
  });
});
