import { normalisePhone } from '../domain/phone/normalise-phone.js';
import { CN_GIVEN, CN_SURNAMES, US_FIRST, US_LAST } from './demo-names.js';
import { CN_MOBILE_PREFIXES } from './demo-places.js';
import { digits, int, pick } from './demo-random.js';

/* Phone numbers and names, each drawn once: a number or a name never repeats in the demo. */

const usedNumbers = new Set<string>();

/** A fresh number in the given display form that the normaliser accepts, with the expected line type. */
function validNumber(make: () => string, region: string, types: readonly string[]): string {
  for (let tries = 0; tries < 200; tries++) {
    const display = make();
    const result = normalisePhone(display, region);
    if (result.ok && types.includes(result.phone.type) && !usedNumbers.has(result.phone.e164)) {
      usedNumbers.add(result.phone.e164);
      return display;
    }
  }
  throw new Error(`no valid ${region} number after 200 tries`);
}

export const cnMobile = (): string =>
  validNumber(() => `${pick(CN_MOBILE_PREFIXES)} ${digits(4)} ${digits(4)}`, 'CN', ['MOBILE']);
// Landlines in these cities have eight digits after the area code.
export const cnLandline = (areaCode: string): string =>
  validNumber(() => `${areaCode}-${String(int(2, 8))}${digits(7)}`, 'CN', [
    'FIXED_LINE',
    'FIXED_LINE_OR_MOBILE',
  ]);
// Exchanges start 2–9 and avoid 555, the fictional exchange: these must look like real lines.
export const usNumber = (areaCode: string): string =>
  validNumber(
    () => {
      let exchange = '555';
      while (exchange === '555' || exchange.endsWith('11')) exchange = `${int(2, 9)}${digits(2)}`;
      return `(${areaCode}) ${exchange}-${digits(4)}`;
    },
    'US',
    ['FIXED_LINE_OR_MOBILE', 'MOBILE', 'FIXED_LINE'],
  );
export const e164 = (display: string, region: string): string => {
  const r = normalisePhone(display, region);
  if (!r.ok) throw new Error(r.message);
  return r.phone.e164;
};

const usedNames = new Set<string>();
export function uniqueName(make: () => string): string {
  for (;;) {
    const name = make();
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}
export const cnName = (surname?: string): string =>
  uniqueName(() => `${surname ?? pick(CN_SURNAMES)}${pick(CN_GIVEN)}`);
export const usName = (last?: string): string =>
  uniqueName(() => `${pick(US_FIRST)} ${last ?? pick(US_LAST)}`);
