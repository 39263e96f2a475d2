import type { Route } from './types.js';

/** The node key of a route's contact point. */
export function contactKey(route: Pick<Route, 'contact'>): string {
  return `${route.contact.kind}:${route.contact.value}`;
}

/**
 * A route's evidence paths as node-key sequences for the picture (each hop names its `from` and
 * `to` node keys); a route without paths stands for the debtor → recipient → contact point chain.
 */
export function routePathKeys(route: Route, debtorId: string): string[][] {
  const out: string[][] = [];
  for (const path of route.paths) {
    const keys: string[] = [];
    for (const hop of path)
      for (const key of [hop.from, hop.to]) if (keys[keys.length - 1] !== key) keys.push(key);
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
