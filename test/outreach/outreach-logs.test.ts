import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { outboxDispatcher } from '../../src/app/dispatch/outbox-dispatcher.js';
import { byChannel } from '../../src/dispatch/channel-dispatcher.js';
import { webhookDispatcher } from '../../src/dispatch/webhook-dispatcher.js';
import { createPinoLog } from '../../src/log/pino-log.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { dailyCapGuard } from './daily-cap-guard.js';
import { outreachHarness, seedAccount } from './outreach-app.js';
import { answer500, testProvider } from './provider-server.js';

const MESSAGE = '张伟您好，请今天回电处理逾期账户';

describe('outreach logs', () => {
  it('carry ids and outcomes but no phone number, name or message text', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const log = createPinoLog({ level: 'debug', destination, pretty: false });
    const store = await openSqliteStore(':memory:');
    await seedAccount(store);
    const provider = await testProvider(answer500);
    const webhook = webhookDispatcher({ urls: { sms: provider.url }, backoffMs: 1 });
    const h = outreachHarness({
      store,
      guard: dailyCapGuard(2),
      dispatcher: byChannel({ sms: webhook }, outboxDispatcher()),
      log,
    });
    try {
      const sms = {
        accountId: 'A1',
        channel: 'sms',
        to: '13800138000',
        recipientPersonId: 'P1',
        message: MESSAGE,
      };
      expect((await h.post({ ...sms, idempotencyKey: 'log-key-0001' })).status).toBe(201);
      expect(
        (
          await h.post({
            ...sms,
            channel: 'call',
            message: undefined,
            idempotencyKey: 'log-key-0002',
          })
        ).status,
      ).toBe(201);
      expect((await h.post({ ...sms, idempotencyKey: 'log-key-0003' })).status).toBe(403);
      await h.relay.idle();
    } finally {
      await provider.close();
    }
    if (process.env.SHOW_LOGS) console.log(lines.join('\n'));
    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(6);
    expect(lines.filter((l) => !l.includes('"requestId"'))).toEqual([]);
    expect(lines.some((l) => l.includes('"outreach recorded"'))).toBe(true);
    expect(lines.some((l) => l.includes('"outreach denied"'))).toBe(true);
    expect(
      lines.some((l) => l.includes('"dispatch failed; retriable"') && l.includes('HTTP 500')),
    ).toBe(true);
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('张伟');
    expect(text).not.toContain('回电');
    expect(text).not.toContain(provider.url);
  });
});
