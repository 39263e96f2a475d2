import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyRegistry } from '../../src/app/policy/policy-registry.js';
import { DEMO_ACTOR, DEMO_DECISIONS, recordDemoDecisions } from '../../src/demo/demo-decisions.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import type { AuditRecord } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { EXPECTED } from './demo-decisions-expected.js';

const POLICIES = fileURLToPath(new URL('../../policies', import.meta.url));

/** The demo store with its decisions made on a server clock at `now`, and the policy registry used. */
async function demoWithDecisions(
  now: Date,
): Promise<{ store: GraphStore; registry: PolicyRegistry }> {
  const store = await openSqliteStore(':memory:');
  await loadDemo(store);
  const registry = await PolicyRegistry.open(POLICIES, { watch: false });
  await recordDemoDecisions({ store, registry, clock: () => now });
  return { store, registry };
}

/** The audit records by id, with what the comparison needs. */
function byId(records: AuditRecord[]): Map<string, AuditRecord> {
  return new Map(records.map((r) => [r.id, r]));
}

describe('the demo database starts with real guard decisions', () => {
  const opened: { store: GraphStore; registry: PolicyRegistry }[] = [];
  afterEach(async () => {
    for (const { store, registry } of opened.splice(0)) {
      registry.close();
      await store.close();
    }
  });

  it('audits every demo check with the verdicts and rule ids the guard gives under the policy files', async () => {
    const demo = await demoWithDecisions(new Date('2026-12-08T09:00:00Z'));
    opened.push(demo);
    const records = await demo.store.listAudit({ limit: 1000 });
    expect(records.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(DEMO_DECISIONS.map((d) => d.id)).toEqual(Object.keys(EXPECTED));
    const versions = new Map(demo.registry.snapshot().policies.map((p) => [p.id, p.version]));
    for (const record of records) {
      const expected = EXPECTED[record.id];
      expect(expected, record.id).toBeDefined();
      expect({
        id: record.id,
        kind: record.kind,
        actor: record.actor,
        outcome: record.outcome,
        verdicts: record.rules.map((v) => `${v.id}:${v.code}`),
        policyVersion: record.policyVersion,
      }).toEqual({
        id: record.id,
        kind: 'check',
        actor: DEMO_ACTOR,
        outcome: expected?.outcome,
        verdicts: expected?.verdicts,
        // Each decision names the revision of every policy file it applied.
        policyVersion: expected?.policies.map((id) => `${id}@${versions.get(id)}`).join('+'),
      });
    }
  });

  it('covers both jurisdictions and both outcomes', () => {
    const outcomes = (prefix: string) =>
      new Set(
        DEMO_DECISIONS.filter((d) => d.check.accountId.startsWith(prefix)).map(
          (d) => EXPECTED[d.id]?.outcome,
        ),
      );
    expect(outcomes('ACC-CN-')).toEqual(new Set(['allow', 'deny']));
    expect(outcomes('ACC-US-')).toEqual(new Set(['allow', 'deny']));
  });

  it('are the ones src/demo/README.md lists, each with its outcome and rule', () => {
    const readme = readFileSync(new URL('../../src/demo/README.md', import.meta.url), 'utf8');
    for (const [id, expected] of Object.entries(EXPECTED)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\``)) ?? '';
      expect(row, id).toContain(expected.outcome === 'allow' ? 'allowed' : 'denied');
      for (const verdict of expected.verdicts)
        expect(row, id).toContain(`\`${verdict.split(':')[0]}\``);
    }
  });

  it('comes to the same decisions whatever day the demo is started on', async () => {
    const early = await demoWithDecisions(new Date('2026-11-20T12:00:00Z'));
    const late = await demoWithDecisions(new Date('2031-06-01T03:00:00Z'));
    opened.push(early, late);
    const a = byId(await early.store.listAudit({ limit: 1000 }));
    const b = byId(await late.store.listAudit({ limit: 1000 }));
    expect(a.size).toBe(DEMO_DECISIONS.length);
    for (const [id, record] of a) {
      const other = b.get(id);
      expect(other?.outcome, id).toBe(record.outcome);
      expect(other?.rules, id).toEqual(record.rules);
      // The digest covers the instant asked about, not the server's clock.
      expect(other?.inputDigest, id).toBe(record.inputDigest);
      expect(other?.at, id).not.toBe(record.at);
    }
  });
});
