import type { Address } from '../model/index.js';
import { isKnownZone } from './local-time.js';
import { NANP_REGIONS } from './nanp-regions.js';

/** Where a recipient may be: the IANA zones to respect and what each came from. */
export interface CandidateZones {
  zones: string[];
  basis: string[];
}

/** What the record says about the recipient's location. */
export interface ZoneEvidence {
  personTimezone?: string;
  address?: Pick<Address, 'country' | 'region' | 'timezone'>;
  /** The phone contacted (E.164) and its country, when the channel uses a phone. */
  phone?: { e164: string; country?: string };
}

const areaZones = new Map<string, readonly string[]>();
const regionZones = new Map<string, readonly string[]>();
for (const r of NANP_REGIONS) {
  const all = new Set<string>(r.zones);
  for (const code of r.areaCodes.split(' ').filter((c) => c !== '')) areaZones.set(code, r.zones);
  for (const [code, zones] of Object.entries(r.split ?? {})) {
    areaZones.set(code, zones);
    for (const z of zones) all.add(z);
  }
  const zones = [...all];
  regionZones.set(r.region, zones);
  regionZones.set(r.name.toUpperCase(), zones);
}

/**
 * National standard time overrides ICU's country lists: China has one legal time (Beijing time),
 * although ICU also lists Asia/Urumqi for Xinjiang's informal local time.
 */
const COUNTRY_OVERRIDES: Record<string, readonly string[]> = { CN: ['Asia/Shanghai'] };

/** Zones a North American area code's numbers may be in; empty for non-geographic codes. */
export function zonesOfAreaCode(areaCode: string): readonly string[] {
  return areaZones.get(areaCode) ?? [];
}

/** Zones of a state or province ("CA", "US-CA", "California"), or undefined if unknown. */
export function zonesOfRegion(country: string, region: string): readonly string[] | undefined {
  const r = region.trim().toUpperCase();
  if (r === '') return undefined;
  return (
    regionZones.get(r.includes('-') ? r : `${country.toUpperCase()}-${r}`) ?? regionZones.get(r)
  );
}

const countryZones = new Map<string, readonly string[]>();

/** Every zone of a country (ICU's data), or an empty list when the country is unknown. */
export function zonesOfCountry(country: string): readonly string[] {
  const c = country.toUpperCase();
  const override = COUNTRY_OVERRIDES[c];
  if (override) return override;
  let zones = countryZones.get(c);
  if (!zones) {
    zones = [];
    try {
      const locale = new Intl.Locale(`und-${c}`) as unknown as {
        timeZones?: string[];
        getTimeZones?: () => string[];
      };
      zones = (locale.getTimeZones?.() ?? locale.timeZones ?? []).filter(isKnownZone);
    } catch {
      zones = [];
    }
    countryZones.set(c, zones);
  }
  return zones;
}

/**
 * The zones a contact must respect. An explicit, valid person timezone decides alone; otherwise the
 * current address (its timezone, else its state/province, else its country) AND the phone (its area
 * code for North American numbers, else its country) all count, so the contact must be allowed in
 * every one of them (Regulation F's rule for an ambiguous location).
 * @example candidateZones({ phone: { e164: '+14155550100' } }).zones // ['America/Los_Angeles']
 */
export function candidateZones(evidence: ZoneEvidence): CandidateZones {
  if (evidence.personTimezone && isKnownZone(evidence.personTimezone))
    return { zones: [evidence.personTimezone], basis: ['person timezone'] };
  const zones = new Set<string>();
  const basis: string[] = [];
  const address = evidence.address;
  if (address) {
    const fromAddress =
      address.timezone && isKnownZone(address.timezone)
        ? [address.timezone]
        : (zonesOfRegion(address.country, address.region) ?? zonesOfCountry(address.country));
    if (fromAddress.length > 0) basis.push('current address');
    for (const z of fromAddress) zones.add(z);
  }
  const phone = evidence.phone;
  if (phone) {
    const fromPhone = phone.e164.startsWith('+1')
      ? zonesOfAreaCode(phone.e164.slice(2, 5))
      : phone.country
        ? zonesOfCountry(phone.country)
        : [];
    if (fromPhone.length > 0)
      basis.push(phone.e164.startsWith('+1') ? 'phone area code' : 'phone country');
    for (const z of fromPhone) zones.add(z);
  }
  return { zones: [...zones], basis };
}
