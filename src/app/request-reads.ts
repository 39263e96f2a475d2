import type { ContactPoint, Subgraph } from '../domain/model/index.js';
import type { AttemptLog, GraphReads } from '../store/graph-store.js';
import { knowsBetweenOf, personFactsOf } from '../store/person-facts-of.js';
import { firstHop } from '../store/port-rules.js';
import type { AttemptFilter } from '../store/roles/attempt-log.js';

/** The reads one answer repeats: the graph's and the attempt history's. */
export type Reads = GraphReads & AttemptLog;

/** A filter field in a key: absent and empty stay apart. */
function part(v: string | number | undefined): string {
  return v === undefined ? '-' : `=${v}`;
}

/**
 * An attempt filter as a key; the same filter written in another key order is the same key.
 * Built by hand: a routes answer's previews ask for thirty-odd histories, and JSON.stringify of
 * each filter showed as about 3% of the answer's CPU.
 */
function filterKey(filter: AttemptFilter): string {
  const c = filter.contact;
  return [
    part(filter.accountId),
    part(filter.personId),
    part(c?.kind),
    part(c?.value),
    part(filter.from),
    part(filter.to),
    part(filter.limit),
  ].join('\u0000');
}

/**
 * The store seen by one answer: each read asked again with the same arguments (a routes answer's
 * ten guard previews all load the debtor, the account, its history and the debtor's neighbourhood)
 * is answered from the first call's promise instead of reading again; batches
 * (`neighbourhoodsOf`, `sharedIdentifiersOf`) read only what is not kept yet, and keep each item as
 * if it had been read alone, so a use case can read ahead in one batch what its parts will ask
 * for one at a time. A 1-hop neighbourhood of a person whose 2-hop one was read is its first hop
 * (see `firstHop`), read from the store only when that hop was cut. Writes and every other
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
  const hoodKey = (personId: string, depth: number) => `hood\u0000${depth}\u0000${personId}`;
  const sharedKey = (c: ContactPoint) => `shared\u0000${c.kind}\u0000${c.value}`;
  /** The items not kept yet are read in one batch (or one by one), each kept under its own key. */
  const batched = <I, T>(
    items: readonly I[],
    keyOf: (item: I) => string,
    readMany: ((items: I[]) => Promise<T[]>) | undefined,
    readOne: (item: I) => Promise<T>,
  ): Promise<T[]> => {
    const missing = new Map<string, I>();
    for (const item of items) if (!kept.has(keyOf(item))) missing.set(keyOf(item), item);
    if (missing.size > 0 && readMany !== undefined) {
      const wanted = [...missing.values()];
      const all = readMany(wanted);
      wanted.forEach((item, i) => {
        once(keyOf(item), () => all.then((answers) => answers[i] as T));
      });
    }
    return Promise.all(items.map((item) => once(keyOf(item), () => readOne(item))));
  };
  const neighbourhood = (personId: string, depth: number): Promise<Subgraph> => {
    const deeper = kept.get(hoodKey(personId, 2)) as Promise<Subgraph> | undefined;
    if (depth !== 1 || deeper === undefined)
      return once(hoodKey(personId, depth), () => store.neighbourhood(personId, depth));
    // The 1-hop walk is the first hop of the 2-hop one the answer already read (routes do).
    return once(hoodKey(personId, 1), async () => {
      const near = firstHop(await deeper, personId);
      return near ?? store.neighbourhood(personId, 1);
    });
  };
  /** The person's 1-hop neighbourhood when the answer holds it (or a deeper one), else undefined. */
  const heldHood = (personId: string): Promise<Subgraph> | undefined =>
    kept.has(hoodKey(personId, 1)) || kept.has(hoodKey(personId, 2))
      ? neighbourhood(personId, 1)
      : undefined;
  /** A guard read answered from a held neighbourhood when it can be (`from`), else from the store. */
  const fromHood = async <T>(
    personId: string,
    from: (hood: Subgraph) => T | undefined,
  ): Promise<T | undefined> => {
    const hood = heldHood(personId);
    return hood === undefined ? undefined : from(await hood);
  };
  const shared: Partial<Reads> = {
    getPerson: (id) => once(`person\u0000${id}`, () => store.getPerson(id)),
    getAccount: (id) => once(`account\u0000${id}`, () => store.getAccount(id)),
    getPhone: (e164) => once(`phone\u0000${e164}`, () => store.getPhone(e164)),
    accountsOf: (personId) => once(`accounts\u0000${personId}`, () => store.accountsOf(personId)),
    neighbourhood,
    neighbourhoodsOf: async (personIds, known) => {
      // Those whose 2-hop neighbourhood is kept need no read at all.
      const unread = personIds.filter((id) => !kept.has(hoodKey(id, 2)));
      const readMany = store.neighbourhoodsOf
        ? (ids: string[]) => store.neighbourhoodsOf!(ids, known)
        : undefined;
      await batched(
        unread,
        (id) => hoodKey(id, 1),
        readMany,
        (id) => neighbourhood(id, 1),
      );
      return Promise.all(personIds.map((id) => neighbourhood(id, 1)));
    },
    // A routes answer holds the debtor's and the recipients' neighbourhoods for its previews: the
    // guard's reads of them are the parts of those it already has.
    personFacts: (personId) =>
      once(
        `facts\u0000${personId}`,
        async () =>
          (await fromHood(personId, (h) => personFactsOf(h, personId))) ??
          store.personFacts(personId),
      ),
    knowsBetween: (personId, otherId) =>
      once(
        `knows\u0000${personId}\u0000${otherId}`,
        async () =>
          (await fromHood(personId, (h) => knowsBetweenOf(h, personId, otherId))) ??
          (await fromHood(otherId, (h) => knowsBetweenOf(h, otherId, personId))) ??
          store.knowsBetween(personId, otherId),
      ),
    guardHistory: (scope) =>
      once(
        `history\u0000${[scope.accountId, scope.contact.kind, scope.contact.value, part(scope.personId), scope.otherAccountIds.join('\u0001'), scope.from, scope.to].join('\u0000')}`,
        () => store.guardHistory(scope),
      ),
    sharedIdentifiers: (contact) =>
      once(sharedKey(contact), () => store.sharedIdentifiers(contact)),
    sharedIdentifiersOf: (contacts) =>
      batched(contacts, sharedKey, store.sharedIdentifiersOf?.bind(store), (c) =>
        store.sharedIdentifiers(c),
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
