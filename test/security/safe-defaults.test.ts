import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { roleOfKey } from '../../src/api/auth.js';
import { AuthFailures } from '../../src/api/auth-failures.js';
import { resolveKeys } from '../../src/cli/commands/serve.js';
import { parseApiKeys } from '../../src/config/api-keys.js';
import { type Config, loadConfig } from '../../src/config/config.js';
import { isLoopbackHost } from '../../src/config/loopback.js';
import { silentLog } from '../../src/log/log.js';
import { listen, stopAccepting } from '../../src/node/http-listener.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { apiHarness } from '../support/api-harness.js';

function config(env: Record<string, string>): Config {
  const r = loadConfig(env);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.config;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('listening address', () => {
  it('is loopback unless HOST says otherwise', async () => {
    expect(config({}).host).toBe('127.0.0.1');
    expect(config({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    const { server } = await listen(() => new Response('ok'), { host: config({}).host, port: 0 });
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
    await stopAccepting(server);
  });

  it('tells loopback addresses from the others', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['0.0.0.0', '::', '10.0.0.5', '192.168.1.2', 'example.org'].map(isLoopbackHost)).toEqual(
      [false, false, false, false, false],
    );
  });
});

describe('demo keys', () => {
  it('are accepted for the demo database on loopback', async () => {
    const keys = await resolveKeys(config({}), true, silentLog);
    expect(keys instanceof Map && keys.get('demo-admin')).toBe('admin');
  });

  it('are refused on every other interface, as fallback or configured', async () => {
    expect(await resolveKeys(config({ HOST: '0.0.0.0' }), true, silentLog)).toMatchObject({
      message: expect.stringMatching(/demo keys are published and HOST=0.0.0.0 is not loopback/),
    });
    expect(
      await resolveKeys(
        config({ HOST: '::', SKIPGRAPH_API_KEYS: 'demo-admin:admin,team-key-0001:collector' }),
        false,
        silentLog,
      ),
    ).toMatchObject({ message: expect.stringMatching(/published demo key is configured/) });
    const own = await resolveKeys(
      config({ HOST: '0.0.0.0', SKIPGRAPH_API_KEYS: 'team-key-0001:collector' }),
      false,
      silentLog,
    );
    expect(own instanceof Map && own.get('team-key-0001')).toBe('collector');
  });
});

describe('hashed API keys', () => {
  it('are stored as sha256 digests and match the plain key presented', () => {
    const parsed = parseApiKeys(`sha256:${sha256('s3cret-admin-key').toUpperCase()}:admin`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect([...parsed.keys.keys()][0]).toBe(`sha256:${sha256('s3cret-admin-key')}`);
    expect(roleOfKey(parsed.keys, 's3cret-admin-key')).toBe('admin');
    expect(roleOfKey(parsed.keys, 's3cret-admin-kez')).toBeUndefined();
    // The digest itself is not a key.
    expect(roleOfKey(parsed.keys, `sha256:${sha256('s3cret-admin-key')}`)).toBeUndefined();
  });

  it('name a malformed digest', () => {
    expect(parseApiKeys('sha256:abc:admin')).toMatchObject({
      ok: false,
      problem: {
        code: 'config_api_key_digest',
        params: { variable: 'SKIPGRAPH_API_KEYS', entry: 1 },
        message: expect.stringMatching(/64 hexadecimal digits/),
      },
    });
  });

  it('authenticate HTTP requests', async () => {
    const api = apiHarness(await openSqliteStore(':memory:'));
    const keys = new Map([[`sha256:${sha256('hashed-key-123')}`, 'investigator' as const]]);
    const hashed = { ...api.deps, keys };
    const { createApp } = await import('../../src/api/app.js');
    const app = createApp(hashed);
    const ok = await app.request('/v1/me', { headers: { authorization: 'Bearer hashed-key-123' } });
    expect(ok.status).not.toBe(401);
    const bad = await app.request('/v1/persons?q=x', {
      headers: { authorization: 'Bearer hashed-key-124' },
    });
    expect(bad.status).toBe(401);
  });
});

describe('failed authentication', () => {
  it('is slowed down per address with 429 and Retry-After, then forgiven', async () => {
    let now = 1_000_000;
    const failures = new AuthFailures(3, () => now);
    for (let i = 0; i < 3; i++) {
      expect(await failures.retryAfter('10.0.0.9')).toBe(0);
      await failures.fail('10.0.0.9');
    }
    expect(await failures.retryAfter('10.0.0.9')).toBe(60);
    expect(await failures.retryAfter('10.0.0.10')).toBe(0);
    now += 45_000;
    expect(await failures.retryAfter('10.0.0.9')).toBe(15);
    now += 15_000;
    expect(await failures.retryAfter('10.0.0.9')).toBe(0);
  });

  it('answers 429 even for a right key once an address failed too often', async () => {
    const api = apiHarness(await openSqliteStore(':memory:'), {
      limits: { authFailuresPerMinute: 3 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push(
        (
          await api.call('GET', '/v1/persons?q=x', {
            role: null,
            headers: { authorization: 'Bearer wrong-key-1' },
          })
        ).status,
      );
    const blocked = await api.call('GET', '/v1/persons?q=x');
    statuses.push(blocked.status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe(
      'too_many_failed_authentications',
    );
  });
});
