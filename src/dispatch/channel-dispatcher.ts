import type { Dispatcher } from '../app/dispatch/dispatcher.js';
import { outboxDispatcher } from '../app/dispatch/outbox-dispatcher.js';
import {
  type RateLimitedDispatcher,
  rateLimited,
  type SharedPacer,
} from '../app/dispatch/rate-limited-dispatcher.js';
import { parseProviderRates } from '../app/dispatch/rate-spec.js';
import { type ConfigProblem, configProblem } from '../config/config-problem.js';
import type { Channel } from '../domain/model/index.js';
import { type WebhookOptions, webhookDispatcher } from './webhook-dispatcher.js';

/**
 * Sends each channel through its own dispatcher, and every other channel through `fallback`.
 * @example byChannel({ sms: webhook }, outboxDispatcher())
 */
export function byChannel(
  routes: Readonly<Partial<Record<Channel, Dispatcher>>>,
  fallback: Dispatcher,
): Dispatcher {
  const pick = (channel: Channel): Dispatcher => routes[channel] ?? fallback;
  return {
    providerFor: (channel) => pick(channel).providerFor(channel),
    handedOverOnCommit: (channel) => pick(channel).handedOverOnCommit(channel),
    send: (out) => pick(out.channel).send(out),
  };
}

export interface DispatchConfig {
  /** Per-channel webhook URLs; a channel without one uses the outbox. */
  webhooks: Readonly<Record<string, string>>;
  /** Per-channel rates such as `10/s`. */
  providerRates: Readonly<Record<string, string>>;
}

export type DispatcherResult =
  | { ok: true; dispatcher: RateLimitedDispatcher }
  | { ok: false; problems: ConfigProblem[] };

/**
 * Builds the service's dispatcher from configuration: webhooks where a URL is set, the outbox
 * elsewhere, each channel paced by its provider rate. Bad rates or URLs are named, never ignored.
 * @example dispatcherFromConfig(config) // config.webhooks = { sms: 'https://…' }, config.providerRates = { sms: '10/s' }
 */
export function dispatcherFromConfig(
  config: DispatchConfig,
  webhook: Omit<WebhookOptions, 'urls'> = {},
  pacer?: SharedPacer,
): DispatcherResult {
  const problems: ConfigProblem[] = [];
  const rates = parseProviderRates(config.providerRates);
  if (!rates.ok) problems.push(...rates.problems);
  for (const [channel, url] of Object.entries(config.webhooks)) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      const variable = `SKIPGRAPH_WEBHOOK_${channel.toUpperCase()}`;
      problems.push(
        configProblem('config_webhook_url', { variable }, `${variable}: not an http(s) URL`),
      );
    }
  }
  if (!rates.ok || problems.length > 0) return { ok: false, problems };
  const hooks = webhookDispatcher({ ...webhook, urls: config.webhooks });
  const routes: Partial<Record<Channel, Dispatcher>> = {};
  for (const channel of Object.keys(config.webhooks) as Channel[]) routes[channel] = hooks;
  return {
    ok: true,
    dispatcher: rateLimited(byChannel(routes, outboxDispatcher()), rates.rates, pacer),
  };
}
