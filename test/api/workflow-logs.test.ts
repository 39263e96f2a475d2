import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPinoLog } from '../../src/log/pino-log.js';
import { serviceHarness } from '../support/service-harness.js';

describe('logs of a full collector workflow', () => {
  it('carry request ids but no complete phone number, no name and no message text', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const log = createPinoLog({ level: 'debug', destination: sink, pretty: false });
    // 15:00 UTC: 10:00 in New York, inside Regulation F's window.
    const svc = await serviceHarness({ log, now: new Date('2026-11-20T15:00:00Z') });
    const message = 'Hi Mary, this is Acme Recovery. Please call us back. Reply STOP to opt out.';
    const phone = '+16467733619';
    try {
      expect(
        (await svc.call('GET', '/v1/persons?q=Mary%20Rodriguez', { role: 'collector' })).status,
      ).toBe(200);
      expect(
        (
          await svc.call('GET', `/v1/phones/${encodeURIComponent(phone)}/links`, {
            role: 'investigator',
          })
        ).status,
      ).toBe(200);
      expect(
        (await svc.call('GET', '/v1/debtors/US-001/routes?channel=sms', { role: 'collector' }))
          .status,
      ).toBe(200);
      const check = await svc.call('POST', '/v1/guard/check', {
        role: 'collector',
        body: { accountId: 'ACC-US-001-1', channel: 'sms', to: phone, message },
      });
      expect(check.status).toBe(200);
      const sent = await svc.call('POST', '/v1/outreach', {
        role: 'collector',
        body: {
          accountId: 'ACC-US-001-1',
          channel: 'sms',
          to: phone,
          message,
          idempotencyKey: 'workflow-log-1',
        },
      });
      expect(sent.status).toBe(201);
      const { attemptId } = (await sent.json()) as { attemptId: string };
      const outcome = await svc.call('POST', `/v1/attempts/${attemptId}/outcome`, {
        role: 'collector',
        body: { outcome: 'right_party', note: 'Mary promised to call back' },
      });
      expect(outcome.status).toBe(200);
      const denied = await svc.call('POST', '/v1/outreach', {
        role: 'collector',
        body: {
          accountId: 'ACC-US-001-1',
          channel: 'sms',
          to: phone,
          message: 'Mary, you will go to jail',
          idempotencyKey: 'workflow-log-2',
        },
      });
      expect(denied.status).toBe(403);
      const ingest = await svc.call('POST', '/v1/ingest', {
        role: 'investigator',
        raw: '{"type":"person","id":"LOG-1","name":"Mary Secret"}\n{"type":"phone","personId":"LOG-1","number":"+1 212 209 8207","source":"bureau"}\n{"type":"phone","personId":"LOG-1","number":"+1 212 000 0000","source":"bureau"}\n',
        contentType: 'application/x-ndjson',
      });
      expect(ingest.status).toBe(200);
    } finally {
      await svc.close();
    }
    expect(lines.length).toBeGreaterThan(8);
    const text = lines.join('\n');
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('requestId');
    expect(text).not.toMatch(/\+?1?6467733619|2122098207|2120000000/);
    expect(text).not.toMatch(/Mary|Rodriguez|Secret/);
    expect(text).not.toContain('Acme Recovery');
    expect(text).not.toContain('jail');
    expect(text).not.toContain('promised');
  });
});
