import type { DispatchRecord } from '../../domain/model/index.js';
import type { Log } from '../../log/log.js';
import type { Outbox, Transactions } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import type { Delivery, DispatchRelay } from './dispatch-relay.js';

/** How long after its attempt a failed dispatch may be retried: the guard's allow was for that moment. */
export const RETRY_WINDOW_MS = 15 * 60_000;

export interface RetryDeps {
  store: Transactions & Outbox;
  relay: DispatchRelay;
  clock: () => Date;
  log: Log;
}

/**
 * Hands a failed dispatch to its provider again and records the outcome. The record is claimed
 * (`failed` → `queued`) in a transaction first, so two concurrent retries send once. Only within
 * RETRY_WINDOW_MS of the attempt: later, the guard's decision may no longer hold (time window,
 * caps), so a new outreach must be sent and decided instead.
 * @throws AppError not_found (dispatch_not_found); conflict (dispatch_not_failed, dispatch_retry_expired)
 * @example await retryDispatch({ store, relay, clock }, 'd-1')
 */
export async function retryDispatch(
  deps: RetryDeps,
  id: string,
  windowMs = RETRY_WINDOW_MS,
): Promise<Delivery> {
  const now = deps.clock();
  const claimed = await deps.store.transaction(async (tx: Outbox): Promise<DispatchRecord> => {
    const failed = (await tx.listOutbox({ status: 'failed' })).find((r) => r.id === id);
    if (!failed) {
      const known = (await tx.listOutbox({})).find((r) => r.id === id);
      if (!known)
        throw new AppError('not_found', 'dispatch_not_found', `no dispatch with id ${id}`, {
          params: { id },
        });
      throw new AppError(
        'conflict',
        'dispatch_not_failed',
        `dispatch ${id} is ${known.status}; only a failed dispatch can be retried`,
        { params: { id, status: known.status } },
      );
    }
    if (now.getTime() - Date.parse(failed.createdAt) > windowMs) {
      throw new AppError(
        'conflict',
        'dispatch_retry_expired',
        `dispatch ${id} is older than ${Math.round(windowMs / 60_000)} minutes; send a new outreach so the guard decides again`,
        { params: { id, minutes: Math.round(windowMs / 60_000) } },
      );
    }
    const updatedAt = now.toISOString();
    await tx.updateDispatch(id, { status: 'queued', updatedAt });
    return { ...failed, status: 'queued', updatedAt };
  });
  return deps.relay.deliver(claimed, deps.log);
}
