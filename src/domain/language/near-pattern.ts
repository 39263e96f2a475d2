/**
 * Terms that mean a threat only together ("通知 … 领导", "call … boss"): each slot lists
 * alternatives; every slot must occur, in order, each starting at most `within` folded characters
 * after the previous one ends (spaces inside Chinese text and inserted separators do not count).
 * Unordered patterns (two slots only) match either way round ("照片 … 网上", "网上 … 照片").
 */
export interface NearPattern {
  terms: readonly (readonly string[])[];
  within: number;
  /** False: a two-slot pattern matches in either order (default true). */
  ordered?: boolean;
}

/** One occurrence of a slot's term: its first and last folded unit. */
export interface NearHit {
  first: number;
  last: number;
}

/**
 * The spans where a pattern is complete, one per occurrence of its first slot, each taking the
 * earliest continuation that fits (`hits[slot]` in any order).
 * @example nearMatches([[{ first: 0, last: 1 }], [{ first: 5, last: 6 }]], 4) // [{ first: 0, last: 6 }]
 */
export function nearMatches(
  hits: readonly (readonly NearHit[])[],
  within: number,
  ordered = true,
): NearHit[] {
  if (hits.some((slot) => slot.length === 0)) return [];
  if (!ordered && hits.length === 2) {
    const [a, b] = hits as [readonly NearHit[], readonly NearHit[]];
    return [...orderedMatches([a, b], within), ...orderedMatches([b, a], within)];
  }
  return orderedMatches(hits, within);
}

function orderedMatches(hits: readonly (readonly NearHit[])[], within: number): NearHit[] {
  const sorted = hits.map((slot) => [...slot].sort((a, b) => a.first - b.first));
  const out: NearHit[] = [];
  for (const head of sorted[0] as NearHit[]) {
    let last = head.last;
    let complete = true;
    for (let slot = 1; slot < sorted.length && complete; slot++) {
      const next = (sorted[slot] as NearHit[]).find(
        (h) => h.first > last && h.first - last - 1 <= within,
      );
      if (next === undefined) complete = false;
      else last = next.last;
    }
    if (complete) out.push({ first: head.first, last });
  }
  return out;
}
