/**
 * The product's fixed vocabularies as plain lists, without zod, so the workbench bundle can show
 * exactly the values the service accepts; the domain's zod enums are built from them.
 */

/** Outreach channels a collector can use. */
export const CHANNELS = ['call', 'sms', 'email', 'visit', 'letter'] as const;

/** What happened on a contact attempt. */
export const OUTCOMES = [
  'no_answer',
  'busy',
  'invalid_number',
  'suspended',
  'wrong_party',
  'third_party',
  'right_party',
  'promise_to_pay',
  'refused',
  'cease_request',
] as const;
