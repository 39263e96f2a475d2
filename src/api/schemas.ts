import { z } from '@hono/zod-openapi';
import { Decision } from '../domain/guard/decision.js';
import { isKnownZone } from '../domain/guard/local-time.js';
import {
  Account,
  AccountRole,
  AccountStatus,
  Channel,
  ContactKind,
  ContactPoint,
  DispatchStatus,
  isPlausibleYear,
  Person,
  PersonFlags,
  PLAUSIBLE_YEAR_MESSAGE,
  PostalAddress,
  plausibleYearCheck,
} from '../domain/model/index.js';

/** A plain subgraph as JSON: node keys like `person:P1`, edges between keys. */
export const SubgraphBody = z
  .object({
    nodes: z.array(
      z.object({ key: z.string(), kind: z.string(), data: z.record(z.string(), z.unknown()) }),
    ),
    edges: z.array(
      z.object({
        type: z.string(),
        from: z.string(),
        to: z.string(),
        props: z.record(z.string(), z.unknown()),
      }),
    ),
    truncated: z
      .array(z.string())
      .optional()
      .openapi({ description: 'Hub nodes whose relationships were cut at the fan-out cap' }),
  })
  .openapi('Subgraph');

/*
 * The API's schemas are built with the OpenAPI-extended zod from the domain's own schemas (their
 * `.shape` or `.options`), so a concept has one definition. They are not the domain schemas with
 * `.openapi` called on them: that method exists only on schemas created after @hono/zod-openapi
 * extended zod, and src/domain does not (and must not) import it, so whether it existed would depend
 * on which module happened to load first.
 */

/** An optional "as of" instant for day-based views (promises, worklist). */
export const AsOfQuery = z.iso
  .datetime({ offset: true })
  .refine(isPlausibleYear, plausibleYearCheck(`at: ${PLAUSIBLE_YEAR_MESSAGE}`))
  .optional()
  .openapi({ description: 'As of (default now)' });

/** A collector's IANA time zone given in the query (`?tz=Asia/Shanghai`). */
export const ZoneQuery = z
  .string()
  .max(64)
  .refine(isKnownZone, {
    message: 'expected an IANA time zone (Asia/Shanghai, America/New_York)',
    params: { code: 'issue_iana_zone' },
  })
  .optional();

/** The outreach channels (the domain's Channel). */
export const ChannelBody = z.enum(Channel.options);

/** The kinds of contact point (the domain's ContactKind). */
export const ContactKindBody = z.enum(ContactKind.options);

/** A contact point: its kind and its value (E.164 phone, email address or address id). */
export const ContactPointBody = z.object(ContactPoint.shape);

/** An address's street, city, region, country and postcode (the domain's PostalAddress). */
export const PostalAddressBody = z.object(PostalAddress.shape).openapi('PostalAddress');

/** Where a dispatch stands (the domain's DispatchStatus). */
export const DispatchStatusBody = z.enum(DispatchStatus.options);

/** A person as the domain keeps them, flags included. */
export const PersonBody = z
  .object({ ...Person.shape, flags: z.object(PersonFlags.shape) })
  .openapi('Person');

/** How a person stands to an account they are party to (the domain's AccountRole). */
export const AccountRoleBody = z.enum(AccountRole.options).openapi('AccountRole', {
  description:
    'debtor: owes the account (OWES); co_borrower: borrowed it together with the debtor (CO_BORROWS); guarantor: guarantees it (GUARANTEES).',
});

/** A person's roles on accounts, once each, as a search hit and a holder give them. */
const AccountRolesBody = z.array(AccountRoleBody).openapi({
  description:
    'Every role the person holds on the accounts they are party to, once each, in the order debtor, co_borrower, guarantor; empty for someone party to no account (a reference, family, a colleague) and for an employer. A guarantor or a co-borrower is not the debtor: tell them apart by this list, not by isDebtor.',
  example: ['guarantor'],
});

/** The compatibility flag: some account role, whichever it is. */
const IsDebtorBody = z.boolean().openapi({
  description:
    'True when the person owes, guarantees or co-borrows at least one account, i.e. accountRoles is not empty (a guarantor too). Kept for compatibility; accountRoles says which.',
});

/** A person found by a search, with their roles on accounts (as a holder's). */
export const PersonHitBody = z
  .object({ ...PersonBody.shape, isDebtor: IsDebtorBody, accountRoles: AccountRolesBody })
  .openapi('PersonHit');

/** An account as the domain keeps it (in an answer the status is always there, so it is required). */
export const AccountBody = z
  .object({ ...Account.shape, status: z.enum(AccountStatus.options) })
  .openapi('Account');

/** Who holds a shared contact point, their roles on accounts, and by what evidence. */
export const HolderBody = z
  .object({
    kind: z.enum(['person', 'employer']),
    id: z.string(),
    name: z.string(),
    isDebtor: IsDebtorBody,
    accountRoles: AccountRolesBody,
    source: z.string(),
    lastSeen: z.string().optional(),
  })
  .openapi('Holder');

export const SharedBody = z
  .object({
    contact: ContactPointBody,
    phone: z.record(z.string(), z.unknown()).optional(),
    holders: z.array(HolderBody),
  })
  .openapi('SharedIdentifier');

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'CN-001' }),
});

/**
 * The guard's decision, with the domain's fields. Built here with the OpenAPI-extended zod rather
 * than by calling `.openapi` on the domain schema, which only has that method when the domain module
 * was loaded after @hono/zod-openapi.
 */
export const DecisionBody = z.object(Decision.shape).openapi('Decision');

/** The wire shapes above as types, for clients (the workbench imports these). */
export type SubgraphJson = z.infer<typeof SubgraphBody>;
export type PersonJson = z.infer<typeof PersonBody>;
export type PersonHitJson = z.infer<typeof PersonHitBody>;
export type AccountJson = z.infer<typeof AccountBody>;

/** A visit's plan (外访): the collectors going and whether the visit is recorded. */
export const VisitPlanBody = z
  .object({
    collectors: z.array(z.string().trim().min(1).max(128)).max(10),
    recorded: z.boolean(),
  })
  .openapi('VisitPlan', {
    description: 'For a visit: the collectors going and whether it is recorded',
    example: { collectors: ['王强', '李娜'], recorded: true },
  });
