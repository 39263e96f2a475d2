import { cnMobile, cnName, uniqueName, usName, usNumber } from './demo-contacts.js';
import { CN_SURNAMES, US_LAST } from './demo-names.js';
import {
  CN_CITIES,
  CN_EMPLOYERS,
  type CnCity,
  US_EMPLOYERS,
  US_STATES,
  type UsState,
} from './demo-places.js';
import { chance, day, digits, int, pad, pick } from './demo-random.js';
import {
  account,
  cnAddress,
  type Debtor,
  employerSwitchboard,
  out,
  person,
  phone,
  usAddress,
} from './demo-records.js';

// Notable debtors (see README.md): fixed roles so the workflows always have their example.
export const SHARED_PHONE_HOLDERS = ['CN-011', 'CN-014', 'CN-019', 'CN-023', 'CN-027'];
const FLAGS: Record<string, Record<string, unknown>> = {
  'CN-005': { deceased: true },
  'CN-008': { disputed: true },
  'CN-010': { employerForbidsContact: true },
  'US-003': {},
  'US-006': { ceaseContact: true },
  'US-009': { bankrupt: true },
  'US-012': { optOut: ['sms'] },
};
const INVALID_PHONE = new Set(['CN-002', 'CN-016', 'US-005']);
const SUSPENDED_PHONE = new Set(['CN-003', 'US-007']);

export function cnDebtor(n: number): Debtor {
  const id = `CN-${pad(n)}`;
  const city = CN_CITIES[(n - 1) % CN_CITIES.length] as CnCity;
  const surname = n === 1 ? '张' : n === 2 ? '李' : pick(CN_SURNAMES);
  const name =
    n === 1 ? uniqueName(() => '张伟') : n === 2 ? uniqueName(() => '李娜') : cnName(surname);
  person(id, name, 'CN', 'Asia/Shanghai', FLAGS[id]);
  const dpd = n === 1 ? 45 : int(10, 400);
  const accounts = [account(id, `CN-${pad(n)}-1`, 'CN', 'CN', dpd)];
  if (chance(0.2))
    accounts.push(account(id, `CN-${pad(n)}-2`, 'CN', 'CN', Math.max(10, dpd - int(5, 60))));
  const mobile = cnMobile();
  const phones: Debtor['phones'] = [{ display: mobile }];
  phone(id, mobile, 'CN', 'application', { confidence: 0.9, status: 'active' });
  if (INVALID_PHONE.has(id)) {
    const dead = cnMobile();
    phones.push({ display: dead, status: 'invalid' });
    phone(id, dead, 'CN', 'bureau', {
      status: 'invalid',
      statusAt: day(int(3, 25)),
      confidence: 0.5,
    });
  } else if (SUSPENDED_PHONE.has(id)) {
    const off = cnMobile();
    phones.push({ display: off, status: 'suspended' });
    phone(id, off, 'CN', 'bureau', {
      status: 'suspended',
      statusAt: day(int(3, 25)),
      confidence: 0.6,
    });
  } else if (n === 1 || chance(0.35)) {
    const second = cnMobile();
    phones.push({ display: second });
    phone(id, second, 'CN', 'bureau', { confidence: 0.7 });
  }
  let email: string | undefined;
  if (n === 1 || chance(0.4)) {
    email = chance(0.5)
      ? `${int(10_000_000, 999_999_999)}@qq.com`
      : `${id.toLowerCase().replace('-', '')}_${digits(3)}@${pick(['163.com', '126.com', 'sina.com'])}`;
    out.email.push({
      type: 'email',
      personId: id,
      address: email,
      source: 'application',
      lastSeen: day(int(20, 300)),
    });
  }
  const addressId = cnAddress(id, true, city);
  if (n === 1 || chance(0.5)) cnAddress(id, false, pick(CN_CITIES));
  const employer =
    n === 1 ? (CN_EMPLOYERS[0] as (typeof CN_EMPLOYERS)[number]) : pick(CN_EMPLOYERS);
  if (n === 1 || chance(0.8)) {
    employerSwitchboard(employer.id, 'CN', (CN_CITIES[employer.city] as CnCity).areaCode);
    out.employment.push({
      type: 'employment',
      personId: id,
      employerId: employer.id,
      employerName: employer.name,
      from: day(int(300, 2500)),
      source: 'application',
    });
    if (n === 1 || chance(0.3)) {
      const previous = pick(CN_EMPLOYERS.filter((e) => e.id !== employer.id));
      employerSwitchboard(previous.id, 'CN', (CN_CITIES[previous.city] as CnCity).areaCode);
      out.employment.push({
        type: 'employment',
        personId: id,
        employerId: previous.id,
        employerName: previous.name,
        from: day(int(2600, 4000)),
        to: day(int(300, 2500)),
        source: 'bureau',
      });
    }
  }
  return {
    id,
    country: 'CN',
    zone: 'Asia/Shanghai',
    accounts,
    phones,
    ...(email ? { email } : {}),
    addressId,
    contacts: [],
  };
}

export function usDebtor(n: number): Debtor {
  const id = `US-${pad(n)}`;
  const state = US_STATES[n % US_STATES.length] as UsState;
  const city = pick(state.cities);
  const last = pick(US_LAST);
  person(id, usName(last), 'US', state.zone, FLAGS[id]);
  const dpd = int(10, 400);
  const accounts = [account(id, `US-${pad(n)}-1`, 'US', `US-${state.state}`, dpd)];
  if (chance(0.2))
    accounts.push(
      account(id, `US-${pad(n)}-2`, 'US', `US-${state.state}`, Math.max(10, dpd - int(5, 60))),
    );
  const mobile = usNumber(pick(city.areaCodes));
  const phones: Debtor['phones'] = [{ display: mobile }];
  phone(id, mobile, 'US', 'application', { confidence: 0.9, status: 'active' });
  if (INVALID_PHONE.has(id) || SUSPENDED_PHONE.has(id)) {
    const status = INVALID_PHONE.has(id) ? 'invalid' : 'suspended';
    const other = usNumber(pick(city.areaCodes));
    phones.push({ display: other, status });
    phone(id, other, 'US', 'bureau', { status, statusAt: day(int(3, 25)), confidence: 0.5 });
  } else if (chance(0.35)) {
    const other = usNumber(pick(city.areaCodes));
    phones.push({ display: other });
    phone(id, other, 'US', 'skip_trace', { confidence: 0.6 });
  }
  const email = `${id.toLowerCase().replace('-', '')}@${pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}`;
  out.email.push({
    type: 'email',
    personId: id,
    address: email,
    source: 'application',
    lastSeen: day(int(20, 300)),
  });
  const addressId = usAddress(id, true, state, city);
  if (chance(0.5)) usAddress(id, false, state, pick(state.cities));
  const employers = US_EMPLOYERS.filter((e) => US_STATES[e.state] === state);
  if (employers.length > 0 && chance(0.75)) {
    const employer = pick(employers);
    employerSwitchboard(
      employer.id,
      'US',
      pick((state.cities[0] as UsState['cities'][number]).areaCodes),
    );
    const ended = chance(0.25);
    out.employment.push({
      type: 'employment',
      personId: id,
      employerId: employer.id,
      employerName: employer.name,
      from: day(int(400, 3000)),
      ...(ended ? { to: day(int(30, 390)) } : {}),
      source: ended ? 'bureau' : 'application',
    });
  }
  return { id, country: 'US', zone: state.zone, accounts, phones, email, addressId, contacts: [] };
}
