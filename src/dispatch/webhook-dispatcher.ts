import type { Dispatcher, Outgoing, SendResult } from '../app/dispatch/dispatcher.js';

export interface WebhookOptions {
  /** Where to POST, per channel (from `SKIPGRAPH_WEBHOOK_<CHANNEL>`). */
  urls: Readonly<Record<string, string>>;
  /** Provider calls per hand-over, the first included (default 3). */
  tries?: number;
  /** Per-call timeout in milliseconds (default 5000). */
  timeoutMs?: number;
  /** Wait before the second call; doubled before each further one (default 500 ms). */
  backoffMs?: number;
  /** Injected for tests and runtimes with their own fetch. */
  fetch?: typeof fetch;
}

/** Statuses worth another try: the provider is overloaded or failed transiently. */
function retriable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** A short reason for a failed call; never the URL (it may hold a token), the body or the recipient. */
function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `timeout after ${timeoutMs}ms`;
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return `network error ${cause.code}`;
  return 'network error';
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs each message as JSON to the channel's URL. Only a 2xx answer counts as sent; timeouts,
 * network errors, 408/425/429 and 5xx are tried again with exponential backoff, up to `tries` calls.
 * Every call carries `Idempotency-Key: <dispatchId>` so a provider can drop a duplicate of a retry.
 * @example webhookDispatcher({ urls: { sms: 'https://sms.example/hook' } })
 */
export function webhookDispatcher(options: WebhookOptions): Dispatcher {
  const tries = Math.max(1, options.tries ?? 3);
  const timeoutMs = options.timeoutMs ?? 5000;
  const backoffMs = options.backoffMs ?? 500;
  const doFetch = options.fetch ?? fetch;
  return {
    providerFor: () => 'webhook',
    handedOverOnCommit: () => false,
    async send(out: Outgoing): Promise<SendResult> {
      const url = options.urls[out.channel];
      if (!url)
        return {
          ok: false,
          tries: 0,
          error: `no webhook URL configured for channel ${out.channel}`,
        };
      const body = JSON.stringify({
        dispatchId: out.dispatchId,
        attemptId: out.attemptId,
        channel: out.channel,
        to: out.to,
        message: out.message ?? null,
      });
      let error = 'not tried';
      for (let n = 1; n <= tries; n++) {
        if (n > 1) await sleep(backoffMs * 2 ** (n - 2));
        try {
          const res = await doFetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': out.dispatchId },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
          // Drain the body so the connection can be reused; its content is not needed.
          await res.arrayBuffer().catch(() => undefined);
          if (res.status >= 200 && res.status < 300) return { ok: true, tries: n };
          error = `HTTP ${res.status}`;
          if (!retriable(res.status)) return { ok: false, tries: n, error };
        } catch (e) {
          error = reasonOf(e, timeoutMs);
        }
      }
      return { ok: false, tries, error };
    },
  };
}
