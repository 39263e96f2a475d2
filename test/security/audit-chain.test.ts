import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAuditCommand } from '../../src/cli/commands/audit.js';
import type { AuditRecord } from '../../src/domain/model/index.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { callApp } from '../support/api-harness.js';
import { serviceHarness } from '../support/service-harness.js';

function record(i: number): AuditRecord {
  return {
    id: `DEC-${i}`,
    at: `2026-04-05T08:00:${String(i % 60).padStart(2, '0')}Z`,
    kind: 'outreach',
    accountId: `A${i % 3}`,
    debtorId: 'D1',
    channel: 'sms',
    contact: { kind: 'phone', value: '+8613800138000' },
    inputDigest: `digest-${i}`,
    outcome: i % 4 === 0 ? 'deny' : 'allow',
    rules: [],
    policyVersion: 'cn@abc',
    requestId: `req-${i}`,
  };
}

async function verify(db: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runAuditCommand(['verify', '--db', db], {
    env: {},
    out: (l) => {
      out += `${l}\n`;
    },
    err: (l) => {
      err += `${l}\n`;
    },
  });
  return { code, out, err };
}

describe('skipgraph audit verify', () => {
  let db: string;
  beforeEach(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'audit-')), 'store.db');
    // Appends at once, alone and inside transactions, as concurrent decisions make them.
    const store = await openSqliteStore(db);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        i % 2 === 0
          ? store.appendAudit(record(i))
          : store.transaction((tx) => tx.appendAudit(record(i))),
      ),
    );
    await store.close();
  });

  it('finds the chain intact after concurrent appends', async () => {
    const r = await verify(db);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/audit chain intact: 30 records, head [0-9a-f]{64}/);
    expect(r.code).toBe(0);
  });

  it('catches a record edited in the database, and names it', async () => {
    const raw = new Database(db);
    raw.exec('DROP TRIGGER audit_no_update');
    const row = raw
      .prepare('SELECT seq, id, record FROM audit ORDER BY seq LIMIT 1 OFFSET 11')
      .get() as {
      seq: number;
      id: string;
      record: string;
    };
    const edited = row.record.replace(
      /"outcome":"(allow|deny)"/,
      (_m, o) => `"outcome":"${o === 'allow' ? 'deny' : 'allow'}"`,
    );
    expect(edited).not.toBe(row.record);
    raw.prepare('UPDATE audit SET record = ? WHERE seq = ?').run(edited, row.seq);
    raw.close();
    const r = await verify(db);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `audit chain broken at record #${row.seq} (${row.id}): the record was altered or removed`,
    );
    expect(r.err).toMatch(/11 records before it verified/);
  });

  it('catches a record removed from the middle', async () => {
    const raw = new Database(db);
    raw.exec('DROP TRIGGER audit_no_delete');
    raw
      .prepare(
        'DELETE FROM audit WHERE seq = (SELECT seq FROM audit ORDER BY seq LIMIT 1 OFFSET 4)',
      )
      .run();
    raw.close();
    const r = await verify(db);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken at record #5 \(\(missing\)\): the record was altered or removed/);
  });
});

describe('audit records', () => {
  it('carry the request id of the call that asked', async () => {
    const svc = await serviceHarness();
    const res = await callApp(svc.app, 'POST', '/v1/guard/check', {
      body: {
        accountId: 'ACC-CN-001-1',
        channel: 'sms',
        to: '+8618659581681',
        recipientPersonId: 'CN-001',
        message: '您好，请联系我们。',
      },
      headers: { 'x-request-id': 'req-audit-join-1' },
    });
    expect(res.status).toBe(200);
    const [latest] = await svc.store.listAudit({ limit: 1 });
    expect(latest?.requestId).toBe('req-audit-join-1');
    await svc.close();
  });
});
