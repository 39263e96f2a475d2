import { createHash } from 'node:crypto';
import {
  PURGE_ACCOUNT,
  type PurgeAuditRecord,
  type PurgeSummary,
} from '../../domain/model/index.js';
import { combinedVersion } from '../../domain/policy/policy-version.js';
import { type RetentionVerdict, retentionOf } from '../../domain/retention/retention-period.js';
import type { GraphStore, RecordCounts } from '../../store/graph-store.js';
import type { PolicySource } from '../policy/policy-registry.js';

/** Accounts read per round trip while scanning the portfolio: bounded memory per page. */
export const ACTIVITY_PAGE = 500;

/** What a retention run needs: the store, the policies in force, a clock and ids. */
export interface RetentionDeps {
  store: Pick<GraphStore, 'accountActivity' | 'countRecords' | 'purgeRecords' | 'appendAudit'> &
    Pick<GraphStore, 'transaction'>;
  registry: PolicySource;
  clock: () => Date;
  newId: () => string;
}

/** One account whose records are past retention. */
export interface ExpiredAccount {
  accountId: string;
  lastActivityAt: string;
  /** When retention ended: `years` after the last activity. */
  until: string;
  years: number;
  policies: { policy: string; years: number }[];
}

/** What a run found and (unless a dry run) removed. */
export interface RetentionReport {
  at: string;
  dryRun: boolean;
  /** Accounts by how they stand: past retention, still kept, or kept because nothing says otherwise. */
  accounts: Record<RetentionVerdict['status'], number>;
  expired: ExpiredAccount[];
  /** Records the expired accounts hold (dry run) or that were removed. */
  records: RecordCounts;
  /** The purge's audit record (absent on a dry run or when nothing expired). */
  purgeId?: string;
  policyVersion: string;
}

/** Scans every account and collects those past retention, with a count of every standing. */
async function scan(deps: RetentionDeps, now: Date): Promise<Omit<RetentionReport, 'records'>> {
  const policies = deps.registry.current();
  const accounts: RetentionReport['accounts'] = {
    expired: 0,
    kept: 0,
    no_period: 0,
    no_policy: 0,
    no_activity: 0,
  };
  const expired: ExpiredAccount[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await deps.store.accountActivity(after, ACTIVITY_PAGE);
    for (const account of page) {
      const verdict = retentionOf(account, policies, now);
      accounts[verdict.status]++;
      if (verdict.status === 'expired')
        expired.push({
          accountId: account.accountId,
          lastActivityAt: verdict.lastActivityAt,
          until: verdict.until,
          years: verdict.years,
          policies: verdict.policies,
        });
    }
    after = page.at(-1)?.accountId;
    if (page.length < ACTIVITY_PAGE || after === undefined) break;
  }
  const used = new Set(expired.flatMap((e) => e.policies.map((p) => p.policy)));
  return {
    at: now.toISOString(),
    dryRun: true,
    accounts,
    expired,
    policyVersion: combinedVersion(policies.filter((p) => used.has(p.id))),
  };
}

/** The distinct retention periods the expired accounts were held to. */
function periodsOf(expired: readonly ExpiredAccount[]): PurgeSummary['periods'] {
  const seen = new Map<string, { policy: string; years: number }>();
  for (const e of expired) for (const p of e.policies) seen.set(`${p.policy}\u0000${p.years}`, p);
  return [...seen.values()].sort((a, b) => a.policy.localeCompare(b.policy));
}

/**
 * Finds the accounts whose records are past the retention their policies require and, unless
 * `dryRun`, purges their attempts, outbox entries and audit records in one transaction that also
 * appends one audit record of the purge (kind `purge`), so the hash chain stays verifiable.
 * @example const report = await purgeExpiredRecords(deps, { dryRun: true }); report.expired.length
 */
export async function purgeExpiredRecords(
  deps: RetentionDeps,
  options: { dryRun: boolean; actor?: string },
): Promise<RetentionReport> {
  const now = deps.clock();
  const found = await scan(deps, now);
  const ids = found.expired.map((e) => e.accountId);
  if (options.dryRun || ids.length === 0)
    return { ...found, records: await deps.store.countRecords(ids) };
  const purgeId = deps.newId();
  const records = await deps.store.transaction(async (tx) => {
    const removed = await tx.purgeRecords(ids, purgeId);
    const record: PurgeAuditRecord = {
      id: purgeId,
      at: now.toISOString(),
      kind: 'purge',
      accountId: PURGE_ACCOUNT,
      inputDigest: createHash('sha256')
        .update(JSON.stringify([found.at, ids]))
        .digest('hex'),
      outcome: 'allow',
      rules: [],
      policyVersion: found.policyVersion,
      purge: { accounts: ids, ...removed, periods: periodsOf(found.expired) },
    };
    if (options.actor !== undefined) record.actor = options.actor;
    await tx.appendAudit(record);
    return removed;
  });
  return { ...found, dryRun: false, records, purgeId };
}
