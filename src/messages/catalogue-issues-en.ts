const KIND =
  '{kind, select, opt_out {opt-out} inconvenient_time {inconvenient time} inconvenient_place {inconvenient place} other {{kind}}}';
const ITEMS = '{limit, plural, one {# item} other {# items}}';

/**
 * English words for a validation issue nested in an error (`issue_*`): the issue's facts, never the
 * value given (which may be a phone number or a name).
 */
export const issueMessagesEn: Readonly<Record<string, string>> = {
  // one issue of an import line, with where it is; and how many more were left out
  issue_at: '{path, select, none {{issue}} other {{path}: {issue}}}',
  issues_more: 'and {count} more',
  issue_same_person: 'from and to are the same person',
  issue_address_id_for_channel:
    'expected an address id for channel {channel}, got an email address',
  issue_required: 'required',
  issue_invalid_type:
    'expected {expected, select, string {text} number {a number} int {an integer} boolean {true or false} array {an array} object {an object} date {a date} null {null} other {{expected}}}',
  issue_too_small: `{of, select, string {{limit, plural, =1 {must not be empty} other {at least # characters}}} array {at least ${ITEMS}} set {at least ${ITEMS}} other {{inclusive, select, no {more than {limit}} other {at least {limit}}}}}`,
  issue_too_big: `{of, select, string {at most {limit, plural, one {# character} other {# characters}}} array {at most ${ITEMS}} set {at most ${ITEMS}} other {{inclusive, select, no {less than {limit}} other {at most {limit}}}}}`,
  issue_invalid_format:
    '{format, select, email {not a valid email address} url {not a valid URL} datetime {not an ISO 8601 date-time (e.g. 2026-12-07T09:30:00+08:00)} date {not an ISO 8601 date (YYYY-MM-DD)} time {not an ISO 8601 time} uuid {not a valid UUID} e164 {not an E.164 number (e.g. +8613800138000)} other {not in the expected format}}',
  issue_not_multiple_of: 'must be a multiple of {divisor}',
  issue_unrecognized_keys: 'unknown fields: {keys}',
  issue_invalid_value: 'expected one of {values}',
  issue_invalid_union: 'matches none of the allowed forms',
  issue_invalid_key: 'holds an invalid key',
  issue_invalid_element: 'holds an invalid value',
  // a check with no words of its own in the catalogue: its English text as the schema gives it
  issue_custom: '{text}',
  // the schemas' own checks (each schema keeps the same English as its message)
  issue_plausible_year: 'a year from {from} to {to}',
  issue_iso_date: 'not an ISO-8601 date',
  issue_identifier:
    'must not hold control, zero-width or bidirectional characters, or text that was not UTF-8',
  issue_currency_code: 'expected an ISO 4217 currency code (CNY, USD)',
  issue_iana_zone: 'expected an IANA time zone (Asia/Shanghai, America/New_York)',
  issue_promise_needs: 'a promise_to_pay needs {field}',
  issue_promise_only: '{field} belongs to a promise_to_pay only',
  issue_payment_twice: 'payment id {id} is given twice',
  issue_field_of_kind: `"{field}" belongs to an ${KIND} request only`,
  issue_opt_out_names: 'an opt-out names a channel, a contact point or both',
  issue_time_needs: 'an inconvenient time needs "{field}"',
  issue_time_order: 'an inconvenient time needs "from" earlier than "to"',
  issue_place_needs: 'an inconvenient place needs "place"',
  issue_jurisdiction: 'jurisdiction like US-CA, US-NY-NYC, CN or GB',
  issue_e164: 'not an E.164 number (e.g. +8613800138000)',
  // the policy schema's own checks
  issue_stable_id: 'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
  issue_duration: 'a duration like "30m", "24h" or "7d"',
  issue_clock_time: 'a time like "08:00"',
  issue_region_code: 'a state or province code like "NSW"',
  issue_jurisdiction_pattern: 'a jurisdiction like "US", "US-CA", "US-NY-NYC", "CN" or "*"',
  issue_holiday_date: 'a date like "2026-12-25" or "12-25"',
  issue_term_empty: 'the term is empty once spaces and punctuation are removed',
  issue_text_no_language: 'a text by language needs at least one of {langs}',
  issue_holidays_unknown: 'no holiday data for this country or region',
  issue_hours_order: '"from" must be earlier than "to"',
  issue_window_order: '"from" must be earlier than "to" (windows over midnight are not supported)',
  issue_sound_term: 'a sounds-like term needs two Chinese characters, or four letters of pinyin',
  issue_unordered_slots: 'an unordered pattern has exactly two slots',
  issue_category_empty: 'a category needs at least one of terms, soundsLike or near',
  issue_rule_id_twice: 'duplicate rule id "{id}"',
  // the import records' own checks
  issue_record_date:
    'expected an ISO-8601 date (2026-11-01) or date-time with offset (2026-11-01T09:30:00+08:00)',
  issue_record_date_time:
    'expected an ISO-8601 date-time with offset (2026-11-01T09:30:00+08:00 or …Z)',
  issue_country_code: 'expected a two-letter country code (CN, US, GB)',
  issue_language_tag: 'expected a BCP 47 language tag (zh-CN, en-US)',
  issue_not_before: 'must not be before {earlier}',
  issue_credit_balance: 'must be 0 or more (a credit balance is not a debt to collect)',
  issue_exactly_one: 'give exactly one of {first} or {second}',
};
