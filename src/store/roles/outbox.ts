import type { DispatchRecord, DispatchStatus } from '../../domain/model/index.js';

/** Messages waiting for (or done with) their channel provider. */
export interface Outbox {
  enqueueDispatch(record: DispatchRecord): Promise<void>;
  updateDispatch(
    id: string,
    patch: { status: DispatchStatus; tries?: number; lastError?: string; updatedAt: string },
  ): Promise<void>;
  listOutbox(filter: { status?: DispatchStatus; limit?: number }): Promise<DispatchRecord[]>;
}
