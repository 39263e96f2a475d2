import type { Route } from './types.js';

const KEY = /^(person|phone|email|address|employer|account):.+/;

/** The node keys a hop names: a hop is a node key, or an edge (`{from, to}`) as the API answers it. */
function hopKeys(hop: unknown): string[] {
  if (typeof hop === 'string') return KEY.test(hop) ? [hop] : [];
  if (!hop || typeof hop !== 'object') return [];
  const { from, to } = hop as Record<string, unknown>;
  return [from, to].filter((v): v is string => typeof v === 'string' && KEY.test(v));
}

/** The node key of a route's contact point. */
export function contactKey(route: Route): string {
  return `${route.contact.kind}:${route.contact.value}`;
}

/**
 * A route's evidence paths as node-key sequences for the picture; when a path names no keys,
 * the debtor → recipient → contact point chain stands in for it.
 */
export function routePathKeys(route: Route, debtorId: string): string[][] {
  const out: string[][] = [];
  for (const path of route.paths ?? []) {
    const keys: string[] = [];
    for (const hop of Array.isArray(path) ? path : [path]) {
      for (const key of hopKeys(hop)) if (keys[keys.length - 1] !== key) keys.push(key);
    }
    if (keys.length > 0) out.push(keys);
  }
  if (out.length === 0) {
    const chain = [`person:${debtorId}`];
    if (route.recipient.personId !== debtorId) chain.push(`person:${route.recipient.personId}`);
    chain.push(contactKey(route));
    out.push(chain);
  }
  return out;
}
