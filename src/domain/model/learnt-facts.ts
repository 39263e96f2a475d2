import { z } from 'zod';
import { Address } from './contact-points.js';
import { IsoDate } from './evidence.js';

/** Who told us, and when it held: every learnt fact carries both (the person defaults to the one reached). */
const Told = {
  /** Id of the person who gave the fact (the debtor, a reference, …); default: the person the attempt reached. */
  from: z.string().min(1).max(44).optional(),
  /** When the fact held (default: when the outcome is recorded). */
  seenAt: IsoDate.optional(),
};

/** A phone of the debtor learnt in a call ("他现在用这个号"), E.164 or national for the account's country. */
export const LearntPhone = z.strictObject({ ...Told, phone: z.string().trim().min(3).max(32) });
export type LearntPhone = z.infer<typeof LearntPhone>;

/** An address where the debtor now lives. */
export const LearntAddress = z.strictObject({ ...Told, address: Address });
export type LearntAddress = z.infer<typeof LearntAddress>;

/** A workplace of the debtor, with its switchboard when one was given. */
export const LearntEmployer = z.strictObject({
  ...Told,
  employer: z.strictObject({ id: z.string().min(1).max(128), name: z.string().min(1).max(256) }),
  phone: z.string().trim().min(3).max(32).optional(),
});
export type LearntEmployer = z.infer<typeof LearntEmployer>;

/** The most facts of one kind one outcome may carry: a call reveals a few, never a file. */
export const MAX_LEARNT_PER_KIND = 10;

/** What the collector learnt in the call about the debtor: new phones, addresses, employers. */
export const LearntFacts = z.strictObject({
  phones: z.array(LearntPhone).max(MAX_LEARNT_PER_KIND).optional(),
  addresses: z.array(LearntAddress).max(MAX_LEARNT_PER_KIND).optional(),
  employers: z.array(LearntEmployer).max(MAX_LEARNT_PER_KIND).optional(),
});
export type LearntFacts = z.infer<typeof LearntFacts>;

/**
 * The evidence source of a learnt fact: what the debtor says in a right-party call, what anyone
 * else says as a reference, with the teller's id after the colon (`reference:R1`) so the graph
 * keeps who said it; the ranking weighs the part before the colon.
 */
export function learntSource(tellerId: string, debtorId: string): string {
  return `${tellerId === debtorId ? 'right_party_contact' : 'reference'}:${tellerId}`;
}
