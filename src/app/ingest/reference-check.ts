import type { GraphReads } from '../../store/graph-store.js';
import type { IngestProblem } from './ingest-problem.js';
import type { References } from './map-record.js';

/** Ids known to exist are remembered up to this many, then forgotten (memory stays flat). */
const KNOWN_CAP = 100_000;
/** Unresolved references remembered for the final report. */
const PENDING_CAP = 10_000;

type Kind = 'person' | 'account';

/**
 * Finds relationships whose person or account is in neither the import nor the store. The
 * store keeps such an edge (it resolves once the node arrives, so files may come in any
 * order); the import reports it as a warning, so a mistyped id does not pass unnoticed.
 */
export class ReferenceCheck {
  private batchDefined = new Set<string>();
  private batchReferred = new Map<string, number>();
  private known = new Set<string>();
  private pending = new Map<string, number>();

  /** Notes what one accepted line defines and names. */
  note(line: number, defines: References, refers: References): void {
    for (const id of defines.persons) this.batchDefined.add(key('person', id));
    for (const id of defines.accounts) this.batchDefined.add(key('account', id));
    for (const id of refers.persons) this.refer(key('person', id), line);
    for (const id of refers.accounts) this.refer(key('account', id), line);
  }

  /** Checks the batch's references against the store (inside the batch's transaction, after its writes). */
  async checkBatch(store: GraphReads): Promise<void> {
    for (const k of this.batchDefined) {
      this.remember(k);
      this.pending.delete(k);
    }
    for (const [k, line] of this.batchReferred) {
      if (this.known.has(k)) continue;
      if (await exists(store, k)) this.remember(k);
      else if (!this.pending.has(k) && this.pending.size < PENDING_CAP) this.pending.set(k, line);
    }
    this.batchDefined.clear();
    this.batchReferred.clear();
  }

  /** After the last batch: references still unknown, as warnings in line order. */
  async unresolved(store: GraphReads): Promise<IngestProblem[]> {
    const warnings: IngestProblem[] = [];
    for (const [k, line] of this.pending) {
      if (this.known.has(k) || (await exists(store, k))) continue;
      const [kind, id] = split(k);
      warnings.push({
        line,
        code: 'unknown_reference',
        message: `${kind} "${id}" is neither in this import nor in the store (kept as a dangling link)`,
        params: { kind, id },
      });
    }
    warnings.sort((a, b) => a.line - b.line);
    return warnings;
  }

  private refer(k: string, line: number): void {
    if (!this.batchReferred.has(k)) this.batchReferred.set(k, line);
  }

  private remember(k: string): void {
    if (this.known.size >= KNOWN_CAP) this.known.clear();
    this.known.add(k);
  }
}

function key(kind: Kind, id: string): string {
  return `${kind}:${id}`;
}

function split(k: string): [Kind, string] {
  const i = k.indexOf(':');
  return [k.slice(0, i) as Kind, k.slice(i + 1)];
}

async function exists(store: GraphReads, k: string): Promise<boolean> {
  const [kind, id] = split(k);
  return kind === 'person'
    ? (await store.getPerson(id)) !== undefined
    : (await store.getAccount(id)) !== undefined;
}
