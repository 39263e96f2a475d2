import type { Catalogue } from './catalogue.js';
import { cliMessagesEn } from './catalogue-cli-en.js';
import { cliHelpMessagesEn } from './catalogue-cli-help-en.js';
import { configMessagesEn } from './catalogue-config-en.js';
import { errorMessagesEn } from './catalogue-errors-en.js';
import { issueMessagesEn } from './catalogue-issues-en.js';
import { policyMessagesEn } from './catalogue-policy-en.js';
import { reportMessagesEn } from './catalogue-reports-en.js';
import { originTermsEn, pointTermsEn, routeMessagesEn } from './catalogue-routes-en.js';

/**
 * English messages. The keys are the stable codes the domain emits; the texts are ICU
 * MessageFormat (plurals with `{n, plural, …}`, dates with `{x, date, day}`).
 */
export const en: Catalogue = {
  messages: {
    ...cliMessagesEn,
    ...reportMessagesEn,
    ...configMessagesEn,
    ...cliHelpMessagesEn,
    ...routeMessagesEn,
    ...errorMessagesEn,
    ...issueMessagesEn,
    ...policyMessagesEn,
    // skip tracing: why a contact point is left out of the routes
    number_invalid: 'The number is invalid.',
    line_suspended: 'The line is suspended; it is tried again after the cool-down.',
    wrong_party:
      'A wrong party answered on {answeredAt, date, day} (attempt {attemptId}); not routed to this person again until newer evidence.',
    someone_else_holds:
      "Someone else answered the debtor's number on {answeredAt, date, day} (attempt {attemptId}); not routed to the debtor again until newer evidence.",
    employment_ended: "The employer's switchboard is left out: the employment has ended.",
    employment_not_started:
      "The employer's switchboard is left out: the employment has not started yet.",
    recipient_deceased: 'The person expected to answer is deceased.',
    recipient_ceased_contact: 'The person expected to answer asked to stop contact.',
    // skip tracing: the debtor's lost state
    no_own_route: "None of the debtor's own numbers is left to try.",
    consecutive_failures: '{failed} failed attempts in a row (the policy counts {required}).',
    days_unreachable: 'Unreachable for {days} days since {firstFailedAt, date, day}.',
    // skip tracing: why no route is allowed
    debtor_ceased_contact: 'The debtor asked to stop all contact: no route is offered.',
    no_known_contact: 'The debtor has no known contact point.',
    every_contact_excluded:
      "Every known contact point is excluded ({excluded}); learn a new one from the debtor's people.",
    third_parties_need_lost_debtor:
      'Only third parties are left, and the debtor is not lost yet ({failedInARow} failed attempts in a row).',
    wait_until: 'The policy allows the next contact at {nextAllowedAt, date, moment}.',
    policy_denies_all: 'The policy denies every listed route now.',
    // guard: time window
    no_timezone:
      'No time zone is known for the recipient (no time zone, current address or geographic phone number), so local time cannot be checked; contact is denied until one is.',
    outside_hours:
      'Outside the allowed hours {from}–{to} in the recipient’s local time ({outside}), going by {basis}.',
    // guard: stop flags
    cease_contact: 'The debtor asked to cease contact.',
    recipient_cease_contact: 'The recipient asked not to be contacted.',
    disputed: 'The debt is disputed; collection pauses until it is verified.',
    bankrupt: 'The debtor is in bankruptcy; collection is stayed.',
    deceased_estate_only:
      "The debtor is deceased; only the estate's representative (executor) may be contacted.",
    attorney_only: 'The debtor is represented by an attorney; contact the attorney only.',
    employer_forbids_contact: "The debtor's employer forbids contact at work ({channel}).",
    recipient_opted_out: 'The recipient opted out of {channel}.',
    debtor_opted_out: 'The debtor opted out of {channel}.',
    // guard: decide
    no_policy:
      'No valid policy applies to jurisdiction {jurisdiction}; the guard denies until one does.',
    context_mismatch: 'The guard context was loaded for a different account; denied.',
    rule_error: 'A {type} rule could not be evaluated, so it denies.',
    // guard: frequency and cool-down
    cap_exceeded:
      'Frequency cap reached: {count, plural, one {# attempt} other {# attempts}} by {channels} per {scope} in {window} (at most {max}).',
    cool_down:
      'A conversation on this account took place {hoursAgo, plural, =0 {less than an hour} one {# hour} other {# hours}} ago; no {channels} for {duration} after one.',
    // guard: language
    banned_language: 'Banned language ({categories}): {phrases}.',
    // guard: third parties
    channel_not_allowed:
      'The recipient is a third party ({relations}); third parties may not be contacted by {channel} (allowed: {allowed}).',
    stage_too_early:
      'The recipient is a third party ({relations}); the account is {daysPastDue, plural, one {# day} other {# days}} past due, third parties only from {minDaysPastDue} days.',
    debtor_not_lost:
      'The debtor is not lost yet ({failedInARow, plural, one {# failed attempt} other {# failed attempts}} in a row, {ownRoutesLeft, plural, one {# own number} other {# own numbers}} left), so no third party may be contacted.',
    third_party_limit:
      'The recipient is a third party ({relations}) already contacted {count, plural, one {# time} other {# times}} (at most {max}).',
    discloses_debt: 'The message discloses the debt to a third party ({relations}): {terms}.',
    // guard: rest days and public holidays
    listed_holiday: 'No contact on {date}: a holiday listed in the policy.',
    public_holiday: 'No contact on {date}, a public holiday ({holiday}).',
    holiday_data_missing:
      'No public-holiday data for {year} yet, so {date} cannot be cleared; contact is denied until the holiday data is updated.',
    rest_day:
      'No contact on {weekday, select, mon {Mondays} tue {Tuesdays} wed {Wednesdays} thu {Thursdays} fri {Fridays} sat {Saturdays} sun {Sundays} other {{weekday}}} ({date}).',
    // guard: required content and consent
    required_content_unchecked:
      'The {channel} has no text, so the required content ({elements}) cannot be checked; it must carry it.',
    required_content_pending: 'Once written, the {channel} must carry: {elements}.',
    required_content_missing:
      'The {channel} lacks required content: {element, select, opt_out_notice {an opt-out notice (e.g. "Reply STOP to opt out")} one_word_opt_out {a one-word opt-out (e.g. "Reply STOP")} collector_identity {who is contacting (the collector’s identity)} other {{element}}}.',
    consent_missing: 'No recorded consent from the recipient to be contacted by {channel}.',
    // guard: the consumer's own limits
    consumer_opted_out:
      'The consumer opted out of this contact on {requestedAt, date, day} ({source, select, inbound_reply {reply} outcome {call outcome} note {note} api {recorded request} import {imported file} other {{source}}}).',
    consumer_place_inconvenient:
      'On {requestedAt, date, day} the consumer said this place is inconvenient ({source, select, inbound_reply {reply} outcome {call outcome} note {note} api {recorded request} import {imported file} other {{source}}}).',
    consumer_time_inconvenient:
      'On {requestedAt, date, day} the consumer said {from}–{to} is inconvenient ({source, select, inbound_reply {reply} outcome {call outcome} note {note} api {recorded request} import {imported file} other {{source}}}).',
    // guard: pre-agreed contacts and visits
    source_forbidden:
      'This third party or contact point is known only from a forbidden source ({sources}); it is never contacted.',
    source_not_pre_agreed:
      'The third party is not a contact the debtor gave (known from {sources}; allowed: {allowedSources}).',
    source_not_recorded:
      'The third party has no recorded source, so is not shown to be a contact the debtor gave (allowed: {allowedSources}).',
    visit_unplanned: 'A visit must name its collectors and whether it is recorded.',
    visit_plan_pending:
      'The visit must be planned with at least {minCollectors} collectors{recording, select, true {, recorded from start to end} other {}}.',
    visit_too_few_collectors:
      '{count, plural, one {# collector is} other {# collectors are}} named for the visit; at least {min} must go.',
    visit_not_recorded: 'The visit must be recorded from start to end.',
    // times
    time_now: 'now',
    time_in_minutes: 'in {n} min',
    time_in_hours: '{m, plural, =0 {in {h} h} other {in {h} h {m} min}}',
    time_in_days: '{n, plural, one {in # day} other {in # days}}',
    time_minutes_ago: '{n} min ago',
    time_hours_ago: '{n} h ago',
    time_days_ago: '{n, plural, one {# day ago} other {# days ago}}',
    time_next_allowed:
      'Next allowed {relative}: {recipient} for the recipient, {collector} for you.',
    time_zone_time: '{time} ({zone})',
    duration_m: '{n, plural, one {# minute} other {# minutes}}',
    duration_h: '{n, plural, one {# hour} other {# hours}}',
    duration_d: '{n, plural, one {# day} other {# days}}',
    // promises to pay
    promise_open: 'Promised {amount} by {dueDate, date, day}.',
    promise_due_today: 'Promise of {amount} is due today; {paid} paid so far.',
    promise_due_tomorrow:
      'Promise of {amount} is due tomorrow ({dueDate, date, day}): confirm it today.',
    promise_kept: 'Promise of {amount} due {dueDate, date, day} was kept.',
    promise_partly_kept:
      'Promise of {amount} due {dueDate, date, day} was partly kept: {paid} paid, {short} short.',
    promise_broken:
      'Promise of {amount} due {dueDate, date, day} was broken: nothing paid by then.',
    // worklist
    worklist_callable_now: 'Contactable now: {contact}.',
    worklist_opens_at:
      'Nothing may be contacted now; the next route opens {opensAt, date, moment}.',
    worklist_nothing_open: 'Nothing may be contacted now, and no route opens by itself.',
    worklist_no_route: 'No contact route is known.',
    worklist_ceased_contact: 'The debtor asked to stop all contact: nothing may be contacted.',
    worklist_ceased_contact_since:
      'The debtor asked on {ceasedAt, date, day} to stop all contact: nothing may be contacted.',
  },
  terms: {
    point: pointTermsEn,
    product: {
      auto_loan: 'auto loan',
      cash_loan: 'cash loan',
      consumer_loan: 'consumer loan',
      credit_card: 'credit card',
      installment: 'instalment loan',
      medical: 'medical bill',
      personal_loan: 'personal loan',
      mortgage: 'mortgage',
    },
    accountStatus: {
      open: 'open',
      closed: 'closed',
      charged_off: 'charged off',
      settled: 'settled',
    },
    element: {
      opt_out_notice: 'opt-out notice',
      one_word_opt_out: 'one-word opt-out',
      collector_identity: "collector's identity",
    },
    origin: originTermsEn,
    channel: { call: 'call', sms: 'SMS', email: 'email', visit: 'visit', letter: 'letter' },
    relation: {
      self: 'debtor',
      spouse: 'spouse',
      parent: 'parent',
      child: 'child',
      sibling: 'sibling',
      relative: 'relative',
      friend: 'friend',
      colleague: 'colleague',
      reference: 'reference',
      landlord: 'landlord',
      neighbor: 'neighbour',
      employer: 'employer',
      guarantor: 'guarantor',
      co_borrower: 'co-borrower',
      executor: 'executor',
      attorney: 'attorney',
      unknown: 'unknown',
    },
    scope: {
      account: 'account',
      debtor: 'debtor',
      contact: 'contact point',
      contact_point: 'contact point',
      recipient: 'recipient',
      third_party: 'third party',
    },
    basis: {
      'person timezone': "the time zone on the person's record",
      'current address': 'the current address',
      'phone area code': 'the phone area code',
      'phone country': 'the phone country',
    },
    category: {
      criminal_accusation: 'criminal accusation',
      fake_blacklist: 'fake blacklist',
      false_credit: 'false credit threat',
      false_government: 'posing as government',
      false_legal_process: 'false legal process',
      impersonation: 'impersonation',
      insult: 'insult',
      obscenity: 'obscenity',
      shaming: 'shaming',
      threat_arrest: 'threat of arrest',
      threat_seizure: 'threat of seizure',
      threat_violence: 'threat of violence',
    },
    outcome: {
      no_answer: 'no answer',
      busy: 'busy',
      invalid_number: 'invalid number',
      suspended: 'line suspended',
      wrong_party: 'wrong party',
      third_party: 'third party answered',
      right_party: 'right party reached',
      promise_to_pay: 'promise to pay',
      refused: 'refused to pay',
      cease_request: 'asked to stop contact',
    },
    source: {
      application: 'loan application',
      bureau: 'credit bureau',
      collector_note: 'collector note',
      inbound_call: 'inbound call',
      right_party_contact: 'right-party contact',
      reference: 'reference',
      skip_trace: 'skip tracing',
      public_record: 'public records',
      social: 'social profile',
      contract: 'contract',
      account: 'account',
      person_flags: "debtor's file",
    },
    stage: {
      current: 'current',
      early: 'early (1–30)',
      mid: 'mid (31–90)',
      late: 'late (91–180)',
      writeoff: 'charge-off (180+)',
    },
    promiseState: {
      open: 'open',
      due: 'due',
      kept: 'kept',
      partly_kept: 'partly kept',
      broken: 'broken',
    },
  },
};
