import { type Attempt, FAILED_OUTCOMES, type Outcome } from '../model/index.js';
import type { PathCandidate } from './evidence-paths.js';
import { MOVED_ON_FAILURE_ODDS, MOVED_ON_PRIOR } from './ranking-parameters.js';

/** A failed call to one of the debtor's own numbers, and when it was placed. */
export interface OwnFailure {
  contactKey: string;
  atMs: number;
  /** `gone`: the number proved dead or someone else's; `unanswered`: nobody picked up. */
  kind: 'gone' | 'unanswered';
}

/** Outcomes that show the debtor was reached (on any route): the doubt starts afresh after them. */
const REACHED: ReadonlySet<Outcome> = new Set<Outcome>([
  'right_party',
  'promise_to_pay',
  'refused',
  'cease_request',
]);

/**
 * The failed calls to the debtor's own numbers (`ownKeys`, contact keys) since the debtor was
 * last reached, as known at `at`, oldest first.
 */
export function ownFailures(
  attempts: readonly Attempt[],
  debtorId: string,
  ownKeys: ReadonlySet<string>,
  keyOf: (a: Attempt) => string,
  at: Date,
): OwnFailure[] {
  const now = at.getTime();
  const known = attempts
    .filter((a) => a.outcome !== undefined && Date.parse(a.outcomeAt ?? a.at) <= now)
    .map((a) => ({ a, atMs: Date.parse(a.at) }))
    .filter((x) => !Number.isNaN(x.atMs))
    .sort((x, y) => x.atMs - y.atMs);
  let failures: OwnFailure[] = [];
  for (const { a, atMs } of known) {
    if (a.personId !== undefined && a.personId !== debtorId) continue;
    const outcome = a.outcome as Outcome;
    if (REACHED.has(outcome)) failures = [];
    else if (FAILED_OUTCOMES.has(outcome) && ownKeys.has(keyOf(a)))
      failures.push({
        contactKey: keyOf(a),
        atMs,
        kind: outcome === 'no_answer' || outcome === 'busy' ? 'unanswered' : 'gone',
      });
  }
  return failures;
}

/**
 * The failed calls that count against one own number (`contactKey`): those to the debtor's other
 * known numbers placed after this number's newest evidence (`evidenceMs`). The number's own
 * failures are left out, its own history (the live-line model) already weighs them; failures
 * older than its evidence too: a number learnt after them may be where the debtor went.
 */
export function failuresSince(
  failures: readonly OwnFailure[],
  contactKey: string,
  evidenceMs?: number,
): OwnFailure[] {
  return failures.filter(
    (f) => f.contactKey !== contactKey && (evidenceMs === undefined || f.atMs > evidenceMs),
  );
}

/**
 * The shared doubt on the debtor's own numbers: the debtor may have moved on to a number the file
 * does not hold (MOVED_ON_PRIOR), and each failed call to their other known numbers makes that
 * likelier (MOVED_ON_FAILURE_ODDS). Returns the factor on a number's estimate,
 * P(not moved on | the failures) / P(not moved on): 1 with none, 0.75 after one unanswered call,
 * 0.5 after one number proved gone, 0.36 after three unanswered calls.
 */
export function movedOnFactor(failed: readonly OwnFailure[]): number {
  if (failed.length === 0) return 1;
  let odds = 1;
  for (const f of failed) odds *= MOVED_ON_FAILURE_ODDS[f.kind];
  const stayed = (1 - MOVED_ON_PRIOR) / odds;
  return stayed / (stayed + MOVED_ON_PRIOR) / (1 - MOVED_ON_PRIOR);
}

/** When the newest evidence of the paths' links to the contact point was seen (ms), if dated. */
export function newestEvidenceMs(paths: readonly PathCandidate[]): number | undefined {
  let newest: number | undefined;
  for (const p of paths) {
    const seen = p.hops[p.hops.length - 1]?.lastSeen;
    const ms = seen === undefined ? Number.NaN : Date.parse(seen);
    if (!Number.isNaN(ms) && (newest === undefined || ms > newest)) newest = ms;
  }
  return newest;
}
