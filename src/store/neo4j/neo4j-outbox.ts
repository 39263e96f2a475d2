import type { DispatchRecord, DispatchStatus } from '../../domain/model/index.js';
import { clampLimit, MAX_LIST_LIMIT } from '../port-rules.js';
import type { Outbox } from '../roles/outbox.js';
import { dispatchFromProps } from './neo4j-rows.js';
import { type Neo4jSession, NO_LIMIT, propsOf } from './neo4j-session.js';

/** The outbox in Neo4j, in the order dispatches were queued. */
export class Neo4jOutbox implements Outbox {
  constructor(private readonly s: Neo4jSession) {}

  /** Queues a dispatch; an id already queued is a StoreConflictError (the uniqueness constraint). */
  async enqueueDispatch(r: DispatchRecord): Promise<void> {
    const dispatch = {
      id: r.id,
      attemptId: r.attemptId,
      channel: r.channel,
      toKind: r.to.kind,
      toValue: r.to.value,
      message: r.message ?? null,
      provider: r.provider,
      status: r.status,
      tries: r.tries,
      lastError: r.lastError ?? null,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
    await this.s.write((tx) => this.s.run(tx, 'enqueue-dispatch', { dispatch }));
  }

  async updateDispatch(
    id: string,
    patch: { status: DispatchStatus; tries?: number; lastError?: string; updatedAt: string },
  ): Promise<void> {
    await this.s.write((tx) =>
      this.s.run(tx, 'update-dispatch', {
        id,
        status: patch.status,
        tries: patch.tries ?? null,
        lastError: patch.lastError ?? null,
        updatedAt: patch.updatedAt,
      }),
    );
  }

  /** Outbox records in the order they were queued; every match unless `limit` is given. */
  async listOutbox(filter: { status?: DispatchStatus; limit?: number }): Promise<DispatchRecord[]> {
    const limit = filter.limit === undefined ? NO_LIMIT : clampLimit(filter.limit, MAX_LIST_LIMIT);
    const { status } = filter;
    // One file per filter: `$status IS NULL OR …` would keep the planner from the index.
    const rows = await this.s.read((tx) =>
      status === undefined
        ? this.s.run(tx, 'list-outbox', { limit })
        : this.s.run(tx, 'list-outbox-by-status', { status, limit }),
    );
    return rows.map((row) => dispatchFromProps(propsOf(row, 'dispatch') ?? {}));
  }
}
