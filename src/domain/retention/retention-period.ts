import { applicablePolicies } from '../guard/decide.js';
import type { Address } from '../model/index.js';
import type { CompiledPolicy } from '../policy/compile-policy.js';
import { jurisdictionsOf } from '../policy/place-jurisdictions.js';

/** What the retention of one account depends on: where it is collected and when it was last worked. */
export interface AccountActivity {
  accountId: string;
  debtorId: string;
  jurisdiction: string;
  /** The debtor's current address: a state or city overlay may keep records longer. */
  debtorAddress?: Pick<Address, 'country' | 'region' | 'city' | 'postcode'>;
  /** The latest attempt, decision, promise or payment on the account; absent when it has none. */
  lastActivityAt?: string;
}

/** How one account stands against the retention its policies require. */
export type RetentionVerdict =
  | {
      status: 'expired' | 'kept';
      /** The longest period among the applicable policies that state one. */
      years: number;
      policies: { policy: string; years: number }[];
      lastActivityAt: string;
      /** When the records may go: `years` after the last activity. */
      until: string;
    }
  /** No applicable policy states a period: nothing is purged (the law's minimum is unknown). */
  | { status: 'no_period'; policies: string[] }
  /** No policy applies to the account at all: nothing is purged. */
  | { status: 'no_policy' }
  /** Nothing was ever recorded on the account, so there is nothing to purge. */
  | { status: 'no_activity' };

/** `at` plus whole calendar years in UTC (29 February rolls over to 1 March). */
export function addYears(at: Date, years: number): Date {
  const d = new Date(at.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/**
 * Whether an account's records are past retention at `now`: every policy that applies to the
 * account (its jurisdiction and its debtor's current address) and states a period is honoured, so
 * the longest wins; a policy that states none does not shorten it, and with none stated at all the
 * records are kept.
 * @example retentionOf({ accountId: 'A1', debtorId: 'D1', jurisdiction: 'US', lastActivityAt: '2022-01-01T00:00:00Z' }, policies, new Date('2026-12-02T00:00:00Z')) // { status: 'expired', years: 3, … }
 */
export function retentionOf(
  account: AccountActivity,
  policies: readonly CompiledPolicy[],
  now: Date,
): RetentionVerdict {
  const applicable = applicablePolicies(
    policies,
    jurisdictionsOf(account.jurisdiction, account.debtorAddress),
  );
  if (applicable.length === 0) return { status: 'no_policy' };
  const periods = applicable.flatMap((p) =>
    p.source.retention ? [{ policy: p.id, years: p.source.retention.years }] : [],
  );
  if (periods.length === 0) return { status: 'no_period', policies: applicable.map((p) => p.id) };
  if (account.lastActivityAt === undefined) return { status: 'no_activity' };
  const years = Math.max(...periods.map((p) => p.years));
  const until = addYears(new Date(account.lastActivityAt), years);
  return {
    status: until.getTime() <= now.getTime() ? 'expired' : 'kept',
    years,
    policies: periods,
    lastActivityAt: account.lastActivityAt,
    until: until.toISOString(),
  };
}
