import { NANP_REGIONS } from '../guard/nanp-regions.js';
import type { Address } from '../model/index.js';

/** "MASSACHUSETTS" → "US-MA", for addresses that spell the state out. */
const REGION_BY_NAME = new Map(NANP_REGIONS.map((r) => [r.name.toUpperCase(), r.region]));

/**
 * New York City's five boroughs, by the names addresses use for them (borough, county or the
 * postal town). DCWP's debt-collection rules (6 RCNY 5-77) protect consumers who live in the city.
 */
const NYC_PLACES: ReadonlySet<string> = new Set([
  'new york',
  'new york city',
  'nyc',
  'manhattan',
  'brooklyn',
  'kings',
  'bronx',
  'the bronx',
  'queens',
  'staten island',
  'richmond',
  // Queens postal towns: addresses in Queens name the neighbourhood, not the borough.
  'astoria',
  'flushing',
  'jamaica',
  'long island city',
  'forest hills',
  'far rockaway',
  'ridgewood',
  'bayside',
  'woodside',
  'elmhurst',
  'jackson heights',
  'corona',
  'kew gardens',
  'rego park',
  'ozone park',
  'south ozone park',
  'richmond hill',
  'howard beach',
  'fresh meadows',
  'whitestone',
  'college point',
  'maspeth',
  'middle village',
  'sunnyside',
  'woodhaven',
  'hollis',
  'st. albans',
  'saint albans',
  'springfield gardens',
  'cambria heights',
  'queens village',
  'rosedale',
  'little neck',
  'douglaston',
  'oakland gardens',
  'bellerose',
  'glen oaks',
  'arverne',
  'rockaway park',
  'east elmhurst',
]);

/**
 * ZIP code prefixes wholly inside the city: 100–102 Manhattan, 103 Staten Island, 104 the Bronx,
 * 112 Brooklyn, 111/113/114/116 Queens. 110 (shared with Nassau County) is left to the city name.
 */
const NYC_ZIP_PREFIXES: readonly string[] = [
  '100',
  '101',
  '102',
  '103',
  '104',
  '111',
  '112',
  '113',
  '114',
  '116',
];

function isNewYorkState(address: Pick<Address, 'country' | 'region'>): boolean {
  return regionJurisdiction(address) === 'US-NY';
}

/** True when a US address lies in one of New York City's five boroughs. */
export function inNewYorkCity(
  address: Pick<Address, 'country' | 'region' | 'city' | 'postcode'>,
): boolean {
  if (address.country.toUpperCase() !== 'US') return false;
  const zip = address.postcode?.trim().slice(0, 5) ?? '';
  if (/^\d{5}$/.test(zip)) return NYC_ZIP_PREFIXES.includes(zip.slice(0, 3));
  return isNewYorkState(address) && NYC_PLACES.has(address.city.trim().toLowerCase());
}

/** The state or province code of an address ("US-MA"), when its region is a short code. */
function regionJurisdiction(address: Pick<Address, 'country' | 'region'>): string | undefined {
  const country = address.country.toUpperCase();
  const region = address.region.trim().toUpperCase();
  const named = REGION_BY_NAME.get(region);
  if (named?.startsWith(`${country}-`)) return named;
  const code = region.startsWith(`${country}-`) ? region.slice(country.length + 1) : region;
  return /^[A-Z0-9]{1,3}$/.test(code) ? `${country}-${code}` : undefined;
}

/**
 * Every jurisdiction whose rules protect this account's consumer: the account's own, plus, from the
 * consumer's current address in the same country, its state ("US-MA") and the places below state
 * level that have their own rules ("US-NY-NYC"). More jurisdictions only ever add policies, and every
 * applicable policy must allow, so an address can make the guard stricter, never laxer.
 * @example jurisdictionsOf('US-NY', { country: 'US', region: 'NY', city: 'Brooklyn' }) // ['US-NY', 'US-NY-NYC']
 */
export function jurisdictionsOf(
  accountJurisdiction: string,
  address?: Pick<Address, 'country' | 'region' | 'city' | 'postcode'>,
): string[] {
  const out = [accountJurisdiction];
  if (!address || address.country.toUpperCase() !== accountJurisdiction.slice(0, 2)) return out;
  const state = regionJurisdiction(address);
  if (state && !out.includes(state)) out.push(state);
  if (inNewYorkCity(address)) out.push('US-NY-NYC');
  return out;
}
