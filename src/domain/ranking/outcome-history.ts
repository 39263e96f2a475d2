import type { Attempt, Outcome } from '../model/index.js';
import {
  BROKEN_PROMISE_EVIDENCE,
  BUSY_RUN_WEIGHT,
  LIVE_ANSWER_RATE,
  OUTCOME_EVIDENCE,
  OUTCOME_HALF_LIFE_DAYS,
  PRIOR_STRENGTH,
  THIRD_PARTY_REACHED_ON_THIRD_PARTY_ROUTE,
} from './ranking-parameters.js';
import { ageInDays } from './recency.js';

/** An attempt's outcome and when it was recorded. */
export interface DatedOutcome {
  outcome: Outcome;
  at: string;
  atMs: number;
  /** A promise to pay taken on this attempt that was broken (its day passed unpaid). */
  brokenPromise?: true;
}

/** What the attempts on one contact point say: weighted successes and failures, and the notable outcomes. */
export interface OutcomeHistory {
  success: number;
  failure: number;
  /** Outcomes in time order (oldest first). */
  outcomes: DatedOutcome[];
}

/** When an attempt's outcome became known: its outcomeAt, else the attempt time. */
export function outcomeTime(attempt: Attempt): string {
  return attempt.outcomeAt ?? attempt.at;
}

/**
 * The attempts' outcomes known at `at`, oldest first (ties by attempt id, so the order is stable);
 * the promises among them whose attempt id is in `brokenPromises` are marked broken.
 */
export function datedOutcomes(
  attempts: readonly Attempt[],
  at: Date,
  brokenPromises: ReadonlySet<string> = new Set(),
): DatedOutcome[] {
  const out: (DatedOutcome & { id: string })[] = [];
  for (const a of attempts) {
    if (a.outcome === undefined) continue;
    const when = outcomeTime(a);
    const ms = Date.parse(when);
    if (Number.isNaN(ms) || ms > at.getTime() || Date.parse(a.at) > at.getTime()) continue;
    out.push({ outcome: a.outcome, at: when, atMs: ms, id: a.id });
  }
  out.sort((x, y) => x.atMs - y.atMs || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return out.map(({ outcome, at: when, atMs, id }) =>
    outcome === 'promise_to_pay' && brokenPromises.has(id)
      ? { outcome, at: when, atMs, brokenPromise: true }
      : { outcome, at: when, atMs },
  );
}

/**
 * Sums the evidence of the outcomes, each weighted by 0.5^(age / half-life); on third-party routes
 * reaching the third party is a success; on a workplace route (`workplace`) a switchboard that
 * answered without putting the debtor through is weighed by the put-through model, not here.
 */
export function outcomeHistory(
  outcomes: readonly DatedOutcome[],
  at: Date,
  thirdPartyRoute: boolean,
  workplace = false,
): OutcomeHistory {
  let success = 0;
  let failure = 0;
  for (const o of outcomes) {
    const weight = 0.5 ** ((ageInDays(o.at, at) ?? 0) / OUTCOME_HALF_LIFE_DAYS);
    const evidence =
      thirdPartyRoute && o.outcome === 'third_party'
        ? THIRD_PARTY_REACHED_ON_THIRD_PARTY_ROUTE
        : o.brokenPromise
          ? BROKEN_PROMISE_EVIDENCE
          : OUTCOME_EVIDENCE[o.outcome];
    if (!evidence || (workplace && o.outcome === 'third_party')) continue;
    success += weight * evidence.success;
    failure += weight * evidence.failure;
  }
  return { success, failure, outcomes: [...outcomes] };
}

/** Mean of the Beta posterior whose prior is the graph's estimate worth PRIOR_STRENGTH attempts. */
export function posteriorMean(
  prior: number,
  history: Pick<OutcomeHistory, 'success' | 'failure'>,
): number {
  const p = Math.min(1, Math.max(0, prior));
  const alpha = p * PRIOR_STRENGTH + history.success;
  const beta = (1 - p) * PRIOR_STRENGTH + history.failure;
  return alpha + beta === 0 ? 0 : alpha / (alpha + beta);
}

/**
 * The run of calls since the last answered one that did not reach whom they were for (no answer 1,
 * busy BUSY_RUN_WEIGHT); on a workplace route (`workplace`) a switchboard's `third_party` counts 1:
 * someone answered, but the debtor was not put through.
 */
export function unansweredRun(outcomes: readonly DatedOutcome[], workplace = false): number {
  let n = 0;
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!.outcome;
    if (o === 'no_answer' || (workplace && o === 'third_party')) n += 1;
    else if (o === 'busy') n += BUSY_RUN_WEIGHT;
    else break;
  }
  return n;
}

/**
 * The live-line update: the estimate q after `run` calls that did not reach the person, each of
 * which would have with `rate` had the route been good (LIVE_ANSWER_RATE; PUT_THROUGH_RATE at work).
 */
export function afterUnanswered(q: number, run: number, rate = LIVE_ANSWER_RATE): number {
  if (run <= 0) return q;
  const m = (1 - rate) ** run;
  const denominator = q * m + 1 - q;
  return denominator <= 0 ? 0 : (q * m) / denominator;
}
