import { z } from 'zod';
import { knownHolidayCountry } from '../guard/holiday-calendar.js';
import { normalisePhrase } from '../language/normalise-text.js';
import { patternString } from '../model/issue-message.js';

/** Stable identifier of a policy or rule: lower case, digits, `.`, `_`, `-`. */
export const StableId = patternString(
  /^[a-z0-9][a-z0-9_.-]{0,79}$/,
  'issue_stable_id',
  'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
);

/** A rolling duration: minutes, hours or days, e.g. "30m", "24h", "7d". */
export const Duration = patternString(
  /^[1-9]\d{0,4}(m|h|d)$/,
  'issue_duration',
  'a duration like "30m", "24h" or "7d"',
);

export { ClockTime } from '../model/clock-time.js';

export const Weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Weekday = z.infer<typeof Weekday>;

export const base = {
  id: StableId.describe('Stable rule id, shown in decisions, audits and policy tests.'),
  description: z.string().max(2000).optional(),
};

/** A phrase that must still say something after folding (spaces and punctuation alone match everything). */
export const Term = z
  .string()
  .min(1)
  .max(200)
  .refine((t) => normalisePhrase(t) !== '', {
    message: 'the term is empty once spaces and punctuation are removed',
    params: { code: 'issue_term_empty' },
  });

/** A country's public holidays, from maintained holiday data rather than hand-typed dates. */
export const PublicHolidays = z
  .strictObject({
    country: patternString(
      /^[A-Z]{2}$/,
      'issue_country_code',
      'an ISO 3166 country code like "IE"',
    ),
    region: patternString(
      /^[A-Z0-9]{1,3}$/,
      'issue_region_code',
      'a state or province code like "NSW"',
    ).optional(),
    types: z
      .array(z.enum(['public', 'bank', 'school', 'optional', 'observance']))
      .min(1)
      .default(['public']),
  })
  .refine((h) => knownHolidayCountry(h.country, h.region), {
    message: 'no holiday data for this country or region',
    params: { code: 'issue_holidays_unknown' },
  });
