/**
 * English words for the routes' reasons (who a route reaches, its history and evidence, its
 * duties) and the ranking's notes; merged into the English catalogue.
 */
export const routeMessagesEn: Readonly<Record<string, string>> = {
  nested_separator: '; ',
  // who the route reaches, with the last conversation on it
  route_own: "debtor's own {point}{then}",
  route_co_obligor: '{point} of {name}, {relation} on account {accountId}{then}',
  route_employer: "switchboard of {name}, the debtor's current employer{then}",
  route_person: "{point} of {name}, the debtor's {relation}{then}",
  route_confirmed: ', confirmed by a right-party contact on {confirmedAt, date, day}',
  route_promise_taken: ', a promise to pay was taken on it on {confirmedAt, date, day}',
  route_promise_broken: ', a promise to pay was taken on it on {confirmedAt, date, day} and broken',
  // the attempts on it
  route_since_then: 'since then: {attempts}',
  route_attempts_so_far: 'attempts so far: {attempts}',
  route_attempt_count: '{n}× {outcome} (last {lastAt, date, day})',
  // the evidence behind it, hop by hop
  route_evidence: 'evidence: {hops}',
  hop_obligor: '{name} is {relation} on account {accountId} ({seen})',
  hop_knows: "{name} is the debtor's {relation} ({seen})",
  hop_works_at: 'the debtor works at {name} ({seen})',
  hop_attorney: 'attorney named {seen}',
  hop_lives: '{name} lives there ({seen})',
  hop_lived_until: '{name} lived there until {untilDate, date, day} ({seen})',
  hop_holds: 'held by {name} ({seen})',
  hop_switchboard: "{name}'s switchboard ({seen})",
  hop_other: '{type} ({seen})',
  seen_on: '{origin}{told}, last seen {lastSeenDate, date, day}',
  seen_undated: '{origin}{told}, undated',
  seen_from: '{origin}{told}',
  told_by: ' (told by {teller})',
  // warnings and duties
  route_shared:
    "shared with {count, plural, one {# unrelated debtor} other {# unrelated debtors}}: may not be the debtor's; score discounted",
  route_moved_on:
    "{failed, plural, one {# failed call} other {# failed calls}} to the debtor's known numbers since this one was last seen: they may have moved on to a number we do not have; score discounted",
  route_suspended_retry:
    'line was suspended; its {days}-day cool-down ended on {endedAt, date, day}, so it is tried again at a discount',
  route_stale: 'stale: newest evidence is {days} days old (over {staleAfter})',
  route_third_party_duty:
    'third party: ask only where the debtor can be reached; do not mention the debt',
  route_workplace_duty: 'workplace: ask for the debtor by name only; say nothing about the debt',
  // notes about the debtor as a whole
  note_ceased_all: 'The debtor asked to stop all contact: no routes are offered.',
  note_deceased: "The debtor is deceased: only the estate's representative (executor) is listed.",
  note_no_executor: "No executor is known for the estate: find the estate's representative first.",
  note_attorney:
    'The debtor is represented by attorney {name}: all contact goes through the attorney.',
  note_disputed:
    'Dispute pending: collection contact may have to wait until the debt is verified; the guard decides.',
  note_bankrupt: 'Bankruptcy on file: collection contact may be stayed; the guard decides.',
};

/** Kinds of contact point, as a route's headline names them. */
export const pointTermsEn: Readonly<Record<string, string>> = {
  mobile: 'mobile',
  landline: 'landline',
  phone: 'phone',
  voip: 'VoIP line',
  toll_free: 'toll-free line',
  email: 'email',
  current_address: 'current address',
  former_address: 'former address',
};

/** Where a piece of evidence came from, as a route's evidence says it. */
export const originTermsEn: Readonly<Record<string, string>> = {
  application: 'from the loan application',
  bureau: 'from a credit bureau',
  collector_note: 'noted by a collector',
  inbound_call: 'the debtor called from it',
  right_party_contact: 'confirmed in a right-party contact',
  reference: 'reported by a reference',
  skip_trace: 'from skip tracing',
  public_record: 'from public records',
  social: 'from a social profile',
  contract: 'on the contract',
  account: 'on the account',
  person_flags: "on the debtor's file",
};
