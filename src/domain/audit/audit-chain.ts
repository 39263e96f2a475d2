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
  /** The record exactly as stored (the hashed text). */
  recordText: string;
}

/** Where the chain breaks first, and how. */
export interface BrokenLink {
  seq: number;
  id: string;
  /** `record_altered`: the text no longer gives its hash; `link_broken`: a record before it was removed, replaced or reordered. */
  reason: 'record_altered' | 'link_broken';
  expected: string;
  found: string;
}

export type ChainVerdict =
  | { ok: true; records: number; head: string }
  | { ok: false; records: number; broken: BrokenLink };

/**
 * Checks links one at a time (a store's whole audit log need not fit in memory): each must point
 * at the hash of the one before and hash to what it says.
 * @example const v = new ChainVerifier(); for (const l of links) if (!v.add(l)) break; v.verdict()
 */
export class ChainVerifier {
  private records = 0;
  private head = GENESIS_HASH;
  private broken: BrokenLink | undefined;

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
    this.records++;
    this.head = link.hash;
    return true;
  }

  /** The outcome so far. */
  verdict(): ChainVerdict {
    return this.broken
      ? { ok: false, records: this.records, broken: this.broken }
      : { ok: true, records: this.records, head: this.head };
  }
}
