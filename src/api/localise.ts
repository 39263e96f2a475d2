import type { Context, MiddlewareHandler } from 'hono';
import { type Lang, negotiateLang } from '../messages/language.js';
import { type MessageParams, renderMessage } from '../messages/render-message.js';
import { isKnownZone, nextAllowedView } from '../messages/times.js';
import type { ApiEnv } from './env.js';

/** What the reader asked for: their language, their zone, and the instant "now" is measured from. */
export interface Reader {
  lang: Lang;
  /** The collector's IANA zone (`?tz=` or `X-Time-Zone`), UTC when none or an unknown one is given. */
  zone: string;
  now: Date;
}

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

/** Rewrites, in place, every explanation (`code` + `params` beside `reason` or `message`) for the reader. */
export function localiseJson(node: Json, reader: Reader): void {
  if (Array.isArray(node)) {
    for (const item of node) localiseJson(item, reader);
    return;
  }
  if (!isObject(node)) return;
  // An explanation's params are its message's arguments, not explanations of their own.
  for (const [key, value] of Object.entries(node))
    if (key !== 'params') localiseJson(value, reader);
  if (typeof node.code === 'string' && isObject(node.params)) {
    const text = renderMessage(reader.lang, node.code, node.params as MessageParams, {
      timeZone: reader.zone,
    });
    if (typeof node.reason === 'string') node.reason = text;
    else if (typeof node.message === 'string') node.message = text;
    else node.text = text;
  }
  if (typeof node.nextAllowedAt === 'string' && node.nextAllowed === undefined) {
    const at = new Date(node.nextAllowedAt);
    if (!Number.isNaN(at.getTime()))
      node.nextAllowed = nextAllowedView(reader.lang, at, reader.now, {
        recipient: zonesIn(node),
        collector: reader.zone,
      });
  }
}

/**
 * Renders the API's explanations in the reader's language at the edge: the use cases return codes
 * and parameters (with English words for logs); this replaces the words with the catalogue's
 * message for `Accept-Language` or `?lang=`, adds `nextAllowed` beside every `nextAllowedAt`, and
 * says which language it answered in (`Content-Language`).
 * @example app.use('/v1/*', localise())
 */
export function localise(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    const reader = readerOf(c);
    c.header('Content-Language', reader.lang);
    c.header('Vary', 'Accept-Language', { append: true });
    const res = c.res;
    if (!(res.headers.get('content-type') ?? '').startsWith('application/json')) return;
    if (res.body === null) return;
    // The body is read, not cloned and read: teeing a routes answer's stream cost more than
    // parsing it. So an answer left as it was is put back from its text.
    const text = await res.text();
    const answer = (body: string): void => {
      const headers = new Headers(res.headers);
      headers.delete('content-length');
      c.res = new Response(body, { status: res.status, headers });
    };
    if (!text.includes('"params"') && !text.includes('"nextAllowedAt"')) return answer(text);
    let body: Json;
    try {
      body = JSON.parse(text);
    } catch {
      return answer(text);
    }
    localiseJson(body, reader);
    answer(JSON.stringify(body));
  };
}
