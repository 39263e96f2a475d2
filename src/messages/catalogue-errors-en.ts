/**
 * English words for the API's errors (`{error:{code, message, params}}`), keyed by error code;
 * merged into the English catalogue. Each keeps the wording the code's English message always had.
 */
export const errorMessagesEn: Readonly<Record<string, string>> = {
  // the request itself: keys, limits, bodies, validation
  unauthenticated: 'send an API key as "Authorization: Bearer KEY"',
  unknown_api_key: 'the API key is not recognised',
  too_many_failed_authentications:
    'too many failed authentications from this address; retry in {wait}s',
  forbidden: 'the {role} role may not use this route (needs {permission})',
  rate_limited:
    'more than {perMinute} requests in a minute for this API key; retry in {retryAfter}s',
  body_too_large:
    '{maxBytes, select, unknown {the request body is too large} other {the request body is larger than {maxBytes} bytes}}',
  body_incomplete: 'the request body ended before it was complete',
  invalid_utf8: '{what, select, line {the line} other {the request body}} is not valid UTF-8 text',
  bad_request: '{kind, select, malformed_json {Malformed JSON in request body} other {{detail}}}',
  invalid_input: 'invalid {target}: {fields}',
  http_415:
    '{contentType, select, none {the request body has no Content-Type; send the one this route declares (application/json for a JSON body)} other {this route does not take a {contentType} body; send the Content-Type it declares (application/json for a JSON body)}}',
  route_not_found: 'no route for {method} {path}',
  method_not_allowed: '{method} is not allowed on {path}; allowed: {allowed}',
  conflict: 'the write conflicts with stored data',
  store_unavailable: 'the graph store is unavailable; nothing was changed or sent',
  internal_error: 'an unexpected error occurred; it has been logged',
  worker_misconfigured: 'the Worker is not configured; see details',
  // what the request names and the store does not hold
  person_not_found: 'no person with id {id}',
  account_not_found: '{path, select, none {} other {{path}: }}no account with id {id}',
  debtor_not_found:
    '{account, select, none {no debtor with id {id}} other {account {account} names a debtor the graph does not hold}}',
  recipient_not_found: 'no person with id {id} (recipientPersonId)',
  attempt_not_found: 'no attempt with id {id}',
  dispatch_not_found: 'no dispatch with id {id}',
  no_account: 'the person owes no account, so there is no debt to route for',
  account_not_of_debtor: 'the account is not owed by this debtor',
  // fields and query parameters
  invalid_at: '`at` must be an ISO-8601 date-time',
  invalid_from: '"from" must be an email address',
  invalid_cursor: '`cursor` is not one this service gave out',
  invalid_limit: '`limit` must be an integer from 1 to {max}',
  invalid_channel: '`channel` must be one of call, sms, email, visit, letter',
  invalid_period: '"from" and "to" must be ISO-8601 dates with from < to',
  invalid_range: '`from` ({from}) is after `to` ({to}): the range holds no time',
  export_too_large: 'the period holds more than {max} audit records; export a shorter one',
  nothing_to_calibrate:
    'no recorded attempt has a decided outcome (of {attempts} read): the defaults stay',
  currency_mismatch:
    "{path, select, none {} other {{path}: }}{given, select, none {the promise must be in the account's currency} other {the account is kept in {kept}, not {given}}}",
  payment_currency_mismatch:
    "{path}: the payment is in {paymentCurrency}, but its account is kept in {accountCurrency}; a payment is recorded in its account's currency",
  amount_finer_than_minor_unit:
    "{path}: {amount} {currency} is finer than the currency's smallest unit ({currency} has {digits, plural, =0 {no decimals} one {# decimal} other {# decimals}})",
  date_in_future:
    '{path}: {observedAt, date, day} is later than now ({nowAt, date, moment}, allowing a day of clock skew): it cannot have been observed yet',
  request_address_unknown:
    "{path}: {addressId} is none of this person's addresses (lived at, or an employer's); an inconvenient place names one of them, or the workplace",
  request_after_recorded:
    'requestedAt: {requestedAt} is after the request is recorded ({recordedAt}); a limit binds from when the consumer stated it',
  invalid_request: '{path, select, none {} other {{path}: }}{issue}',
  // phone numbers, alone or inside another message
  phone_empty: '{path, select, none {} other {{path}: }}phone number is empty{hint}',
  phone_invalid:
    '{path, select, none {} other {{path}: }}"{number}" is not a valid number{country, select, none {} other { for {country}}}{hint}',
  phone_unparseable:
    '{path, select, none {} other {{path}: }}phone number cannot be parsed: {reason}{reason, select, INVALID_COUNTRY { (give an international +CC number or a default region)} other {}}{hint}',
  phone_region_hint: '; pass ?region=CN (or US, …) for a national number',
  // call outcomes and what they taught
  invalid_outcome: 'outcome must be one of {options}',
  invalid_note: 'note must be text of at most {max} characters',
  invalid_learnt: '{path}: {issue}',
  invalid_learnt_phone: '{path}: {problem}',
  learnt_teller_missing: '{path}: the attempt reached no known person, so say who told it',
  learnt_teller_unknown: 'no person with id {id} told this',
  outcome_before_attempt:
    'the outcome at {outcomeAt, date, moment} is before the attempt was made ({attemptAt, date, moment})',
  promise_due_before_made: 'dueDate: {dueDate} is before the promise was made ({madeAt})',
  promise_without_promise_to_pay: 'amount and dueDate belong to a promise_to_pay outcome only',
  // outreach and its dispatches
  email_invalid:
    '{path}: not an email address ({reason, select, shape {it needs a name, an @ and a domain, as in name@example.cn} local {the part before the @ is empty, over 64 bytes, or holds spaces, a second @ or stray dots} domain {the part after the @ is no host name with a dot, as in example.cn or 例子.中国} other {longer than 254 bytes}})',
  message_required: 'a {channel} outreach needs a message',
  visit_plan_not_a_visit: 'a visit plan belongs to a visit only',
  guard_denied:
    '{count, plural, =0 {the guard denied this outreach; nothing was sent} other {the guard denied this outreach ({rules}); nothing was sent}}',
  idempotency_key_in_use:
    'another request with this idempotency key was in progress; send it again',
  idempotency_key_reused:
    'this idempotency key was already used for a different request; use a new key',
  idempotency_receipt_unreadable:
    'the stored answer for this idempotency key cannot be replayed; use a new key',
  dispatch_not_failed: 'dispatch {id} is {status}; only a failed dispatch can be retried',
  dispatch_retry_expired:
    'dispatch {id} is older than {minutes} minutes; send a new outreach so the guard decides again',
  // policies
  policy_invalid: 'the candidate policy is invalid',
  yaml_limit_exceeded: 'the YAML document was refused: {limits}',
  // imports
  type_required: 'a CSV import needs ?type= (person, account, phone, …)',
  empty_body: 'send the records in the request body',
  no_records: 'the body holds no record to import',
  nothing_imported:
    'no record was imported: all {rejectedCount} rejected (details.rejected names each line)',
  invalid_record: '{type}: {issues}',
  not_an_object: 'a record must be a JSON object',
  missing_type: 'record has no "type" (one of {expected})',
  invalid_json: 'malformed JSON: the line is not a JSON document',
  line_too_long: 'line longer than {max} characters',
  csv_extra_fields: 'row has {fields} fields, the header {header}',
  type_mismatch: 'row type "{type}" is not the file\'s type "{fileType}"',
  unknown_reference:
    '{kind} "{id}" is neither in this import nor in the store (kept as a dangling link)',
  unknown_type: 'unknown record type "{type}" (expected one of {expected})',
  csv_type_missing:
    'a CSV file holds one record type: give it (--type, one of {expected}) or add a "type" column',
  csv_duplicate_column: 'CSV header names the column "{name}" twice',
  csv_unclosed_quote: 'CSV header: a quoted field is not closed before the end of the file',
  csv_record_too_long: 'CSV header: the record is longer than the limit; reading stopped',
};
