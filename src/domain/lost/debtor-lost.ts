import { instantOf, localTime } from '../guard/local-time.js';
import { FAILED_OUTCOMES, type Outcome } from '../model/index.js';

/**
 * When a policy counts the debtor as lost (the condition for contacting third parties). The CN
 * guideline (中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》, 2026) names three ways:
 * an invalid number (no own route left), the day after 3 consecutive failed calls, 3 days
 * unreachable. A policy sets any of them; none set means the policy never needs the state.
 */
export interface LostParams {
  /** Lost as soon as none of the debtor's own phones or emails is left to try. */
  whenNoOwnRoute: boolean;
  /** Lost after this many failed attempts in a row to the debtor. */
  afterConsecutiveFailures?: number;
  /** `next_day`: lost from the next local midnight after the last of those failures; `at_once`: at it. */
  consecutiveFailuresFrom: 'next_day' | 'at_once';
  /** Lost this many days after the first failed attempt without a right-party contact since. */
  afterDaysUnreachable?: number;
  /** The zone whose midnight starts "the next day". */
  timeZone: string;
}

/** One reason the debtor is lost (or not yet), with a stable code and the figures behind it. */
export interface LostReason {
  code: 'no_own_route' | 'consecutive_failures' | 'days_unreachable';
  params: Record<string, string | number>;
}

/** The derived state: lost since when, and every reason that holds. */
export interface LostState {
  since: string;
  because: LostReason[];
}

/** Why the debtor is not lost yet, and the earliest time one reason could make them lost. */
export interface NotLost {
  code: 'debtor_not_lost';
  params: Record<string, string | number>;
}

/** One attempt to reach the debtor: when, and how it ended (pending attempts have no outcome). */
export interface DebtorAttempt {
  at: string;
  outcome?: Outcome;
}

/** What the lost test reads: the attempts to the debtor, and the debtor's own routes still left. */
export interface LostFacts {
  attempts: readonly DebtorAttempt[];
  ownRoutesLeft: number;
  /** When the last own route was ruled out (invalid, disproved), when none is left. */
  lastOwnRouteLostAt?: string;
}

const DAY_MS = 86_400_000;

function nextLocalMidnight(zone: string, ms: number): number {
  const t = localTime(zone, ms);
  return instantOf(zone, t.year, t.month, t.day, 24 * 60);
}

/** The newest run of failed attempts (oldest first), ending at the newest attempt known at `at`. */
function failureStreak(attempts: readonly DebtorAttempt[], at: number): number[] {
  const known = attempts
    .map((a) => ({ ms: Date.parse(a.at), outcome: a.outcome }))
    .filter((a) => !Number.isNaN(a.ms) && a.ms <= at)
    .sort((x, y) => y.ms - x.ms);
  const streak: number[] = [];
  // A pending attempt (no outcome yet) ends the run: it may have reached the debtor.
  for (const a of known) {
    if (a.outcome === undefined || !FAILED_OUTCOMES.has(a.outcome)) break;
    streak.push(a.ms);
  }
  return streak.reverse();
}

/**
 * Whether the debtor is lost at `at` under `params`, with every reason that holds and since when
 * (the earliest of them); or why not yet, with the figures a collector needs.
 * @example debtorLost({ attempts, ownRoutesLeft: 0, lastOwnRouteLostAt: '2026-11-23T02:00:00Z' }, params, at)
 */
export function debtorLost(
  facts: LostFacts,
  params: LostParams,
  at: Date,
): { lost: LostState } | { notLost: NotLost } {
  const now = at.getTime();
  const because: { reason: LostReason; since: number }[] = [];
  if (params.whenNoOwnRoute && facts.ownRoutesLeft === 0) {
    const since = facts.lastOwnRouteLostAt ? Date.parse(facts.lastOwnRouteLostAt) : now;
    because.push({
      reason: { code: 'no_own_route', params: {} },
      since: Number.isNaN(since) ? now : Math.min(since, now),
    });
  }
  const streak = failureStreak(facts.attempts, now);
  const needed = params.afterConsecutiveFailures;
  let earliest: number | undefined;
  if (needed !== undefined && streak.length >= needed) {
    const nth = streak[needed - 1]!;
    const since =
      params.consecutiveFailuresFrom === 'next_day' ? nextLocalMidnight(params.timeZone, nth) : nth;
    if (since <= now)
      because.push({
        reason: {
          code: 'consecutive_failures',
          params: { failed: streak.length, required: needed },
        },
        since,
      });
    else earliest = since;
  }
  const days = params.afterDaysUnreachable;
  if (days !== undefined && streak.length > 0) {
    const since = streak[0]! + days * DAY_MS;
    if (since <= now)
      because.push({
        reason: {
          code: 'days_unreachable',
          params: { days, firstFailedAt: new Date(streak[0]!).toISOString() },
        },
        since,
      });
    else earliest = earliest === undefined ? since : Math.min(earliest, since);
  }
  if (because.length > 0) {
    const since = Math.min(...because.map((b) => b.since));
    return {
      lost: { since: new Date(since).toISOString(), because: because.map((b) => b.reason) },
    };
  }
  const notLost: NotLost = {
    code: 'debtor_not_lost',
    params: { failedInARow: streak.length, ownRoutesLeft: facts.ownRoutesLeft },
  };
  if (needed !== undefined) notLost.params.requiredFailures = needed;
  if (days !== undefined) notLost.params.requiredDays = days;
  if (earliest !== undefined) notLost.params.lostFrom = new Date(earliest).toISOString();
  return { notLost };
}

/** The reason in English words (the catalogue translates by `code`). */
export function lostReasonText(reason: LostReason): string {
  switch (reason.code) {
    case 'no_own_route':
      return "none of the debtor's own numbers is left to try";
    case 'consecutive_failures':
      return `${reason.params.failed} failed attempts in a row (the policy counts ${reason.params.required})`;
    case 'days_unreachable':
      return `unreachable for ${reason.params.days} days since ${String(reason.params.firstFailedAt).slice(0, 10)}`;
  }
}

/** Why the debtor is not lost yet, in English words. */
export function notLostText(n: NotLost): string {
  const p = n.params;
  const parts = [`${p.failedInARow} failed attempt(s) in a row`];
  if (p.requiredFailures !== undefined) parts[0] += ` of ${p.requiredFailures}`;
  parts.push(`${p.ownRoutesLeft} own route(s) left`);
  if (p.lostFrom !== undefined)
    parts.push(`lost from ${String(p.lostFrom).slice(0, 16)}Z if nothing changes`);
  return `the debtor is not lost yet: ${parts.join('; ')}`;
}
