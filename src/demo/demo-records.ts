import { cnLandline, usNumber } from './demo-contacts.js';
import type { CnCity, UsState } from './demo-places.js';
import { chance, day, digits, int, localTime, pad, pick, random } from './demo-random.js';

/** One record of the import format. */
export type Rec = Record<string, unknown> & { type: string };

/** The records written so far, by kind; the builders below append to it. */
export const out = {
  person: [] as Rec[],
  account: [] as Rec[],
  obligation: [] as Rec[],
  phone: [] as Rec[],
  email: [] as Rec[],
  address: [] as Rec[],
  employment: [] as Rec[],
  relation: [] as Rec[],
  attempt: [] as Rec[],
};

export interface Debtor {
  id: string;
  country: 'CN' | 'US';
  zone: string;
  accounts: string[];
  phones: { display: string; status?: string }[];
  email?: string;
  addressId: string;
  contacts: { personId: string; phone: string }[];
}

let relatedSeq = 0;
let addressSeq = 0;
let attemptSeq = 0;

/** Persons who are not debtors (family, references, executors, attorneys). */
export function relatedId(country: 'CN' | 'US'): string {
  relatedSeq += 1;
  return `${country}-R${pad(relatedSeq)}`;
}

const switchboards = new Map<string, string>();

export function employerSwitchboard(id: string, country: 'CN' | 'US', areaCode: string): void {
  if (switchboards.has(id)) return;
  const display = country === 'CN' ? cnLandline(areaCode) : usNumber(areaCode);
  switchboards.set(id, display);
  out.phone.push({
    type: 'phone',
    employerId: id,
    number: display,
    region: country,
    source: 'application',
    status: 'active',
    lastSeen: day(int(20, 200)),
  });
}

export function person(
  id: string,
  name: string,
  country: 'CN' | 'US',
  zone: string,
  flags?: Record<string, unknown>,
): void {
  // US debtors signed e-consent with their application (6 RCNY 5-77 asks for it in New York City).
  const consent = country === 'US' && /^US-\d+$/.test(id) ? { consent: ['sms', 'email'] } : {};
  const all = { ...consent, ...(flags ?? {}) };
  out.person.push({
    type: 'person',
    id,
    name,
    locale: country === 'CN' ? 'zh-CN' : 'en-US',
    timezone: zone,
    ...(Object.keys(all).length > 0 ? { flags: all } : {}),
  });
}

export function phone(
  owner: string,
  display: string,
  region: string,
  source: string,
  extra: Record<string, unknown> = {},
): void {
  out.phone.push({
    type: 'phone',
    personId: owner,
    number: display,
    region,
    source,
    firstSeen: day(int(400, 1500)),
    lastSeen: day(int(5, 120)),
    ...extra,
  });
}

export function relation(from: string, to: string, kind: string, source: string): void {
  out.relation.push({
    type: 'relation',
    from,
    to,
    kind,
    source,
    confidence: kind === 'reference' ? 0.6 : 0.9,
    lastSeen: day(int(30, 700)),
  });
}

function address(
  personId: string,
  country: 'CN' | 'US',
  current: boolean,
  spec: { line: string; city: string; region: string; postcode: string; zone: string },
): string {
  addressSeq += 1;
  const id = `ADR-${country}-${pad(addressSeq)}`;
  const from = current ? day(int(200, 1500)) : day(int(1600, 3000));
  const to = current ? undefined : day(int(200, 1500));
  out.address.push({
    type: 'address',
    personId,
    id,
    line: spec.line,
    city: spec.city,
    region: spec.region,
    country,
    postcode: spec.postcode,
    timezone: spec.zone,
    from,
    ...(to ? { to } : {}),
    source: current ? 'application' : 'bureau',
  });
  return id;
}

export function cnAddress(personId: string, current: boolean, city: CnCity): string {
  return address(personId, 'CN', current, {
    line: `${pick(city.streets)}${int(1, 999)}号${int(1, 30)}栋${int(101, 2505)}室`,
    city: city.city,
    region: city.region,
    postcode: `${city.postcode}${digits(3)}`,
    zone: 'Asia/Shanghai',
  });
}

export function usAddress(
  personId: string,
  current: boolean,
  state: UsState,
  city: UsState['cities'][number],
): string {
  return address(personId, 'US', current, {
    line: `${int(12, 9800)} ${pick(city.streets)}${chance(0.4) ? ` Apt ${int(1, 40)}${pick(['A', 'B', 'C', ''])}` : ''}`,
    city: city.city,
    region: state.state,
    postcode: `${city.zip}${digits(2)}`,
    zone: state.zone,
  });
}

export function account(
  debtorId: string,
  seq: string,
  country: 'CN' | 'US',
  jurisdiction: string,
  dpd: number,
): string {
  const id = `ACC-${seq}`;
  const cn = country === 'CN';
  const product = cn
    ? pick(['consumer_loan', 'cash_loan', 'credit_card', 'installment'])
    : pick(['credit_card', 'personal_loan', 'auto_loan', 'medical']);
  const principal = cn ? int(30, 2000) * 100 : int(8, 400) * 50;
  const balance = Math.round(principal * (0.35 + random() * 0.8) * 100) / 100;
  out.account.push({
    type: 'account',
    id,
    debtorId,
    product,
    currency: cn ? 'CNY' : 'USD',
    principal,
    balance,
    dueDate: day(dpd),
    jurisdiction,
  });
  return id;
}

// Attempt history: the last 30 days before the reference date, at plausible local hours.
export function attempt(
  d: Debtor,
  accountId: string,
  channel: string,
  to: string,
  daysAgo: number,
  outcome?: string,
  personId?: string,
): void {
  attemptSeq += 1;
  const cn = d.country === 'CN';
  const at = localTime(daysAgo, int(9, cn ? 19 : 20), pick([0, 5, 12, 20, 31, 45, 52]), d.zone);
  out.attempt.push({
    type: 'attempt',
    id: `ATT-${pad(attemptSeq, 5)}`,
    accountId,
    channel,
    to,
    ...(personId ? { personId } : {}),
    at,
    ...(outcome ? { outcome } : {}),
  });
}
