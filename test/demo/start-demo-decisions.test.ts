import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_ACTOR, DEMO_DECISIONS } from '../../src/demo/demo-decisions.js';
import { type ServiceProcess, startService } from '../security/service-process.js';

/** The audit log as the compliance officer's key reads it. */
async function auditOf(service: ServiceProcess): Promise<{ id: string; actor?: string }[]> {
  const res = await fetch(`${service.url}/v1/audit?limit=1000`, {
    headers: { authorization: 'Bearer demo-compliance' },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { records: { id: string; actor?: string }[] }).records;
}

/** Stops the process and waits for it to be gone. */
async function stop(service: ServiceProcess): Promise<void> {
  service.child.kill('SIGTERM');
  await service.exited;
}

// `npm start` as a real process: the demo's decisions are made once, on the new database only.
describe('serve --demo and the audit log', () => {
  it('audits the demo decisions on a new database, and never again on a restart', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'skipgraph-demo-audit-')), 'demo.db');
    const ids = DEMO_DECISIONS.map((d) => d.id).sort();
    const first = await startService(['--demo', '--db', db], {});
    try {
      expect(first.output()).toContain('demo guard decisions audited');
      const records = await auditOf(first);
      expect(records.map((r) => r.id).sort()).toEqual(ids);
      expect(new Set(records.map((r) => r.actor))).toEqual(new Set([DEMO_ACTOR]));
    } finally {
      await stop(first);
    }
    const again = await startService(['--demo', '--db', db], {});
    try {
      expect(again.output()).not.toContain('demo data loaded');
      expect(again.output()).not.toContain('demo guard decisions audited');
      expect((await auditOf(again)).map((r) => r.id).sort()).toEqual(ids);
    } finally {
      await stop(again);
    }
  }, 180_000);
});
