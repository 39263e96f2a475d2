import type { DispatchRecord, DispatchStatus } from '../../domain/model/index.js';
import type { Log } from '../../log/log.js';
import type { Outbox } from '../../store/graph-store.js';
import type { Dispatcher, SendResult } from './dispatcher.js';

/** What one hand-over left on the dispatch record. */
export interface Delivery {
  id: string;
  status: DispatchStatus;
  provider: string;
  tries: number;
  lastError?: string;
}

export interface DispatchRelayDeps {
  store: Outbox;
  dispatcher: Dispatcher;
  clock: () => Date;
  log: Log;
}

/**
 * Hands committed dispatch records to the dispatcher and writes the outcome back (the relay of a
 * transactional outbox): the attempt and its queued dispatch are committed first, so a provider
 * failure only marks the dispatch `failed` with its tries and last error, never loses the attempt.
 * Message bodies and recipients are never logged.
 * @example const relay = new DispatchRelay({ store, dispatcher, clock, log }); await relay.deliver(record)
 */
export class DispatchRelay {
  private readonly pending = new Set<Promise<Delivery>>();

  constructor(private readonly deps: DispatchRelayDeps) {}

  /** The provider name a new dispatch on this channel is recorded with. */
  providerFor(channel: DispatchRecord['channel']): string {
    return this.deps.dispatcher.providerFor(channel);
  }

  /** True when the outbox row committed with the attempt is the hand-over itself (no provider call). */
  handedOverOnCommit(channel: DispatchRecord['channel']): boolean {
    return this.deps.dispatcher.handedOverOnCommit(channel);
  }

  /**
   * Hands one committed record over and records the outcome; resolves once both are done.
   * `log` is the requesting call's logger, so the hand-over's lines carry its request id.
   */
  deliver(record: DispatchRecord, log: Log = this.deps.log): Promise<Delivery> {
    const run = this.run(record, log);
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
    return run;
  }

  /** Resolves when every hand-over started so far has finished (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Hands over records left `queued` (e.g. by a crash between commit and hand-over); returns how many. */
  async resumeQueued(limit = 1000): Promise<number> {
    const queued = await this.deps.store.listOutbox({ status: 'queued', limit });
    for (const record of queued) void this.deliver(record);
    return queued.length;
  }

  private async run(record: DispatchRecord, log: Log): Promise<Delivery> {
    const { store, dispatcher, clock } = this.deps;
    let result: SendResult;
    try {
      const out = {
        dispatchId: record.id,
        attemptId: record.attemptId,
        channel: record.channel,
        to: record.to,
      };
      result = await dispatcher.send(
        record.message === undefined ? out : { ...out, message: record.message },
      );
    } catch (error) {
      // A dispatcher should answer {ok:false}; one that throws still only fails this dispatch.
      log.error({ dispatchId: record.id, err: error }, 'dispatcher threw');
      result = { ok: false, tries: 1, error: 'dispatcher error' };
    }
    const tries = record.tries + result.tries;
    const delivery: Delivery = result.ok
      ? { id: record.id, status: 'sent', provider: record.provider, tries }
      : {
          id: record.id,
          status: 'failed',
          provider: record.provider,
          tries,
          lastError: result.error,
        };
    const patch = { status: delivery.status, tries, updatedAt: clock().toISOString() };
    try {
      await store.updateDispatch(
        record.id,
        delivery.lastError === undefined ? patch : { ...patch, lastError: delivery.lastError },
      );
    } catch (error) {
      // The provider has the message; the record stays queued and a resume re-sends it with the same
      // idempotency key, which the provider can drop.
      log.error({ dispatchId: record.id, err: error }, 'dispatch outcome could not be stored');
    }
    const line = {
      dispatchId: record.id,
      attemptId: record.attemptId,
      channel: record.channel,
      provider: record.provider,
      status: delivery.status,
      tries,
    };
    if (result.ok) log.info(line, 'dispatched');
    else log.warn({ ...line, lastError: result.error }, 'dispatch failed; retriable');
    return delivery;
  }
}
