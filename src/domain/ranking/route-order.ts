import type { ContactKind, RelationKind } from '../model/index.js';
import { MAX_ROUTES_PER_RECIPIENT, TIER_VALUE } from './ranking-parameters.js';
import type { Recipient, RecipientRelation, RouteTier } from './route.js';

const TIER_RANK: Record<RouteTier, number> = { consumer: 0, workplace: 1, third_party: 2 };
const KIND_RANK: Record<ContactKind, number> = { phone: 0, email: 1, address: 2 };

/** The tier of a recipient: the debtor, co-obligors and consumer relations first; the workplace; then third parties. */
export function tierOf(
  relation: RecipientRelation,
  consumerRelations: readonly RelationKind[],
): RouteTier {
  if (relation === 'self' || relation === 'guarantor' || relation === 'co_borrower')
    return 'consumer';
  if (relation === 'employer') return 'workplace';
  return (consumerRelations as readonly string[]).includes(relation) ? 'consumer' : 'third_party';
}

/** Numeric rank of a tier (lower comes first). */
export function tierRank(tier: RouteTier): number {
  return TIER_RANK[tier];
}

/** What the ordering reads from a route. */
export interface Orderable {
  tier: RouteTier;
  score: number;
  contact: { kind: ContactKind; value: string };
  recipient: Recipient;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A route's expected value: its score weighed by what reaching its tier is worth (TIER_VALUE). */
export function expectedValue(route: Orderable): number {
  return route.score * TIER_VALUE[route.tier];
}

/**
 * Higher expected value first; without `byValue` (third parties not allowed yet) third parties
 * after everyone else. Then tier, higher score, and stable keys (contact kind, value, recipient)
 * so ties never depend on input order.
 */
export function compareRoutes(a: Orderable, b: Orderable, byValue = false): number {
  return (
    (byValue ? 0 : Number(a.tier === 'third_party') - Number(b.tier === 'third_party')) ||
    expectedValue(b) - expectedValue(a) ||
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    b.score - a.score ||
    KIND_RANK[a.contact.kind] - KIND_RANK[b.contact.kind] ||
    compareText(a.contact.value, b.contact.value) ||
    compareText(a.recipient.personId, b.recipient.personId) ||
    compareText(a.recipient.relation, b.recipient.relation)
  );
}

/** The key diversity counts by: one person in one role (the debtor at work is not the debtor's own phone). */
function recipientKey(r: Recipient): string {
  return r.relation === 'employer' ? `employer:${r.employerId ?? ''}` : `person:${r.personId}`;
}

/**
 * Diversity: walking the ordered routes, a recipient's third and later routes move below every
 * other route (keeping their relative order), so the top of the list shows more people.
 */
export function diversify<T extends Orderable>(ordered: readonly T[]): T[] {
  const seen = new Map<string, number>();
  const top: T[] = [];
  const rest: T[] = [];
  for (const route of ordered) {
    const key = recipientKey(route.recipient);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    (n < MAX_ROUTES_PER_RECIPIENT ? top : rest).push(route);
  }
  return [...top, ...rest];
}
