import type { Decision } from '../../domain/guard/decision.js';
import type { GuardRequest } from '../../domain/guard/guard-context.js';
import type { AttemptLog, GraphReads } from '../../store/graph-store.js';

/**
 * The guard as the outreach use case needs it: a decision read through the caller's transaction,
 * so the attempt history it counts cannot change before the new attempt is recorded.
 * It must fail closed: deny (or throw, which sends nothing) whenever it cannot be sure.
 */
export interface OutreachGuard {
  decideInTx(
    tx: AttemptLog & GraphReads,
    request: GuardRequest,
    at: Date,
  ): Promise<OutreachDecision>;
}

/**
 * The guard's decision, and whom the attempt is made to: the named recipient, else the contact
 * point's only holder; unset when the graph cannot tell who will answer.
 */
export interface OutreachDecision {
  decision: Decision;
  recipientPersonId?: string;
}
