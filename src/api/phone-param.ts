import { normalisePhone } from '../domain/phone/normalise-phone.js';
import { ApiError } from './api-error.js';

/** Normalises a phone number from a URL or body, or throws a 400 naming why. */
export function phoneParam(raw: string, region: string | undefined): string {
  const r = normalisePhone(raw, region);
  if (!r.ok)
    throw new ApiError(
      400,
      r.code,
      `${r.message}${region ? '' : '; pass ?region=CN (or US, …) for a national number'}`,
      { params: { ...r.params, hint: region ? [] : [{ code: 'phone_region_hint', params: {} }] } },
    );
  return r.phone.e164;
}
