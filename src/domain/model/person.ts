import { z } from 'zod';
import { Channel } from './channel.js';
import { ConsumerRequest } from './consumer-request.js';
import { Identifier } from './identifier.js';

/** Stop flags and contact restrictions on a person. */
export const PersonFlags = z.object({
  ceaseContact: z.boolean().default(false),
  disputed: z.boolean().default(false),
  deceased: z.boolean().default(false),
  bankrupt: z.boolean().default(false),
  employerForbidsContact: z.boolean().default(false),
  attorney: z.object({ name: z.string().min(1), phone: z.string().min(3) }).optional(),
  /** Channels the person opted out of. */
  optOut: z.array(Channel).default([]),
  /** Channels the person consented to in writing (6 RCNY 5-77: email and text only with consent). */
  consent: z.array(Channel).optional(),
  /** Limits the person set on contact, each with its date (opt-outs, inconvenient times and places). */
  requests: z.array(ConsumerRequest).optional(),
});
export type PersonFlags = z.infer<typeof PersonFlags>;

/** Everyone in the graph: debtors, references, family, colleagues, guarantors. */
export const Person = z.object({
  id: Identifier,
  name: z.string().min(1).max(256),
  locale: z.string().max(35).optional(),
  timezone: z.string().max(64).optional(),
  flags: PersonFlags.default(PersonFlags.parse({})),
});
export type Person = z.infer<typeof Person>;
