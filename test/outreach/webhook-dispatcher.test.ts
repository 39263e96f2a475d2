import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Outgoing } from '../../src/app/dispatch/dispatcher.js';
import { webhookDispatcher } from '../../src/dispatch/webhook-dispatcher.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A provider on 127.0.0.1 answering each call with the next handler in `script` (the last repeats). */
async function provider(
  script: ((res: ServerResponse) => void)[],
): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(data) as unknown });
      const handler = script[Math.min(received.length - 1, script.length - 1)];
      handler?.(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, server };
}

const ok = (res: ServerResponse): void => {
  res.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":true}');
};
const fail500 = (res: ServerResponse): void => {
  res.writeHead(500).end('provider down');
};
const never = (): void => {
  // Holds the connection open: the caller's timeout must fire.
};

const out: Outgoing = {
  dispatchId: 'd-1',
  attemptId: 'a-1',
  channel: 'sms',
  to: { kind: 'phone', value: '+8613800138000' },
  message: '请联系我们',
};

describe('webhook dispatcher', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });

  it('POSTs the message as JSON with the dispatch id as idempotency key; a 2xx is sent', async () => {
    const p = await provider([ok]);
    servers.push(p.server);
    const result = await webhookDispatcher({ urls: { sms: p.url }, backoffMs: 1 }).send(out);
    expect(result).toEqual({ ok: true, tries: 1 });
    expect(p.received).toHaveLength(1);
    expect(p.received[0]?.body).toEqual({
      dispatchId: 'd-1',
      attemptId: 'a-1',
      channel: 'sms',
      to: { kind: 'phone', value: '+8613800138000' },
      message: '请联系我们',
    });
    expect(p.received[0]?.headers['idempotency-key']).toBe('d-1');
    expect(p.received[0]?.headers['content-type']).toBe('application/json');
  });

  it('retries after a 500 and succeeds on the second call', async () => {
    const p = await provider([fail500, ok]);
    servers.push(p.server);
    const result = await webhookDispatcher({ urls: { sms: p.url }, backoffMs: 1 }).send(out);
    expect(result).toEqual({ ok: true, tries: 2 });
    expect(p.received).toHaveLength(2);
  });

  it('gives up after 3 calls when the provider keeps failing, naming the status only', async () => {
    const p = await provider([fail500]);
    servers.push(p.server);
    const result = await webhookDispatcher({ urls: { sms: p.url }, backoffMs: 1 }).send(out);
    expect(result).toEqual({ ok: false, tries: 3, error: 'HTTP 500' });
    expect(p.received).toHaveLength(3);
  });

  it('does not retry a 4xx the provider will answer again (bad request)', async () => {
    const p = await provider([(res) => res.writeHead(400).end()]);
    servers.push(p.server);
    const result = await webhookDispatcher({ urls: { sms: p.url }, backoffMs: 1 }).send(out);
    expect(result).toEqual({ ok: false, tries: 1, error: 'HTTP 400' });
  });

  it('times out a provider that never answers, tries 3 times, and fails', async () => {
    const p = await provider([never]);
    servers.push(p.server);
    const result = await webhookDispatcher({
      urls: { sms: p.url },
      backoffMs: 1,
      timeoutMs: 300,
    }).send(out);
    expect(result).toEqual({ ok: false, tries: 3, error: 'timeout after 300ms' });
    expect(p.received).toHaveLength(3);
  });

  it('fails with a network error code when nothing listens', async () => {
    const p = await provider([ok]);
    await new Promise((resolve) => p.server.close(resolve));
    const result = await webhookDispatcher({ urls: { sms: p.url }, backoffMs: 1, tries: 2 }).send(
      out,
    );
    expect(result).toEqual({ ok: false, tries: 2, error: 'network error ECONNREFUSED' });
  });

  it('fails without a call for a channel with no URL', async () => {
    const result = await webhookDispatcher({ urls: {} }).send(out);
    expect(result).toEqual({
      ok: false,
      tries: 0,
      error: 'no webhook URL configured for channel sms',
    });
  });
});
