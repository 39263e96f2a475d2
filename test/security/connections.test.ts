import { Agent, request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, stopAccepting } from '../../src/node/http-listener.js';
import { KEYS } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

type Server = Awaited<ReturnType<typeof listen>>['server'];

/** One request over a given agent; resolves with status, headers and body text. */
function send(
  port: number,
  agent: Agent,
  options: { method: string; path: string; body?: string; headers?: Record<string, string> },
): Promise<{ status: number; headers: Record<string, unknown>; body: string; socket: unknown }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        agent,
        method: options.method,
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, socket: req.socket }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** Resolves with what the server wrote and how long it kept the socket once the client started trickling bytes. */
function trickle(
  port: number,
  text: string,
  everyMs: number,
  head = '',
): Promise<{ ms: number; reply: string; sent: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    if (head) socket.write(head);
    let reply = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < text.length && !socket.destroyed) socket.write(text[sent++] ?? '');
    }, everyMs);
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      reply += d;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ms: Date.now() - started, reply, sent });
    });
  });
}

describe('connections and time', () => {
  let server: Server;
  let port: number;
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness({ demo: false });
    const api = svc;
    ({ server, port } = await listen(
      api.app.fetch,
      { host: '127.0.0.1', port: 0 },
      {
        headersMs: 1500,
        requestMs: 3000,
        keepAliveMs: 2000,
      },
    ));
  });
  afterAll(async () => {
    await stopAccepting(server, 1000);
    await svc.close();
  });

  it("answers an oversized body 413 with Connection: close, and the client's next request succeeds", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const auth = { authorization: `Bearer ${KEYS.admin}`, 'content-type': 'application/json' };
    const big = await send(port, agent, {
      method: 'POST',
      path: '/v1/guard/check',
      body: JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) }),
      headers: auth,
    });
    expect(big.status).toBe(413);
    expect(big.headers.connection).toBe('close');
    const next = await send(port, agent, { method: 'GET', path: '/healthz' });
    expect(next.status).toBe(200);
    // An unauthenticated request with a body is answered before the body is read: closed too.
    const unauth = await send(port, agent, {
      method: 'POST',
      path: '/v1/guard/check',
      body: '{"note":"x"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(unauth.status).toBe(401);
    expect(unauth.headers.connection).toBe('close');
    expect((await send(port, agent, { method: 'GET', path: '/healthz' })).status).toBe(200);
    // An error answered after the whole body was read (here a 400 for a wrong field) keeps it.
    const invalid = await send(port, agent, {
      method: 'POST',
      path: '/v1/guard/check',
      body: '{"accountId":5}',
      headers: auth,
    });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.connection).toBe('keep-alive');
    const after = await send(port, agent, { method: 'GET', path: '/healthz' });
    expect(after.socket).toBe(invalid.socket);
    // A success keeps the connection for the next request.
    const a = await send(port, agent, { method: 'GET', path: '/healthz' });
    const b = await send(port, agent, { method: 'GET', path: '/healthz' });
    expect(a.headers.connection).toBe('keep-alive');
    expect(a.socket).toBe(b.socket);
    agent.destroy();
  });

  it('cuts a client that sends its headers one byte a second', async () => {
    const headers = `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'y'.repeat(40)}\r\n\r\n`;
    const slow = await trickle(port, headers, 1000);
    expect(slow.sent).toBeLessThan(headers.length);
    expect(slow.ms).toBeLessThan(6000);
    expect(slow.reply).not.toMatch(/^HTTP\/1\.1 200/);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('cuts a client that sends its body one byte a second', async () => {
    const body = JSON.stringify({ name: 'slow body client' });
    const head = `POST /v1/guard/check HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${KEYS.admin}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const slow = await trickle(port, body, 1000, head);
    expect(slow.sent).toBeLessThan(body.length);
    expect(slow.sent).toBeGreaterThan(1);
    expect(slow.ms).toBeLessThan(8000);
    expect(slow.reply).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle keep-alive connection after its timeout', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await send(port, agent, { method: 'GET', path: '/healthz' });
    const socket = first.socket as Socket;
    const closed = await new Promise<number>((resolve) => {
      const t = Date.now();
      socket.once('close', () => resolve(Date.now() - t));
    });
    expect(closed).toBeLessThan(4000);
    agent.destroy();
  });
});
