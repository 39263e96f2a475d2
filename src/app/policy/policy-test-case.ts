import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import type { GuardContext, GuardRequest } from '../../domain/guard/guard-context.js';
import { lostFactsOf } from '../../domain/lost/own-routes.js';
import {
  Account,
  Address,
  type Attempt,
  Channel,
  type ContactPoint,
  nodeKey,
  Outcome,
  Person,
  PersonFlags,
  type Subgraph,
} from '../../domain/model/index.js';
import { issueCheck } from '../../domain/model/issue-message.js';
import { durationMs } from '../../domain/policy/duration.js';
import { Duration, RecipientRelation } from '../../domain/policy/policy-schema.js';

const Iso = z
  .string()
  .refine(
    (s) => !Number.isNaN(Date.parse(s)),
    issueCheck('an ISO-8601 time with offset, e.g. "2026-03-03T07:30:00-08:00"', 'issue_test_time'),
  );
const AddressInput = z.object({
  country: z.string().length(2),
  region: z.string().default(''),
  city: z.string().min(1).optional(),
  postcode: z.string().optional(),
  timezone: z.string().optional(),
});

/** Who the contact reaches in a test case: the debtor, or someone related to the debtor. */
const RecipientInput = z.union([
  z.literal('self'),
  z.object({
    relation: z.union([RecipientRelation, z.array(RecipientRelation).min(1)]),
    name: z.string().default('Recipient'),
    timezone: z.string().optional(),
    address: AddressInput.optional(),
    flags: PersonFlags.partial().optional(),
    /** Where the link to the debtor is known from (application, contract, address_book …). */
    source: z.string().min(1).optional(),
    /** Where the recipient's hold on the contact point is known from (default: the same as `source`). */
    contactSource: z.string().min(1).optional(),
  }),
]);

/** One earlier attempt: when (absolute, or how long before the case's `at`), how, and to whom. */
const HistoryInput = z
  .object({
    at: Iso.optional(),
    ago: Duration.optional(),
    channel: Channel.default('call'),
    outcome: Outcome.optional(),
    /** `recipient` (default): the same contact point and person; `debtor`: the debtor on another number; or an E.164 number. */
    to: z.string().default('recipient'),
    account: z.string().optional(),
    times: z.number().int().min(1).max(100).default(1),
    /** `inbound`: a reply the consumer sent (never counted by caps). */
    direction: z.enum(['outbound', 'inbound']).optional(),
  })
  .refine(
    (h) => (h.at === undefined) !== (h.ago === undefined),
    issueCheck('give exactly one of "at" or "ago"', 'issue_test_at_or_ago'),
  );

/** The input and the expectation of one policy test case. */
export const PolicyTestCase = z.object({
  name: z.string().min(1),
  at: Iso,
  channel: Channel.default('call'),
  /** Phone number (E.164), email address, or address id for visits and letters. */
  to: z.string().min(1),
  recipient: RecipientInput.default('self'),
  workplace: z.boolean().default(false),
  message: z.string().optional(),
  /** A visit's plan: the collectors going and whether it is recorded. */
  visit: z.object({ collectors: z.array(z.string()), recorded: z.boolean() }).optional(),
  account: z
    .object({
      jurisdiction: z.string().optional(),
      dueDate: Iso.optional(),
      id: z.string().optional(),
    })
    .default({}),
  debtor: z
    .object({
      timezone: z.string().optional(),
      address: AddressInput.optional(),
      flags: PersonFlags.partial().optional(),
    })
    .default({}),
  /** The contact point's own address (visits, letters). */
  contactAddress: AddressInput.optional(),
  history: z.array(HistoryInput).default([]),
  expect: z.object({
    outcome: z.enum(['allow', 'deny']),
    /** Exactly these rule ids fail (order does not matter); omit to check only the outcome. */
    rules: z.array(z.string()).optional(),
    /** Exactly these verdict codes (e.g. `outside_hours`, `discloses_debt`) are given; omit to skip. */
    codes: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a snake_case verdict code')).optional(),
    nextAllowedAt: Iso.optional(),
    /** Banned-language or disclosure categories that must be among the matches. */
    categories: z.array(z.string()).optional(),
    /** Texts each of which some failed rule's reason must include (a missing element, a request's date). */
    reasonIncludes: z.array(z.string().min(1)).optional(),
  }),
});
export type PolicyTestCase = z.infer<typeof PolicyTestCase>;

/** A test file: which policy files (relative to the policies directory) and its cases. */
export const PolicyTestFile = z.object({
  policies: z.array(z.string().min(1)).min(1),
  defaults: z
    .object({
      account: z
        .object({ jurisdiction: z.string().optional(), dueDate: Iso.optional() })
        .default({}),
    })
    .default({ account: {} }),
  cases: z.array(PolicyTestCase).min(1),
});
export type PolicyTestFile = z.infer<typeof PolicyTestFile>;

const DEBTOR_ID = 'debtor';
const RECIPIENT_ID = 'recipient';
const DEBTOR_PHONE = '+10000000000';

function contactOf(channel: Channel, to: string): ContactPoint {
  if (channel === 'email') return { kind: 'email', value: to };
  if (channel === 'visit' || channel === 'letter') return { kind: 'address', value: to };
  return { kind: 'phone', value: to };
}

function addressOf(id: string, input: z.infer<typeof AddressInput>): Address {
  return Address.parse({ id, line: 'test', city: 'test', ...input });
}

/**
 * Builds the guard request and context a test case describes; `at` keeps its offset, so the case
 * reads as local time. History times are absolute or "ago" from `at`.
 */
export function scenarioOf(
  c: PolicyTestCase,
  defaults: PolicyTestFile['defaults'],
): { request: GuardRequest; context: GuardContext; at: Date } {
  const at = new Date(c.at);
  const accountId = c.account.id ?? 'A1';
  const account = Account.parse({
    id: accountId,
    debtorId: DEBTOR_ID,
    product: 'loan',
    currency: 'USD',
    principal: 1000,
    balance: 1000,
    dueDate:
      c.account.dueDate ??
      defaults.account.dueDate ??
      new Date(at.getTime() - 60 * 86_400_000).toISOString(),
    jurisdiction: c.account.jurisdiction ?? defaults.account.jurisdiction ?? 'US',
  });
  const debtor = Person.parse({
    id: DEBTOR_ID,
    name: 'Debtor',
    timezone: c.debtor.timezone,
    flags: c.debtor.flags ?? {},
  });
  const contact = contactOf(c.channel, c.to);
  const request: GuardRequest = { accountId, channel: c.channel, contact };
  if (c.message !== undefined) request.message = c.message;
  if (c.visit !== undefined) request.visit = c.visit;

  let recipient: GuardContext['recipient'];
  if (c.recipient === 'self') {
    recipient = { person: debtor, relations: ['self'] };
    if (c.debtor.address) recipient.currentAddress = addressOf('debtor-home', c.debtor.address);
  } else {
    const relations = Array.isArray(c.recipient.relation)
      ? c.recipient.relation
      : [c.recipient.relation];
    const person = Person.parse({
      id: RECIPIENT_ID,
      name: c.recipient.name,
      timezone: c.recipient.timezone,
      flags: c.recipient.flags ?? {},
    });
    recipient =
      relations.includes('unknown') || relations.includes('employer')
        ? { relations }
        : { person, relations };
    if (c.recipient.address)
      recipient.currentAddress = addressOf('recipient-home', c.recipient.address);
    if (c.recipient.source !== undefined) recipient.relationSources = [c.recipient.source];
    const contactSource = c.recipient.contactSource ?? c.recipient.source;
    if (contactSource !== undefined) recipient.contactSources = [contactSource];
  }
  if (recipient.person) request.recipientPersonId = recipient.person.id;

  const contactFacts: GuardContext['contact'] = { point: contact, workplace: c.workplace };
  if (contact.kind === 'phone') {
    const parsed = parsePhoneNumberFromString(contact.value);
    contactFacts.phone = parsed?.country
      ? { e164: contact.value, country: parsed.country }
      : { e164: contact.value };
  }
  if (c.contactAddress) contactFacts.address = addressOf(contact.value, c.contactAddress);

  const history: Attempt[] = [];
  c.history.forEach((h, i) => {
    const base = h.at !== undefined ? Date.parse(h.at) : at.getTime() - durationMs(h.ago ?? '0m');
    for (let k = 0; k < h.times; k++) {
      const toDebtor = h.to === 'debtor';
      const attempt: Attempt = {
        id: `h${i}-${k}`,
        accountId: h.account ?? accountId,
        // Repeated entries are spread a minute apart, earliest first.
        at: new Date(base - (h.times - 1 - k) * 60_000).toISOString(),
        channel: h.channel,
        contact: toDebtor
          ? { kind: 'phone', value: DEBTOR_PHONE }
          : h.to === 'recipient'
            ? contact
            : { kind: 'phone', value: h.to },
      };
      const personId = toDebtor
        ? DEBTOR_ID
        : h.to === 'recipient'
          ? recipient.person?.id
          : undefined;
      if (personId !== undefined) attempt.personId = personId;
      if (h.outcome !== undefined) attempt.outcome = h.outcome;
      if (h.direction !== undefined) attempt.direction = h.direction;
      history.push(attempt);
    }
  });

  // The debtor's one number, so the lost test sees what the loader would: an invalid_number
  // outcome on it leaves no own route.
  const debtorGraph: Subgraph = {
    nodes: [
      { key: nodeKey('person', DEBTOR_ID), kind: 'person', data: debtor },
      {
        key: nodeKey('phone', DEBTOR_PHONE),
        kind: 'phone',
        data: { e164: DEBTOR_PHONE, type: 'MOBILE', status: 'unknown' },
      },
    ],
    edges: [
      {
        type: 'HAS_PHONE',
        from: nodeKey('person', DEBTOR_ID),
        to: nodeKey('phone', DEBTOR_PHONE),
        props: { source: 'application' },
      },
    ],
  };
  // The debtor's own contact points: the test number for `to: debtor`, and the contact itself when
  // the case calls the debtor somewhere other than at work.
  const debtorContacts: ContactPoint[] = [{ kind: 'phone', value: DEBTOR_PHONE }];
  if (c.recipient === 'self' && !c.workplace) debtorContacts.push(contact);
  const context: GuardContext = {
    account,
    debtor,
    debtorAccountIds: [accountId],
    debtorContacts,
    recipient,
    contact: contactFacts,
    history,
    debtorLost: lostFactsOf(debtorGraph, DEBTOR_ID, [accountId], history, at),
  };
  if (c.debtor.address) context.debtorAddress = addressOf('debtor-home', c.debtor.address);
  return { request, context, at };
}
