import type { Channel, ContactPoint } from '../../domain/model/index.js';

/** One message to hand to a provider: the dispatch it belongs to and what to send where. */
export interface Outgoing {
  dispatchId: string;
  attemptId: string;
  channel: Channel;
  to: ContactPoint;
  message?: string;
}

/**
 * What a provider made of one hand-over. `tries` counts the provider calls made; `error` is a short
 * machine-oriented reason (the provider's answer code, timeout, network code), never the message or the recipient.
 */
export type SendResult = { ok: true; tries: number } | { ok: false; tries: number; error: string };

/**
 * The port to outbound providers (SMS gateways, dialers, mail relays, or the outbox).
 * A dispatcher never throws for a provider failure: it answers `{ok:false}` so the dispatch is marked
 * failed and retriable while the attempt stays recorded.
 */
export interface Dispatcher {
  /** The provider name recorded on dispatches of this channel (e.g. `outbox`, `webhook`). */
  providerFor(channel: Channel): string;
  /**
   * True when storing the dispatch in the outbox table is itself the hand-over: the dispatch then
   * commits as `sent` with the attempt, and `send` is not called after commit.
   */
  handedOverOnCommit(channel: Channel): boolean;
  /** Hands one message over; resolves with the outcome after the dispatcher's own retries. */
  send(out: Outgoing): Promise<SendResult>;
}
