import {
  type Account,
  type ContactPoint,
  nodeKey,
  parseNodeKey,
  type Subgraph,
} from '../../domain/model/index.js';
import type { SharingEntry } from '../../domain/ranking/route.js';
import type { GraphReads } from '../../store/graph-store.js';

/** Whether a LIVED_AT relationship holds at `at` (no end, or an end after it). */
function livesThere(props: { to?: string }, at: Date): boolean {
  return props.to === undefined || Date.parse(props.to) > at.getTime();
}

/**
 * The persons whose holding the debtor's contact points is no warning sign: the debtor, anyone
 * with a KNOWS relationship to the debtor (family share a home line), the co-obligors on the
 * debtor's accounts, and the people living at the debtor's current address (a household).
 */
export function relatedPersons(
  subgraph: Subgraph,
  debtorId: string,
  owed: readonly Account[],
  at: Date,
): Set<string> {
  const debtorKey = nodeKey('person', debtorId);
  const accountKeys = new Set(owed.map((a) => nodeKey('account', a.id)));
  const homes = new Set(
    subgraph.edges
      .filter((e) => e.type === 'LIVED_AT' && e.from === debtorKey && livesThere(e.props, at))
      .map((e) => e.to),
  );
  const related = new Set<string>([debtorId]);
  for (const e of subgraph.edges) {
    if (e.type === 'KNOWS' && (e.from === debtorKey || e.to === debtorKey))
      related.add(parseNodeKey(e.from === debtorKey ? e.to : e.from).id);
    if ((e.type === 'GUARANTEES' || e.type === 'CO_BORROWS') && accountKeys.has(e.to))
      related.add(parseNodeKey(e.from).id);
    if (e.type === 'LIVED_AT' && homes.has(e.to) && livesThere(e.props, at))
      related.add(parseNodeKey(e.from).id);
  }
  return related;
}

/** The contact points (phones, emails, addresses) of a subgraph. */
export function contactPointsOf(subgraph: Subgraph): ContactPoint[] {
  const out: ContactPoint[] = [];
  for (const n of subgraph.nodes) {
    if (n.kind === 'phone') out.push({ kind: 'phone', value: n.data.e164 });
    else if (n.kind === 'email') out.push({ kind: 'email', value: n.data.address });
    else if (n.kind === 'address') out.push({ kind: 'address', value: n.data.id });
  }
  return out;
}

/**
 * Asks the store who holds each contact point, and keeps the holders that are debtors unrelated
 * to this debtor: in one round-trip when the adapter offers `debtorsHolding`, else point by point.
 */
export async function unrelatedDebtorHolders(
  store: GraphReads,
  contacts: readonly ContactPoint[],
  related: ReadonlySet<string>,
): Promise<SharingEntry[]> {
  if (contacts.length === 0) return [];
  if (store.debtorsHolding) {
    const answers = await store.debtorsHolding([...contacts]);
    return answers.map((a, i) => ({
      contact: contacts[i]!,
      unrelatedDebtorIds: a.debtorIds.filter((id) => !related.has(id)),
    }));
  }
  const answers = await Promise.all(contacts.map((c) => store.sharedIdentifiers(c)));
  return answers.map((shared, i) => ({
    contact: contacts[i]!,
    unrelatedDebtorIds: shared.holders
      .filter((h) => h.kind === 'person' && h.isDebtor && !related.has(h.id))
      .map((h) => h.id),
  }));
}
