import { z } from 'zod';
import { Phone } from './contact-points.js';
import { EmailAddress } from './email-address.js';
import { Evidence, IsoDate } from './evidence.js';

/** How one person knows another (KNOWS.kind). `executor` is the representative of a deceased person's estate. */
export const RelationKind = z.enum([
  'spouse',
  'parent',
  'child',
  'sibling',
  'relative',
  'friend',
  'colleague',
  'reference',
  'landlord',
  'neighbor',
  'executor',
  'attorney',
]);
export type RelationKind = z.infer<typeof RelationKind>;

/** A co-obligor's role on an account. */
export const ObligationRole = z.enum(['guarantor', 'co_borrower']);
export type ObligationRole = z.infer<typeof ObligationRole>;

/**
 * How a person stands to an account they are party to: they owe it (OWES), co-borrow it
 * (CO_BORROWS) or guarantee it (GUARANTEES). Lists of roles keep this order.
 */
export const AccountRole = z.enum(['debtor', 'co_borrower', 'guarantor']);
export type AccountRole = z.infer<typeof AccountRole>;

/** The roles once each, in AccountRole's order (debtor, co_borrower, guarantor). */
export function accountRoleList(roles: Iterable<AccountRole>): AccountRole[] {
  const held = new Set(roles);
  return AccountRole.options.filter((role) => held.has(role));
}

/** (Person)-[:KNOWS {kind}]->(Person). */
export const Relation = Evidence.extend({
  from: z.string().min(1),
  to: z.string().min(1),
  kind: RelationKind,
});
export type Relation = z.infer<typeof Relation>;

/** (Person)-[:GUARANTEES|:CO_BORROWS]->(Account). */
export const Obligation = z.object({
  personId: z.string().min(1),
  accountId: z.string().min(1),
  role: ObligationRole,
  source: z.string().min(1).default('contract'),
});
export type Obligation = z.infer<typeof Obligation>;

/** (Person|Employer)-[:HAS_PHONE]->(Phone), with the phone itself. */
export const PhoneLink = Evidence.extend({
  owner: z.object({ kind: z.enum(['person', 'employer']), id: z.string().min(1) }),
  phone: Phone,
});
export type PhoneLink = z.infer<typeof PhoneLink>;

/** (Person)-[:HAS_EMAIL]->(Email). */
export const EmailLink = Evidence.extend({
  personId: z.string().min(1),
  address: EmailAddress,
});
export type EmailLink = z.infer<typeof EmailLink>;

/** (Person)-[:LIVED_AT {from, to}]->(Address). An open `to` means current. */
export const Residence = Evidence.extend({
  personId: z.string().min(1),
  addressId: z.string().min(1),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type Residence = z.infer<typeof Residence>;

/** (Person)-[:WORKS_AT {from, to}]->(Employer). An open `to` means current. */
export const Employment = Evidence.extend({
  personId: z.string().min(1),
  employerId: z.string().min(1),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type Employment = z.infer<typeof Employment>;
