// The minimal metadata groups numbers as the full one does, at about half the size: the browser
// bundles it. Validity is the service's to judge (src/domain/phone, full metadata), not this file's.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** A number as the service keeps it: "+", a country code, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{4,14}$/;

/**
 * A phone number as a person reads and dials it, in international groups; a value that is not a
 * number in E.164 (an email, an address, a number too short for its country) is returned as it is.
 * @example phoneDisplay('+8613509820217') // '+86 135 0982 0217'
 */
export function phoneDisplay(value: string): string {
  if (!E164.test(value)) return value;
  const parsed = parsePhoneNumberFromString(value);
  return parsed?.isValid() ? parsed.formatInternational() : value;
}

/**
 * A number a person typed (spaces, dashes, brackets, or national with `region`) in E.164, so an
 * address or a request carries the one form the service keeps; undefined when it is not a number.
 * @example phoneTyped('+86 135-0982-0217') // '+8613509820217'
 */
export function phoneTyped(text: string, region?: string): string | undefined {
  const parsed = parsePhoneNumberFromString(
    text.trim(),
    region ? (region.toUpperCase() as CountryCode) : undefined,
  );
  return parsed?.isValid() ? parsed.number : undefined;
}
