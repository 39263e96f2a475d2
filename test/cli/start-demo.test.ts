import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startService } from '../security/service-process.js';

// What `npm start` runs, as a real process: `serve --demo` on a new database. Its module load order
// differs from the test harnesses' (the demo loads the domain before the API), which once broke
// start-up where every in-process test passed.
describe('npm start', () => {
  it('serves the demo data on a new database, on loopback', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'skipgraph-start-')), 'demo.db');
    const service = await startService(['--demo', '--db', db], {});
    try {
      expect(service.output()).toContain('demo data loaded');
      expect(service.output()).toContain('"host":"127.0.0.1"');
      const health = await fetch(`${service.url}/healthz`);
      expect(health.status).toBe(200);
      const me = await fetch(`${service.url}/v1/me`, {
        headers: { authorization: 'Bearer demo-collector' },
      });
      expect(((await me.json()) as { role: string }).role).toBe('collector');
    } finally {
      service.child.kill('SIGTERM');
      await service.exited;
    }
  }, 90_000);
});
