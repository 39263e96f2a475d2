import { z } from 'zod';
import { isKnownZone } from '../../domain/guard/local-time.js';
import {
  AccountStatus,
  Channel,
  Currency,
  canonicalLanguageTag,
  identifierCheck,
  isCleanIdentifier,
  isPeriodInOrder,
  Jurisdiction,
  LANGUAGE_TAG_MESSAGE,
  ObligationRole,
  Outcome,
  PhoneStatus,
  RelationKind,
} from '../../domain/model/index.js';
import { issueCheck } from '../../domain/model/issue-message.js';

/*
 * The interchange format: one record per NDJSON line (or CSV row), told apart by `type`.
 * These schemas are the contract with data providers. Unknown top-level fields are ignored
 * (providers may send more), but `flags` is strict: a misspelt stop flag must be rejected,
 * never silently dropped, or a cease-contact request would be lost.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A calendar date (2026-11-01) or a date-time with its offset; a bare local time would depend on the importing machine's zone. */
export const RecordDate = z
  .string()
  .refine(
    (s) => (ISO_DATE.test(s) || ISO_DATE_TIME.test(s)) && !Number.isNaN(Date.parse(s)),
    issueCheck(
      'expected an ISO-8601 date (2026-11-01) or date-time with offset (2026-11-01T09:30:00+08:00)',
      'issue_record_date',
    ),
  );

/** A point in time with its offset (attempt times). */
export const RecordDateTime = z
  .string()
  .refine(
    (s) => ISO_DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
    issueCheck(
      'expected an ISO-8601 date-time with offset (2026-11-01T09:30:00+08:00 or …Z)',
      'issue_record_date_time',
    ),
  );

/** Whole numbers are taken as text: database exports often write ids and phone numbers unquoted. */
const wholeNumberAsText = (value: unknown): unknown =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
const Text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const Id = z.preprocess(wholeNumberAsText, Text(128).refine(isCleanIdentifier, identifierCheck()));
const Region = z
  .string()
  .refine(
    (s) => /^[A-Za-z]{2}$/.test(s),
    issueCheck('expected a two-letter country code (CN, US, GB)', 'issue_country_code'),
  )
  .transform((s) => s.toUpperCase());
const Source = Text(64);
/** A person's language as a BCP 47 tag, kept in its canonical form (zh-cn → zh-CN). */
const Locale = z
  .string()
  .max(35)
  .transform((s, ctx) => {
    const tag = canonicalLanguageTag(s);
    if (tag === undefined)
      ctx.addIssue({
        code: 'custom',
        ...issueCheck(LANGUAGE_TAG_MESSAGE, 'issue_language_tag'),
      });
    return tag ?? s;
  });
/** An IANA time zone the runtime knows (Asia/Shanghai, America/New_York): the guard's time window needs a real one. */
const TimeZone = z
  .string()
  .max(64)
  .refine(
    isKnownZone,
    issueCheck('expected an IANA time zone (Asia/Shanghai, America/New_York)', 'issue_iana_zone'),
  );

/** Evidence fields every relationship record may carry. */
const EvidenceFields = {
  source: Source,
  firstSeen: RecordDate.optional(),
  lastSeen: RecordDate.optional(),
  confidence: z.number().min(0).max(1).optional(),
};

/** The periods a record gives in order: from ≤ to, firstSeen ≤ lastSeen (the later end is the one named). */
function periodsInOrder(
  r: { from?: string | undefined; to?: string | undefined; firstSeen?: string; lastSeen?: string },
  ctx: z.RefinementCtx,
): void {
  if (!isPeriodInOrder(r.from, r.to))
    ctx.addIssue({
      code: 'custom',
      ...issueCheck('must not be before from', 'issue_not_before', { earlier: 'from' }),
      path: ['to'],
    });
  if (!isPeriodInOrder(r.firstSeen, r.lastSeen))
    ctx.addIssue({
      code: 'custom',
      ...issueCheck('must not be before firstSeen', 'issue_not_before', { earlier: 'firstSeen' }),
      path: ['lastSeen'],
    });
}

export const FlagsRecord = z.strictObject({
  ceaseContact: z.boolean().optional(),
  disputed: z.boolean().optional(),
  deceased: z.boolean().optional(),
  bankrupt: z.boolean().optional(),
  employerForbidsContact: z.boolean().optional(),
  attorney: z.strictObject({ name: Text(256), phone: Text(64) }).optional(),
  optOut: z.array(Channel).optional(),
  /** Channels the person consented to in writing (e.g. e-consent signed with the application). */
  consent: z.array(Channel).optional(),
});

export const PersonRecord = z.object({
  type: z.literal('person'),
  id: Id,
  name: Text(256),
  timezone: TimeZone.optional(),
  locale: Locale.optional(),
  /** Region for parsing the attorney's phone when it is not in +CC form. */
  region: Region.optional(),
  flags: FlagsRecord.optional(),
});

export const AccountRecord = z.object({
  type: z.literal('account'),
  id: Id,
  debtorId: Id,
  product: Text(64),
  currency: Currency,
  principal: z.number().nonnegative('must be 0 or more'),
  // A negative balance is money owed to the debtor (an overpayment or refund): nothing to collect.
  balance: z
    .number()
    .refine(
      (n) => n >= 0,
      issueCheck(
        'must be 0 or more (a credit balance is not a debt to collect)',
        'issue_credit_balance',
      ),
    ),
  dueDate: RecordDate,
  jurisdiction: Jurisdiction,
  status: AccountStatus.optional(),
});

export const PhoneRecord = z
  .object({
    type: z.literal('phone'),
    personId: Id.optional(),
    employerId: Id.optional(),
    number: z.preprocess(wholeNumberAsText, z.string().max(64)),
    region: Region.optional(),
    status: PhoneStatus.optional(),
    statusAt: RecordDate.optional(),
    ...EvidenceFields,
  })
  .refine((r) => (r.personId === undefined) !== (r.employerId === undefined), {
    ...issueCheck('give exactly one of personId or employerId', 'issue_exactly_one', {
      first: 'personId',
      second: 'employerId',
    }),
    path: ['personId'],
  })
  .superRefine(periodsInOrder);

export const EmailRecord = z
  .object({
    type: z.literal('email'),
    personId: Id,
    // Checked and canonicalised when mapped (email_invalid names what is wrong); the bound keeps a
    // runaway cell out of the check.
    address: z.string().max(1024),
    ...EvidenceFields,
  })
  .superRefine(periodsInOrder);

export const AddressRecord = z
  .object({
    type: z.literal('address'),
    /** The resident; absent for an address node on its own. */
    personId: Id.optional(),
    id: Id,
    line: Text(512),
    city: Text(128),
    region: z.string().max(128).default(''),
    country: Region,
    postcode: z.string().max(32).optional(),
    timezone: TimeZone.optional(),
    from: RecordDate.optional(),
    to: RecordDate.optional(),
    ...EvidenceFields,
  })
  .superRefine(periodsInOrder);

export const EmploymentRecord = z
  .object({
    type: z.literal('employment'),
    personId: Id,
    employerId: Id,
    employerName: Text(256),
    from: RecordDate.optional(),
    to: RecordDate.optional(),
    ...EvidenceFields,
  })
  .superRefine(periodsInOrder);

export const RelationRecord = z
  .object({
    type: z.literal('relation'),
    from: Id,
    to: Id,
    kind: RelationKind,
    ...EvidenceFields,
  })
  .superRefine(periodsInOrder);

export const ObligationRecord = z.object({
  type: z.literal('obligation'),
  personId: Id,
  accountId: Id,
  role: ObligationRole,
  source: Source.optional(),
});

export const AttemptRecord = z.object({
  type: z.literal('attempt'),
  id: Id,
  accountId: Id,
  channel: Channel,
  /** A phone number (call, sms), an email address (email) or an address id (visit, letter). */
  to: Text(320),
  /** Region for parsing `to` when it is a phone number not in +CC form. */
  region: Region.optional(),
  personId: Id.optional(),
  at: RecordDateTime,
  outcome: Outcome.optional(),
  outcomeAt: RecordDateTime.optional(),
});

/** A payment received on an account; it keeps (or partly keeps) the promises due from it on. */
export const PaymentRecord = z.object({
  type: z.literal('payment'),
  id: Id,
  accountId: Id,
  amount: z.number().positive().max(1e12),
  currency: Currency,
  at: RecordDateTime,
});

/** Every record schema by its `type`. */
export const RECORD_SCHEMAS = {
  person: PersonRecord,
  account: AccountRecord,
  phone: PhoneRecord,
  email: EmailRecord,
  address: AddressRecord,
  employment: EmploymentRecord,
  relation: RelationRecord,
  obligation: ObligationRecord,
  attempt: AttemptRecord,
  payment: PaymentRecord,
} as const;

export type RecordType = keyof typeof RECORD_SCHEMAS;
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS) as RecordType[];

export type PersonRecord = z.infer<typeof PersonRecord>;
export type AccountRecord = z.infer<typeof AccountRecord>;
export type PhoneRecord = z.infer<typeof PhoneRecord>;
export type EmailRecord = z.infer<typeof EmailRecord>;
export type AddressRecord = z.infer<typeof AddressRecord>;
export type EmploymentRecord = z.infer<typeof EmploymentRecord>;
export type RelationRecord = z.infer<typeof RelationRecord>;
export type ObligationRecord = z.infer<typeof ObligationRecord>;
export type AttemptRecord = z.infer<typeof AttemptRecord>;
export type PaymentRecord = z.infer<typeof PaymentRecord>;

/** One validated interchange record. */
export type InterchangeRecord =
  | PersonRecord
  | AccountRecord
  | PhoneRecord
  | EmailRecord
  | AddressRecord
  | EmploymentRecord
  | RelationRecord
  | ObligationRecord
  | AttemptRecord
  | PaymentRecord;

/** True when `type` names a record type of the interchange format. */
export function isRecordType(type: unknown): type is RecordType {
  return typeof type === 'string' && Object.hasOwn(RECORD_SCHEMAS, type);
}
