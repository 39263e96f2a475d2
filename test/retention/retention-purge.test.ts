import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { beforeEach, describe, expect, it } from 'vitest';
import { runAuditCommand } from '../../src/cli/commands/audit.js';
import { runRetentionCommand } from '../../src/cli/commands/retention.js';
import { Account, Address, type AuditRecord, Residence } from '../../src/domain/model/index.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { attempt, audit, dispatch, person } from '../contract/contract-fixture.js';

const NOW = '2026-12-02T09:00:00Z';

/** An account of the given jurisdiction whose debtor was last worked at `last` (no records when undefined). */
interface Seed {
  id: string;
  jurisdiction: string;
  last?: string;
  address?: string;
}

const SEEDS: Seed[] = [
  { id: 'US-OLD', jurisdiction: 'US', last: '2022-03-01T10:00:00Z' }, // 3 years passed: purged
  { id: 'US-NEW', jurisdiction: 'US', last: '2025-06-01T10:00:00Z' }, // kept until 2028
  { id: 'CN-4Y', jurisdiction: 'CN', last: '2022-06-01T02:00:00Z' }, // 5 years: kept until 2027
  { id: 'CN-6Y', jurisdiction: 'CN', last: '2020-05-01T02:00:00Z' }, // purged
  { id: 'IE-OLD', jurisdiction: 'IE', last: '2010-01-01T10:00:00Z' }, // no period stated: kept
  { id: 'ZZ-OLD', jurisdiction: 'ZZ', last: '2010-01-01T10:00:00Z' }, // no policy: kept
  { id: 'US-NONE', jurisdiction: 'US' }, // nothing recorded
];
const ATTEMPTS_PER = 3;

async function seed(db: string): Promise<void> {
  const store = await openSqliteStore(db);
  await store.upsertPersons(SEEDS.map((s) => person(`D-${s.id}`, `Debtor ${s.id}`)));
  await store.upsertAccounts(
    SEEDS.map((s) =>
      Account.parse({
        id: s.id,
        debtorId: `D-${s.id}`,
        product: 'personal_loan',
        currency: 'USD',
        principal: 1000,
        balance: 900,
        dueDate: '2019-01-01',
        jurisdiction: s.jurisdiction,
      }),
    ),
  );
  await store.upsertAddresses([
    Address.parse({ id: 'BK', line: '1 Main St', city: 'Brooklyn', region: 'NY', country: 'US' }),
  ]);
  await store.upsertResidences([
    Residence.parse({ personId: 'D-US-OLD', addressId: 'BK', source: 'application' }),
  ]);
  for (const s of SEEDS) {
    if (!s.last) continue;
    const last = Date.parse(s.last);
    for (let i = 0; i < ATTEMPTS_PER; i++) {
      const at = new Date(last - (ATTEMPTS_PER - 1 - i) * 86_400_000).toISOString();
      const id = `${s.id}-T${i}`;
      await store.recordAttempts([attempt(id, at, { accountId: s.id, personId: `D-${s.id}` })]);
      await store.appendAudit(
        audit(`${s.id}-AU${i}`, at, { accountId: s.id, debtorId: `D-${s.id}`, attemptId: id }),
      );
      if (i === 0) await store.enqueueDispatch(dispatch(`${s.id}-OB`, { attemptId: id }));
    }
  }
  await store.close();
}

interface Run {
  code: number;
  out: string;
  err: string;
}

async function retention(db: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const run: Run = { code: 0, out: '', err: '' };
  run.code = await runRetentionCommand(['--db', db, '--at', NOW, ...args], {
    env: { SKIPGRAPH_POLICIES: 'policies', ...env },
    out: (t) => {
      run.out += t;
    },
    err: (t) => {
      run.err += t;
    },
  });
  return run;
}

async function verify(db: string): Promise<Run> {
  const run: Run = { code: 0, out: '', err: '' };
  run.code = await runAuditCommand(['verify', '--db', db], {
    env: {},
    out: (l) => {
      run.out += `${l}\n`;
    },
    err: (l) => {
      run.err += `${l}\n`;
    },
  });
  return run;
}

function counts(db: string): { attempts: number; audit: number; outbox: number; accounts: number } {
  const raw = new Database(db, { readonly: true });
  try {
    const n = (sql: string): number => (raw.prepare(sql).get() as { n: number }).n;
    return {
      attempts: n('SELECT COUNT(*) AS n FROM attempts'),
      audit: n('SELECT COUNT(*) AS n FROM audit'),
      outbox: n('SELECT COUNT(*) AS n FROM outbox'),
      accounts: n('SELECT COUNT(*) AS n FROM accounts'),
    };
  } finally {
    raw.close();
  }
}

describe('skipgraph retention', () => {
  let db: string;
  beforeEach(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'retention-')), 'store.db');
    await seed(db);
  });

  it('lists on a dry run what would go, and changes nothing', async () => {
    const before = counts(db);
    const run = await retention(db, ['--dry-run', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.dryRun).toBe(true);
    expect(report.expired.map((e: { accountId: string }) => e.accountId)).toEqual([
      'CN-6Y',
      'US-OLD',
    ]);
    expect(report.accounts).toEqual({
      expired: 2,
      kept: 2,
      no_period: 1,
      no_policy: 1,
      no_activity: 1,
    });
    expect(report.records).toEqual({ attempts: 6, audit: 6, outbox: 2 });
    const us = report.expired.find((e: { accountId: string }) => e.accountId === 'US-OLD');
    // The Brooklyn address brings the NYC overlay in: three years as well.
    expect(us.policies).toEqual(
      expect.arrayContaining([
        { policy: 'us-reg-f', years: 3 },
        { policy: 'us-ny-nyc', years: 3 },
      ]),
    );
    expect(us.policies).toHaveLength(2);
    expect(us.until).toBe('2025-03-01T10:00:00.000Z');
    expect(counts(db)).toEqual(before);
    const text = await retention(db, ['--dry-run']);
    expect(text.out).toContain('would purge: 6 attempt(s), 6 audit record(s), 2 outbox entries');
    expect(text.out).toContain(
      '- CN-6Y: last activity 2020-05-01T02:00:00.000Z, kept 5 year(s) (cn-collection 5y)',
    );
  });

  it('purges only what is past retention, writes one purge record, and the chain still verifies', async () => {
    const before = counts(db);
    const run = await retention(db, ['--json', '--actor', 'officer-1']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.out);
    expect(report.records).toEqual({ attempts: 6, audit: 6, outbox: 2 });
    expect(counts(db)).toEqual({
      attempts: before.attempts - 6,
      audit: before.audit - 6 + 1,
      outbox: before.outbox - 2,
      accounts: before.accounts,
    });
    const store = await openSqliteStore(db);
    try {
      expect(await store.listAttempts({ accountId: 'US-OLD' })).toEqual([]);
      expect(await store.listAttempts({ accountId: 'US-NEW' })).toHaveLength(ATTEMPTS_PER);
      expect(await store.listAudit({ accountId: 'CN-6Y' })).toEqual([]);
      expect(await store.listAudit({ accountId: 'CN-4Y' })).toHaveLength(ATTEMPTS_PER);
      const [purge] = (await store.listAudit({ accountId: '*' })) as AuditRecord[];
      expect(purge).toMatchObject({
        id: report.purgeId,
        kind: 'purge',
        at: '2026-12-02T09:00:00.000Z',
        actor: 'officer-1',
        purge: { accounts: ['CN-6Y', 'US-OLD'], attempts: 6, audit: 6, outbox: 2 },
      });
    } finally {
      await store.close();
    }
    const v = await verify(db);
    expect(v.err).toBe('');
    expect(v.out).toMatch(/audit chain intact: \d+ records and 6 purged by retention/);
    // A second run finds nothing more to purge and writes no record.
    const again = JSON.parse((await retention(db, ['--json'])).out);
    expect(again.expired).toEqual([]);
    expect(again.purgeId).toBeUndefined();
  });

  it('still refuses to delete an audit record outside a purge', async () => {
    const raw = new Database(db);
    try {
      expect(() => raw.prepare("DELETE FROM audit WHERE id = 'US-NEW-AU0'").run()).toThrow(
        /append-only/,
      );
      raw.prepare("INSERT INTO audit_purged (seq, id, purge_id) VALUES (999999, 'x', 'y')").run();
      expect(() => raw.prepare('DELETE FROM audit_purged').run()).toThrow(/append-only/);
    } finally {
      raw.close();
    }
  });

  it('catches a record removed under a forged tombstone', async () => {
    await retention(db, []);
    const raw = new Database(db);
    const row = raw.prepare("SELECT seq, id FROM audit WHERE id = 'US-NEW-AU1'").get() as {
      seq: number;
      id: string;
    };
    // Whoever deletes a record by hand can write a tombstone, but not the purge record it names.
    raw
      .prepare('INSERT INTO audit_purged (seq, id, purge_id) VALUES (?, ?, ?)')
      .run(row.seq, row.id, 'forged');
    raw.prepare('DELETE FROM audit WHERE seq = ?').run(row.seq);
    raw.close();
    const v = await verify(db);
    expect(v.code).toBe(1);
    expect(v.err).toContain(`audit chain broken at record #${row.seq} (US-NEW-AU1)`);
    expect(v.err).toContain('under a purge that the chain does not record');
  });

  it('purges nothing when a policy file cannot be read, since it might keep records longer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policies-'));
    const { copyFileSync, writeFileSync } = await import('node:fs');
    copyFileSync('policies/us-reg-f.yaml', join(dir, 'us-reg-f.yaml'));
    writeFileSync(join(dir, 'cn-collection.yaml'), 'id: cn-collection\nrules: [\n');
    const before = counts(db);
    const run = await retention(db, [], { SKIPGRAPH_POLICIES: dir });
    expect(run.code).toBe(1);
    expect(run.err).toContain('cn-collection.yaml');
    expect(run.err).toContain('nothing purged');
    expect(counts(db)).toEqual(before);
    // A dry run still reports, with the problem shown.
    const dry = await retention(db, ['--dry-run', '--json'], { SKIPGRAPH_POLICIES: dir });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out).expired.map((e: { accountId: string }) => e.accountId)).toEqual([
      'US-OLD',
    ]);
  });

  it('works on a database written before purges existed (schema 5), once migrated', async () => {
    const raw = new Database(db);
    raw.exec(`DROP TRIGGER audit_no_delete;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
      DROP TRIGGER audit_purged_no_update; DROP TRIGGER audit_purged_no_delete; DROP TABLE audit_purged;
      UPDATE meta SET value = '5' WHERE key = 'schema_version';`);
    raw.close();
    await (await openSqliteStore(db)).close();
    const run = await retention(db, ['--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).records.audit).toBe(6);
    expect((await verify(db)).code).toBe(0);
  });
});
