import { type Attempt, type ContactPoint, nodeKey } from '../model/index.js';
import { outcomeTime } from './outcome-history.js';

/** Why a person–number link no longer routes to that person. */
export type DisprovalCode = 'wrong_party' | 'someone_else_holds';

/** The newest outcome that disproved one person's link to one contact point. */
export interface Disproval {
  code: DisprovalCode;
  personId: string;
  /** When the outcome was recorded. */
  at: string;
  attemptId: string;
}

/** Outcomes that prove the person holds the point: a later one lifts an earlier disproval. */
const CONFIRMING = new Set(['right_party', 'promise_to_pay', 'refused', 'cease_request']);

/** Key of a person's link to a contact point. */
export function linkKey(contact: ContactPoint, personId: string): string {
  return `${nodeKey(contact.kind, contact.value)}|${personId}`;
}

/**
 * The person–number links the attempts disprove at `at`: `wrong_party` on a call meant for a
 * person says that person is not at that number; `third_party` on a call meant for the debtor
 * says someone else holds it (the caller applies this one to the debtor's own numbers only).
 * A later confirming outcome for the same person and point lifts it. An attempt naming no person
 * was meant for the debtor.
 */
export function disprovedLinks(
  attempts: readonly Attempt[],
  debtorId: string,
  at: Date,
): Map<string, Disproval> {
  const newest = new Map<string, { ms: number; disproval?: Disproval }>();
  for (const a of attempts) {
    if (a.outcome === undefined) continue;
    const when = outcomeTime(a);
    const ms = Date.parse(when);
    if (Number.isNaN(ms) || ms > at.getTime()) continue;
    const personId = a.personId ?? debtorId;
    let code: DisprovalCode | undefined;
    if (a.outcome === 'wrong_party') code = 'wrong_party';
    else if (a.outcome === 'third_party' && personId === debtorId) code = 'someone_else_holds';
    else if (!CONFIRMING.has(a.outcome)) continue;
    const key = linkKey(a.contact, personId);
    const seen = newest.get(key);
    if (seen && seen.ms > ms) continue;
    newest.set(
      key,
      code === undefined
        ? { ms }
        : { ms, disproval: { code, personId, at: when, attemptId: a.id } },
    );
  }
  const out = new Map<string, Disproval>();
  for (const [key, v] of newest) if (v.disproval) out.set(key, v.disproval);
  return out;
}

/** True when the link's newest evidence (`lastSeen`) is no newer than the disproval: it still stands disproved. */
export function stillDisproved(d: Disproval, lastSeen: string | undefined): boolean {
  if (lastSeen === undefined) return true;
  const seen = Date.parse(lastSeen);
  return Number.isNaN(seen) || seen <= Date.parse(d.at);
}
