import { DispatchRelay } from '../app/dispatch/dispatch-relay.js';
import type { SharedPacer } from '../app/dispatch/rate-limited-dispatcher.js';
import type { ConfigProblem } from '../config/config-problem.js';
import type { Log } from '../log/log.js';
import type { Outbox, Transactions } from '../store/graph-store.js';
import { type DispatchConfig, dispatcherFromConfig } from './channel-dispatcher.js';
import type { WebhookOptions } from './webhook-dispatcher.js';

/** The service's dispatch: the relay the outreach routes hand committed dispatches to, and its shutdown. */
export interface OpenDispatch {
  relay: DispatchRelay;
  /** Waits for hand-overs in flight (and those paced behind them), then stops the rate limiters. */
  shutdown(): Promise<void>;
}

export type OpenDispatchResult =
  | { ok: true; dispatch: OpenDispatch }
  | { ok: false; problems: ConfigProblem[] };

/**
 * Builds dispatch from configuration (webhooks per channel, the outbox elsewhere, per-channel rates)
 * over the service's store, clock and log; bad settings are named, never ignored.
 * @example const d = openDispatch(config, { store, clock, log }); if (d.ok) createApp(deps, { modules: [outreachModule({ guard, relay: d.dispatch.relay })] })
 */
export function openDispatch(
  config: DispatchConfig,
  deps: { store: Transactions & Outbox; clock: () => Date; log: Log },
  webhook: Omit<WebhookOptions, 'urls'> = {},
  pacer?: SharedPacer,
): OpenDispatchResult {
  const built = dispatcherFromConfig(config, webhook, pacer);
  if (!built.ok) return built;
  const relay = new DispatchRelay({ ...deps, dispatcher: built.dispatcher });
  return {
    ok: true,
    dispatch: {
      relay,
      async shutdown() {
        await relay.idle();
        await built.dispatcher.stop();
      },
    },
  };
}
