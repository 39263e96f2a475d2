import type { Context, MiddlewareHandler } from 'hono';
import { negotiateLang } from '../messages/language.js';
import { type MessageParams, renderMessage } from '../messages/render-message.js';
import { isKnownZone, nextAllowedView } from '../messages/times.js';
import type { ApiEnv, Reader } from './env.js';

export type { Reader } from './env.js';

/** The reader of a request: `?lang=` before Accept-Language; `?tz=` before `X-Time-Zone`; `?at=` before the clock. */
export function readerOf(c: Context<ApiEnv>): Reader {
  const lang = negotiateLang({
    lang: c.req.query('lang'),
    acceptLanguage: c.req.header('accept-language'),
  });
  const wanted = c.req.query('tz') ?? c.req.header('x-time-zone');
  const zone = wanted && isKnownZone(wanted) ? wanted : 'UTC';
  const at = c.req.query('at');
  const parsed = at ? new Date(at) : undefined;
  const now = parsed && !Number.isNaN(parsed.getTime()) ? parsed : c.get('deps').clock();
  return { lang, zone, now };
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A JSON object literal; a Date or other class instance is serialised by its own `toJSON`. */
function isPlainObject(v: Json): v is Record<string, Json> {
  if (!isObject(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function zonesIn(node: Record<string, Json>): string[] {
  const own = isObject(node.params) ? node.params.zones : undefined;
  if (Array.isArray(own)) return own.filter((z): z is string => typeof z === 'string');
  if (Array.isArray(node.rules))
    for (const rule of node.rules)
      if (isObject(rule)) {
        const zones = zonesIn(rule);
        if (zones.length > 0) return zones;
      }
  return [];
}

/** A copy of `node` with every explanation (`code` + `params` beside `reason` or `message`) worded for the reader; `node` is left as it was. */
export function localisedJson(node: Json, reader: Reader): Json {
  if (Array.isArray(node)) return node.map((item) => localisedJson(item, reader));
  if (!isPlainObject(node)) return node;
  const copy: Record<string, Json> = {};
  // An explanation's params are its message's arguments, not explanations of their own.
  for (const [key, value] of Object.entries(node))
    copy[key] = key === 'params' ? value : localisedJson(value, reader);
  if (typeof copy.code === 'string' && isObject(copy.params)) {
    const text = renderMessage(reader.lang, copy.code, copy.params as MessageParams, {
      timeZone: reader.zone,
    });
    if (typeof copy.reason === 'string') copy.reason = text;
    else if (typeof copy.message === 'string') copy.message = text;
    else copy.text = text;
  }
  if (typeof copy.nextAllowedAt === 'string' && copy.nextAllowed === undefined) {
    const at = new Date(copy.nextAllowedAt);
    if (!Number.isNaN(at.getTime()))
      copy.nextAllowed = nextAllowedView(reader.lang, at, reader.now, {
        recipient: zonesIn(copy),
        collector: reader.zone,
      });
  }
  return copy;
}

/**
 * Renders the API's explanations in the reader's language at the edge: the use cases return codes
 * and parameters (with English words for logs); every JSON answer (`c.json`, errors included) is
 * worded with the catalogue's message for `Accept-Language` or `?lang=`, gains `nextAllowed`
 * beside every `nextAllowedAt`, and says which language it answered in (`Content-Language`).
 * The answer is worded before it is serialised and the headers are set before it exists: reading
 * back or re-headering a finished response makes Node's adapter build it again as a stream.
 * @example app.use('/v1/*', localise())
 */
export function localise(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const reader = readerOf(c);
    c.set('reader', reader);
    c.header('Content-Language', reader.lang);
    c.header('Vary', 'Accept-Language', { append: true });
    const json = c.json.bind(c) as unknown as (object: Json, ...rest: unknown[]) => Response;
    c.json = ((object: Json, ...rest: unknown[]) =>
      json(localisedJson(object, reader), ...rest)) as unknown as typeof c.json;
    await next();
  };
}
