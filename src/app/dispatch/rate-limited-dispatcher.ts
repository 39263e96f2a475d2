import Bottleneck from 'bottleneck';
import type { Channel } from '../../domain/model/index.js';
import type { Dispatcher, Outgoing, SendResult } from './dispatcher.js';
import type { RateSpec } from './rate-spec.js';

/** A dispatcher whose hand-overs are paced per channel; `stop()` drops the limiters' timers. */
export interface RateLimitedDispatcher extends Dispatcher {
  /** How many hand-overs are waiting for their turn, per channel. */
  waiting(channel: Channel): number;
  /** Stops the limiters: by default after the waiting hand-overs ran; `dropWaiting` rejects them instead. */
  stop(options?: { dropWaiting?: boolean }): Promise<void>;
}

/**
 * Paces each channel's hand-overs with bottleneck so a provider never sees more than `count`
 * in any window of `periodMs`. Spacing starts `periodMs / count` apart (rather than refilling a
 * reservoir each period) keeps that true for every sliding window, not only aligned ones.
 * Channels without a rate pass straight through.
 * @example rateLimited(webhook, { sms: { count: 10, periodMs: 1000 } })
 */
export function rateLimited(
  inner: Dispatcher,
  rates: Readonly<Partial<Record<Channel, RateSpec>>>,
): RateLimitedDispatcher {
  const limiters = new Map<Channel, Bottleneck>();
  for (const [channel, rate] of Object.entries(rates) as [Channel, RateSpec | undefined][]) {
    if (rate)
      limiters.set(channel, new Bottleneck({ minTime: Math.ceil(rate.periodMs / rate.count) }));
  }
  return {
    providerFor: (channel) => inner.providerFor(channel),
    handedOverOnCommit: (channel) => inner.handedOverOnCommit(channel),
    send(out: Outgoing): Promise<SendResult> {
      const limiter = limiters.get(out.channel);
      return limiter ? limiter.schedule(() => inner.send(out)) : inner.send(out);
    },
    waiting(channel) {
      const counts = limiters.get(channel)?.counts();
      // RUNNING in bottleneck means "scheduled, waiting out minTime": not yet handed over.
      return counts ? (counts.RECEIVED ?? 0) + (counts.QUEUED ?? 0) + (counts.RUNNING ?? 0) : 0;
    },
    async stop(options = {}) {
      const dropWaitingJobs = options.dropWaiting ?? false;
      await Promise.all([...limiters.values()].map((l) => l.stop({ dropWaitingJobs })));
    },
  };
}
