import type { AttemptLog, GraphReads } from '../store/graph-store.js';
import type { AttemptFilter } from '../store/roles/attempt-log.js';

/** The reads one answer repeats: the graph's and the attempt history's. */
export type Reads = GraphReads & AttemptLog;

/** An attempt filter as a key; the same filter written in another key order is the same key. */
function filterKey(filter: AttemptFilter): string {
  const c = filter.contact;
  return JSON.stringify([
    filter.accountId,
    filter.personId,
    c?.kind,
    c?.value,
    filter.from,
    filter.to,
    filter.limit,
  ]);
}

/**
 * The store seen by one answer: each read asked again with the same arguments (a routes answer's
 * ten guard previews all load the debtor, the account, its history and the debtor's neighbourhood)
 * is answered from the first call's promise instead of reading again. Writes and every other
 * method go to the store unchanged. Scoped to one answer: the store is not transactional across
 * its reads either, so a read shared within an answer is no staler than it would have been.
 * A failed read is not kept, so it propagates to every caller that shares it and is retried by
 * none (the answer fails, as it would have).
 * @example const reads = requestReads(deps.store); await getRoutes({ ...deps, store: reads }, query)
 */
export function requestReads<S extends Reads>(store: S): S {
  const kept = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let p = kept.get(key) as Promise<T> | undefined;
    if (p === undefined) {
      p = read();
      kept.set(key, p);
      p.catch(() => kept.delete(key));
    }
    return p;
  };
  const shared: Partial<Reads> = {
    getPerson: (id) => once(`person\u0000${id}`, () => store.getPerson(id)),
    getAccount: (id) => once(`account\u0000${id}`, () => store.getAccount(id)),
    getPhone: (e164) => once(`phone\u0000${e164}`, () => store.getPhone(e164)),
    accountsOf: (personId) => once(`accounts\u0000${personId}`, () => store.accountsOf(personId)),
    neighbourhood: (personId, depth) =>
      once(`hood\u0000${depth}\u0000${personId}`, () => store.neighbourhood(personId, depth)),
    sharedIdentifiers: (contact) =>
      once(`shared\u0000${contact.kind}\u0000${contact.value}`, () =>
        store.sharedIdentifiers(contact),
      ),
    listAttempts: (filter) =>
      once(`attempts\u0000${filterKey(filter)}`, () => store.listAttempts(filter)),
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && Object.hasOwn(shared, prop))
        return shared[prop as keyof Reads];
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
