import { createHash } from 'node:crypto';

/** The `prevHash` of a store's first chained audit record. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash of one audit record in the chain: SHA-256 over the previous record's hash and the
 * record's stored text, so editing, removing or inserting a record breaks every link after it.
 * @example chainHash(GENESIS_HASH, '{"id":"D1",…}') // '5f1c…' (64 hex digits)
 */
export function chainHash(prevHash: string, recordText: string): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(recordText, 'utf8')
    .digest('hex');
}

/** One stored audit record as the chain sees it, in the order the store wrote them. */
export interface ChainLink {
  /** Position in the chain, 1 for the first chained record. */
  seq: number;
  id: string;
  prevHash: string;
  hash: string;
  /** The record exactly as stored (the hashed text); empty once a retention purge removed it. */
  recordText: string;
  /** The id of the purge record that removed this record (its tombstone keeps the link's hashes). */
  purgedBy?: string;
}

/** Where the chain breaks first, and how. */
export interface BrokenLink {
  seq: number;
  id: string;
  /**
   * `record_altered`: the text no longer gives its hash; `link_broken`: a record before it was
   * removed, replaced or reordered; `purge_unrecorded`: a tombstone names a purge whose record does
   * not follow in the chain, or that removed fewer records than the tombstones naming it.
   */
  reason: 'record_altered' | 'link_broken' | 'purge_unrecorded';
  expected: string;
  found: string;
}

export type ChainVerdict =
  | { ok: true; records: number; purged: number; head: string }
  | { ok: false; records: number; purged: number; broken: BrokenLink };

/** Tombstones seen for one purge, waiting for its record further down the chain. */
interface PendingPurge {
  first: ChainLink;
  count: number;
}

/** How many audit records a purge record says it removed, or undefined when the text is no purge record. */
function purgedCount(recordText: string): number | undefined {
  try {
    const record: unknown = JSON.parse(recordText);
    if (typeof record !== 'object' || record === null) return undefined;
    const purge = (record as { kind?: unknown; purge?: { audit?: unknown } }).purge;
    return (record as { kind?: unknown }).kind === 'purge' && typeof purge?.audit === 'number'
      ? purge.audit
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks links one at a time (a store's whole audit log need not fit in memory): each must point
 * at the hash of the one before and hash to what it says.
 * @example const v = new ChainVerifier(); for (const l of links) if (!v.add(l)) break; v.verdict()
 */
export class ChainVerifier {
  private records = 0;
  private purged = 0;
  private head = GENESIS_HASH;
  private broken: BrokenLink | undefined;
  /** Purges whose tombstones were seen and whose record has not come yet, by purge id. */
  private readonly pending = new Map<string, PendingPurge>();

  /** Checks the next link; false once the chain is broken (later links are not looked at). */
  add(link: ChainLink): boolean {
    if (this.broken) return false;
    if (link.prevHash !== this.head) {
      this.broken = {
        seq: link.seq,
        id: link.id,
        reason: 'link_broken',
        expected: this.head,
        found: link.prevHash,
      };
      return false;
    }
    // A tombstone keeps the link's hashes but not the text: its hash is taken as stored, and the
    // purge that removed it must follow in the chain and count it.
    if (link.purgedBy !== undefined && link.recordText === '') {
      const pending = this.pending.get(link.purgedBy);
      if (pending) pending.count++;
      else this.pending.set(link.purgedBy, { first: link, count: 1 });
      this.purged++;
      this.head = link.hash;
      return true;
    }
    const hash = chainHash(link.prevHash, link.recordText);
    if (hash !== link.hash) {
      this.broken = {
        seq: link.seq,
        id: link.id,
        reason: 'record_altered',
        expected: hash,
        found: link.hash,
      };
      return false;
    }
    const pending = this.pending.get(link.id);
    if (pending) {
      this.pending.delete(link.id);
      const claimed = purgedCount(link.recordText);
      // More removed than tombstones seen is fine (rows from before the chain have no link); fewer
      // means a tombstone the purge never wrote.
      if (claimed === undefined || claimed < pending.count)
        return this.unrecorded(pending.first, claimed, pending.count);
    }
    this.records++;
    this.head = link.hash;
    return true;
  }

  /** Marks the chain broken at a tombstone whose purge record is missing or disagrees. */
  private unrecorded(first: ChainLink, claimed: number | undefined, seen: number): false {
    this.broken = {
      seq: first.seq,
      id: first.id,
      reason: 'purge_unrecorded',
      expected: `purge ${first.purgedBy} recording ${seen} removed record(s)`,
      found: claimed === undefined ? 'no such purge record' : `a purge of ${claimed} record(s)`,
    };
    return false;
  }

  /** The outcome so far: at the end of the chain, a tombstone whose purge never came breaks it. */
  verdict(): ChainVerdict {
    const [orphan] = this.pending.values();
    if (!this.broken && orphan) this.unrecorded(orphan.first, undefined, orphan.count);
    const counts = { records: this.records, purged: this.purged };
    return this.broken
      ? { ok: false, ...counts, broken: this.broken }
      : { ok: true, ...counts, head: this.head };
  }
}
