import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startService } from '../security/service-process.js';

/** GET on a connection of its own, so the cluster hands each request to the next worker. */
function get(port: number, path: string, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, agent: false, headers: { authorization: `Bearer ${key}` } },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end();
  });
}

// `serve --workers 2`: two processes on one port and one database, limits shared by both.
describe('serve --workers 2', () => {
  it('answers from both workers, holds the per-key limit for both together, and stops on SIGTERM', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'skipgraph-workers-')), 'demo.db');
    const service = await startService(['--demo', '--db', db, '--workers', '2'], {
      SKIPGRAPH_RATE_LIMIT: '6',
    });
    try {
      // Each worker logs its own listening line, in either order.
      const listening = (w: number) =>
        new RegExp(`"worker":${w}[^\\n]*skipgraph listening`).test(service.output());
      for (let i = 0; i < 600 && !(listening(0) && listening(1)); i++) await sleep(100);
      expect(service.output()).toMatch(/"worker":0[^\n]*skipgraph listening/);
      expect(service.output()).toMatch(/"worker":1[^\n]*skipgraph listening/);

      const statuses: number[] = [];
      for (let i = 0; i < 10; i++)
        statuses.push(await get(service.port, '/v1/me', 'demo-collector'));
      // 6 a minute for the key across the service, not 6 per process.
      expect(statuses.filter((s) => s === 200)).toHaveLength(6);
      expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
      // Another key has its own window.
      expect(await get(service.port, '/v1/me', 'demo-admin')).toBe(200);
      const answered = new Set(
        [...service.output().matchAll(/"worker":(\d)[^\n]*"path":"\/v1\/me"/g)].map((m) => m[1]),
      );
      expect(answered).toEqual(new Set(['0', '1']));
    } finally {
      service.child.kill('SIGTERM');
    }
    expect(await service.exited).toBe(0);
    expect(service.output().match(/finishing requests in flight/g)).toHaveLength(2);
    await expect(get(service.port, '/healthz', 'demo-admin')).rejects.toThrow();
  }, 120_000);
});
