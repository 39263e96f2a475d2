import { z } from 'zod';
import { isKnownZone } from '../guard/local-time.js';
import { BannedLanguageRule } from './banned-language-schema.js';
import {
  ConsentRequiredRule,
  ConsumerRequestsRule,
  ContactSourcesRule,
  RequiredContentRule,
  VisitRequirementsRule,
} from './contact-rule-schemas.js';
import {
  base,
  ClockTime,
  Duration,
  PublicHolidays,
  StableId,
  Term,
  Weekday,
} from './policy-fields.js';
import { policyText } from './policy-text-schema.js';
import { RetentionPeriod } from './retention-schema.js';

export { BannedLanguageRule, NearPattern, PhraseGroup } from './banned-language-schema.js';
export {
  ConsentRequiredRule,
  ConsumerRequestsRule,
  ContactSourcesRule,
  RequiredContentRule,
  VisitRequirementsRule,
} from './contact-rule-schemas.js';
export { ClockTime, Duration, StableId, Weekday } from './policy-fields.js';

import { CONVERSATION_OUTCOMES, Outcome } from '../model/attempt.js';
import { Channel } from '../model/channel.js';
import { patternString } from '../model/issue-message.js';
import { ObligationRole, RelationKind } from '../model/relations.js';

/** How the recipient stands to the debtor: the debtor, a co-obligor, a relation kind, an employer, or unknown. */
export const RecipientRelation = z.union([
  z.enum(['self', 'employer', 'unknown']),
  ObligationRole,
  RelationKind,
]);
export type RecipientRelation = z.infer<typeof RecipientRelation>;

/**
 * A jurisdiction or prefix the policy applies to: "US" covers "US-CA"; "*" covers everything. Places
 * below state level have a third part ("US-NY-NYC"), derived from the consumer's current address.
 */
export const JurisdictionPattern = patternString(
  /^(\*|[A-Z]{2}(-[A-Z0-9]{1,3}){0,2})$/,
  'issue_jurisdiction_pattern',
  'a jurisdiction like "US", "US-CA", "US-NY-NYC", "CN" or "*"',
);

const ALL_CHANNELS = Channel.options;
const ALL_DAYS = Weekday.options;

export const TimeWindowRule = z
  .strictObject({
    ...base,
    type: z
      .literal('time_window')
      .describe(
        'Contact only inside a local-time window, in every candidate zone of the recipient.',
      ),
    channels: z
      .array(Channel)
      .min(1)
      .default([...ALL_CHANNELS])
      .describe('Channels the window applies to (default: all).'),
    days: z
      .array(Weekday)
      .min(1)
      .default([...ALL_DAYS])
      .describe('Days of the week contact is allowed (default: every day).'),
    from: ClockTime.describe('Start of the window, local time "HH:MM" (inclusive).'),
    to: ClockTime.describe('End of the window, local time "HH:MM" (exclusive).'),
    /** Local dates with no contact: "YYYY-MM-DD" once, or "MM-DD" every year. */
    holidays: z
      .array(
        patternString(
          /^(\d{4}-)?\d{2}-\d{2}$/,
          'issue_holiday_date',
          'a date like "2026-12-25" or "12-25"',
        ),
      )
      .default([])
      .describe('Local dates with no contact: "2026-12-25" once, or "12-25" every year.'),
    byDay: z
      .array(
        z
          .strictObject({
            days: z.array(Weekday).min(1),
            from: ClockTime,
            to: ClockTime,
          })
          .refine((d) => d.from < d.to, {
            message: '"from" must be earlier than "to"',
            path: ['to'],
            params: { code: 'issue_hours_order' },
          }),
      )
      .default([])
      .describe(
        'Other hours on some days, e.g. weekends 09:00–21:00 (the days must also be in `days`).',
      ),
    publicHolidays: PublicHolidays.optional().describe(
      'No contact on the public holidays of this country (date-holidays; China: chinese-days, with make-up working days counted as working days).',
    ),
  })
  // Compared only when both are well-formed times, so a typo reports once, where it is.
  .refine(
    (r) =>
      !ClockTime.safeParse(r.from).success || !ClockTime.safeParse(r.to).success || r.from < r.to,
    {
      message: '"from" must be earlier than "to" (windows over midnight are not supported)',
      path: ['to'],
      params: { code: 'issue_window_order' },
    },
  );

/** Which contact points a frequency cap covers (940 CMR 7.04(1)(f) caps personal and other numbers apart). */
export const CapNumbers = z.enum(['personal', 'workplace', 'other']);
export type CapNumbers = z.infer<typeof CapNumbers>;

export const FrequencyCapRule = z.strictObject({
  ...base,
  type: z
    .literal('frequency_cap')
    .describe('At most `max` attempts per scope in a rolling window.'),
  scope: z
    .enum(['account', 'debtor', 'contact_point', 'recipient'])
    .describe(
      'What is counted: attempts on the account, on all the debtor’s accounts, to the same contact point, or reaching the same person.',
    ),
  channels: z
    .array(Channel)
    .min(1)
    .default([...ALL_CHANNELS])
    .describe('Channels counted and capped.'),
  max: z
    .number()
    .int()
    .min(0)
    .describe('Attempts allowed in the window; with `max` already recorded, the next is denied.'),
  window: Duration.describe('Rolling window, e.g. "24h" or "7d".'),
  /** Count only attempts with these outcomes; attempts with no outcome yet always count. */
  outcomes: z
    .array(Outcome)
    .min(1)
    .optional()
    .describe(
      'Count only attempts with these outcomes (attempts with no outcome yet always count).',
    ),
  numbers: CapNumbers.optional().describe(
    'Apply only to contacts at, and count only attempts to: `personal` (the debtor’s own numbers and addresses, not at a workplace), `workplace` (a line or address an employer holds) or `other` (anything not personal).',
  ),
});

export const CoolDownRule = z.strictObject({
  ...base,
  type: z
    .literal('cool_down')
    .describe('No new contact for `duration` after a conversation on the account.'),
  /** New contacts on these channels wait. */
  channels: z.array(Channel).min(1).default(['call']),
  /** Outcomes that start the cool-down (a conversation). */
  after: z
    .array(Outcome)
    .min(1)
    .default([...CONVERSATION_OUTCOMES]),
  /** Channels on which an attempt with such an outcome counts as a conversation. */
  conversationChannels: z.array(Channel).min(1).default(['call']),
  duration: Duration.describe('How long contact waits after the conversation, e.g. "7d".'),
});

/** The ways a policy counts the debtor as lost; any one that holds makes the debtor lost. */
export const DebtorLost = z.strictObject({
  whenNoOwnRoute: z
    .boolean()
    .default(false)
    .describe(
      "Lost once none of the debtor's own numbers or emails is left (invalid, wrong party).",
    ),
  afterConsecutiveFailures: z
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .describe('Lost after this many failed attempts in a row to the debtor.'),
  consecutiveFailuresFrom: z
    .enum(['next_day', 'at_once'])
    .default('next_day')
    .describe('Lost from the next local day after those failures (default), or at once.'),
  afterDaysUnreachable: z
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .describe(
      'Lost this many days after the first failed attempt with no right-party contact since.',
    ),
  timeZone: z
    .string()
    .min(1)
    .max(64)
    .default('UTC')
    .refine(isKnownZone, {
      message: 'not an IANA time zone this runtime knows',
      params: { code: 'issue_iana_zone' },
    })
    .describe('IANA zone whose midnight starts "the next day".'),
});
export type DebtorLost = z.infer<typeof DebtorLost>;

export const ThirdPartyRule = z.strictObject({
  ...base,
  type: z
    .literal('third_party')
    .describe('Limits on contacting anyone who is not the consumer (see consumerRelations).'),
  /** Channels a third party may be contacted on; others are denied. */
  channels: z
    .array(Channel)
    .default([])
    .describe('Channels a third party may be contacted on; others are denied.'),
  minDaysPastDue: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('No third-party contact before the account is this many days past due.'),
  maxContactsPerThirdParty: z
    .number()
    .int()
    .min(0)
    .describe('At most this many contacts with one third party per account.'),
  /** Words that disclose the debt; matched like banned language. */
  disclosureTerms: z
    .array(Term)
    .default([])
    .describe('Words that disclose the debt; a message to a third party containing one is denied.'),
  /** When the debtor counts as lost, the condition for any third-party contact (see debtor-lost.ts). */
  debtorLost: DebtorLost.optional().describe(
    'Third parties only once the debtor is lost, in one of the ways given here (any one suffices).',
  ),
  /** Older form of `debtorLost.afterConsecutiveFailures` (lost at once, not from the next day). */
  debtorUnreachableAfter: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      'Third parties only after this many failed attempts in a row to the debtor (no answer, busy, invalid, suspended, wrong party).',
    ),
});

export const StopFlag = z.enum([
  'ceaseContact',
  'disputed',
  'bankrupt',
  'deceased',
  'attorney',
  'employerForbidsContact',
  'optOut',
]);
export type StopFlag = z.infer<typeof StopFlag>;

export const StopFlagsRule = z.strictObject({
  ...base,
  type: z.literal('stop_flags').describe('Person flags that end or restrict contact.'),
  flags: z
    .array(StopFlag)
    .min(1)
    .default([...StopFlag.options])
    .describe('Flags enforced (default: all).'),
});

export const Rule = z.discriminatedUnion('type', [
  TimeWindowRule,
  FrequencyCapRule,
  CoolDownRule,
  ThirdPartyRule,
  BannedLanguageRule,
  StopFlagsRule,
  RequiredContentRule,
  ConsentRequiredRule,
  ConsumerRequestsRule,
  ContactSourcesRule,
  VisitRequirementsRule,
]);
export type Rule = z.infer<typeof Rule>;
export type TimeWindowRule = z.infer<typeof TimeWindowRule>;
export type FrequencyCapRule = z.infer<typeof FrequencyCapRule>;
export type CoolDownRule = z.infer<typeof CoolDownRule>;
export type ThirdPartyRule = z.infer<typeof ThirdPartyRule>;
export type StopFlagsRule = z.infer<typeof StopFlagsRule>;

/** A compliance policy file: where it applies, who counts as the consumer, and its rules. */
export const Policy = z
  .strictObject({
    id: StableId,
    name: policyText(1, 200).describe(
      "The policy's name: one text for every language, or one per language ({ zh-CN, en }, at least one).",
    ),
    description: policyText(0, 4000)
      .optional()
      .describe(
        'What the policy asks, briefly: one text for every language, or one per language ({ zh-CN, en }).',
      ),
    appliesTo: z.strictObject({
      jurisdictions: z
        .array(JurisdictionPattern)
        .min(1)
        .describe('Jurisdictions the policy applies to; "US" covers "US-CA"; "*" covers all.'),
    }),
    /** Relations treated as the consumer; everyone else is a third party. "self" always is. */
    consumerRelations: z
      .array(RecipientRelation)
      .default(['self'])
      .describe(
        'Relations treated as the consumer; everyone else is a third party ("self" always is).',
      ),
    rules: z.array(Rule).min(1).describe('Every rule must allow; a deny lists every failed rule.'),
    retention: RetentionPeriod.optional(),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.rules.forEach((rule, i) => {
      if (seen.has(rule.id))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'id'],
          message: `duplicate rule id "${rule.id}"`,
          params: { code: 'issue_rule_id_twice', id: rule.id },
        });
      seen.add(rule.id);
    });
  });
export type Policy = z.infer<typeof Policy>;
