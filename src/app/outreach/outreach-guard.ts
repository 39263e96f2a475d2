import type { Decision } from '../../domain/guard/decision.js';
import type { Channel, ContactPoint } from '../../domain/model/index.js';
import type { GraphStore } from '../../store/graph-store.js';

/** What the guard is asked about one outreach: who is contacted, how, about which account, saying what. */
export interface GuardRequest {
  accountId: string;
  channel: Channel;
  contact: ContactPoint;
  recipientPersonId?: string;
  message?: string;
}

/**
 * The guard as the outreach use case needs it: a decision read through the caller's transaction,
 * so the attempt history it counts cannot change before the new attempt is recorded.
 * It must fail closed: deny (or throw, which sends nothing) whenever it cannot be sure.
 */
export interface OutreachGuard {
  decideInTx(tx: GraphStore, request: GuardRequest, at: Date): Promise<Decision>;
}
