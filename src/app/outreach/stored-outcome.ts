import type { Decision } from '../../domain/guard/decision.js';
import type { DispatchStatus } from '../../domain/model/index.js';

/** What an allowed outreach comes to: the attempt, the decision and the dispatch it queued. */
export interface OutreachAccepted {
  attemptId: string;
  decisionId: string;
  decision: Decision;
  dispatch: { id: string; status: DispatchStatus; provider: string };
}

/**
 * What the first request of an idempotency key came to, as its receipt keeps it: the use case's
 * outcome, which each edge answers in its own form.
 */
export type StoredOutcome =
  | { kind: 'accepted'; accepted: OutreachAccepted }
  | { kind: 'guard_denied'; message: string; decision: Decision };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a receipt's stored outcome, in either shape: `{kind, …}` as written now, or the answer body
 * receipts held before they kept the outcome (an accepted body is the OutreachAccepted itself; a
 * denied body is `{error: {code: 'guard_denied', message, details: decision}}`). Undefined when it
 * is neither: the caller refuses to replay rather than guess.
 */
export function readStoredOutcome(stored: unknown): StoredOutcome | undefined {
  if (!isObject(stored)) return undefined;
  if (stored.kind === 'accepted' && isObject(stored.accepted))
    return { kind: 'accepted', accepted: stored.accepted as unknown as OutreachAccepted };
  if (
    stored.kind === 'guard_denied' &&
    typeof stored.message === 'string' &&
    isObject(stored.decision)
  )
    return {
      kind: 'guard_denied',
      message: stored.message,
      decision: stored.decision as unknown as Decision,
    };
  // The earlier shape: the answer body itself.
  if (typeof stored.attemptId === 'string' && isObject(stored.decision))
    return { kind: 'accepted', accepted: stored as unknown as OutreachAccepted };
  const error = stored.error;
  if (
    isObject(error) &&
    error.code === 'guard_denied' &&
    typeof error.message === 'string' &&
    isObject(error.details)
  )
    return {
      kind: 'guard_denied',
      message: error.message,
      decision: error.details as unknown as Decision,
    };
  return undefined;
}
