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
 * Spacing shared by every process of the service: reserves the channel's next free slot,
 * `spacingMs` after the one reserved before it, and answers how long to wait for it.
 */
export interface SharedPacer {
  reserve(channel: Channel, spacingMs: number): Promise<number>;
}

/**
 * Paces each channel's hand-overs with bottleneck so a provider never sees more than `count`
 * in any window of `periodMs`. Spacing starts `periodMs / count` apart (rather than refilling a
 * reservoir each period) keeps that true for every sliding window, not only aligned ones.
 * Channels without a rate pass straight through. With a `pacer` (several processes) the spacing
 * is reserved there instead, so all processes together keep to the rate; each process's
 * limiter then only tracks its hand-overs waiting for their slot (`waiting`, `stop`).
 * @example rateLimited(webhook, { sms: { count: 10, periodMs: 1000 } })
 */
export function rateLimited(
  inner: Dispatcher,
  rates: Readonly<Partial<Record<Channel, RateSpec>>>,
  pacer?: SharedPacer,
): RateLimitedDispatcher {
  const limiters = new Map<Channel, Bottleneck>();
  const spacing = new Map<Channel, number>();
  for (const [channel, rate] of Object.entries(rates) as [Channel, RateSpec | undefined][]) {
    if (!rate) continue;
    const minTime = Math.ceil(rate.periodMs / rate.count);
    spacing.set(channel, minTime);
    // With a pacer the slot is reserved as a hand-over arrives (in order) and waited out in the job.
    limiters.set(channel, new Bottleneck(pacer ? {} : { minTime }));
  }
  const paced = async (out: Outgoing): Promise<SendResult> => {
    const wait = await (pacer as SharedPacer).reserve(out.channel, spacing.get(out.channel) ?? 0);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return inner.send(out);
  };
  return {
    providerFor: (channel) => inner.providerFor(channel),
    handedOverOnCommit: (channel) => inner.handedOverOnCommit(channel),
    send(out: Outgoing): Promise<SendResult> {
      const limiter = limiters.get(out.channel);
      if (!limiter) return inner.send(out);
      return limiter.schedule(() => (pacer ? paced(out) : inner.send(out)));
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
