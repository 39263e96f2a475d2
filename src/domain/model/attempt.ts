import { z } from 'zod';
import { Channel, ContactPoint } from './channel.js';
import { IsoDate } from './evidence.js';
import { Identifier } from './identifier.js';
import { OUTCOMES } from './vocabulary.js';

/** What happened on a contact attempt. */
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

/** Outcomes that mean a conversation with the consumer took place (they start the cool-down). */
export const CONVERSATION_OUTCOMES: readonly Outcome[] = ['right_party', 'promise_to_pay'];

/** Outcomes that show an attempt to the debtor failed. */
export const FAILED_OUTCOMES: ReadonlySet<Outcome> = new Set<Outcome>([
  'no_answer',
  'busy',
  'invalid_number',
  'suspended',
  'wrong_party',
  'third_party',
]);

/** One contact attempt on an account, to one contact point, maybe reaching a person. */
export const Attempt = z.object({
  id: Identifier,
  accountId: z.string().min(1),
  at: IsoDate,
  channel: Channel,
  contact: ContactPoint,
  personId: z.string().optional(),
  outcome: Outcome.optional(),
  outcomeAt: IsoDate.optional(),
  /** The collector's note on the outcome (free text; may hold personal data, so never logged). */
  note: z.string().max(2000).optional(),
  decisionId: z.string().optional(),
  messageDigest: z.string().optional(),
  /**
   * `inbound`: the consumer wrote to us (an `inbound_sms` or `inbound_email` reply). Evidence that the
   * contact point works, never a collector-initiated communication, so no cap counts it. Default outbound.
   */
  direction: z.enum(['outbound', 'inbound']).optional(),
});
export type Attempt = z.infer<typeof Attempt>;
