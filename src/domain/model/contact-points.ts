import { z } from 'zod';
import { EmailAddress } from './email-address.js';
import { IsoDate } from './evidence.js';
import { patternString } from './issue-message.js';

export const PhoneStatus = z.enum(['active', 'invalid', 'suspended', 'unknown']);
export type PhoneStatus = z.infer<typeof PhoneStatus>;

/** A phone number, keyed by its E.164 form. */
export const Phone = z.object({
  e164: patternString(/^\+[1-9]\d{4,14}$/, 'issue_e164', 'E.164 number'),
  /** Line type from libphonenumber-js (MOBILE, FIXED_LINE, VOIP, …), or UNKNOWN. */
  type: z.string().default('UNKNOWN'),
  country: z.string().length(2).optional(),
  status: PhoneStatus.default('unknown'),
  statusAt: IsoDate.optional(),
});
export type Phone = z.infer<typeof Phone>;

/** An email address, kept lower-case. */
export const Email = z.object({ address: EmailAddress });
export type Email = z.infer<typeof Email>;

/** A postal address; one node however many people lived there. */
export const Address = z.object({
  id: z.string().min(1).max(128),
  line: z.string().min(1).max(512),
  city: z.string().min(1).max(128),
  region: z.string().max(128).default(''),
  country: z.string().length(2),
  postcode: z.string().max(32).optional(),
  timezone: z.string().max(64).optional(),
});
export type Address = z.infer<typeof Address>;

/** An address's postal words without its key or zone: what a visit or a letter goes to, as shown. */
export const PostalAddress = Address.pick({
  line: true,
  city: true,
  region: true,
  country: true,
  postcode: true,
});
export type PostalAddress = z.infer<typeof PostalAddress>;

/** A workplace. */
export const Employer = z.object({
  id: z.string().min(1).max(128),
  name: z.string().min(1).max(256),
});
export type Employer = z.infer<typeof Employer>;
