import { type CountryCode, ParseError, parsePhoneNumberWithError } from 'libphonenumber-js/max';

/** A phone number in canonical form, with what the full metadata says about it. */
export interface NormalisedPhone {
  e164: string;
  /** MOBILE, FIXED_LINE, FIXED_LINE_OR_MOBILE, VOIP, TOLL_FREE, … or UNKNOWN. */
  type: string;
  country?: string;
}

export type PhoneResult =
  | { ok: true; phone: NormalisedPhone }
  | {
      ok: false;
      code: string;
      message: string;
      /**
       * The message's arguments, for every language: the masked number, its country, the parser's
       * reason; `path` (the field, or 'none') and `hint` (a nested message, or none) are the caller's.
       */
      params: PhoneProblemParams;
    };

/** What a phone problem's message names; all strings, so any reader can word them. */
export interface PhoneProblemParams {
  readonly [name: string]: string | readonly { code: string; params: Record<string, string> }[];
  readonly path: string;
  readonly hint: readonly { code: string; params: Record<string, string> }[];
}

const NO_PLACE = { path: 'none', hint: [] } as const;

/**
 * Normalises a number to E.164 given a default region; rejects numbers not valid for their region.
 * @example normalisePhone('138 0013 8000', 'CN') // { ok: true, phone: { e164: '+8613800138000', type: 'MOBILE', country: 'CN' } }
 */
export function normalisePhone(raw: string, defaultRegion?: string): PhoneResult {
  const text = raw.trim();
  if (text === '')
    return { ok: false, code: 'phone_empty', message: 'phone number is empty', params: NO_PLACE };
  try {
    const parsed = parsePhoneNumberWithError(
      text,
      defaultRegion ? { defaultCountry: defaultRegion.toUpperCase() as CountryCode } : undefined,
    );
    if (!parsed.isValid()) {
      return {
        ok: false,
        code: 'phone_invalid',
        message: `"${mask(text)}" is not a valid number${parsed.country ? ` for ${parsed.country}` : ''}`,
        params: { ...NO_PLACE, number: mask(text), country: parsed.country ?? 'none' },
      };
    }
    const phone: NormalisedPhone = { e164: parsed.number, type: parsed.getType() ?? 'UNKNOWN' };
    if (parsed.country) phone.country = parsed.country;
    return { ok: true, phone };
  } catch (error) {
    const reason = error instanceof ParseError ? error.message : 'unparseable';
    const hint =
      reason === 'INVALID_COUNTRY' ? ' (give an international +CC number or a default region)' : '';
    return {
      ok: false,
      code: 'phone_unparseable',
      message: `phone number cannot be parsed: ${reason}${hint}`,
      params: { ...NO_PLACE, reason },
    };
  }
}

/** Keeps only the last two digits so error messages never echo a full number. */
function mask(text: string): string {
  const digits = text.replace(/\D/g, '');
  return digits.length <= 2 ? '**' : `${'*'.repeat(digits.length - 2)}${digits.slice(-2)}`;
}
