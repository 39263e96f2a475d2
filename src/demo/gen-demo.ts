/**
 * Generates src/demo/demo.ndjson: about 50 debtors in China and the US with their families,
 * references, employers, address history, guarantors, a fraud-ring phone and 30 days of
 * attempt history. Seeded and relative to a fixed reference date, so every run writes the
 * same file: `npx tsx src/demo/gen-demo.ts` (add `--check` to verify the committed file).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalisePhone } from '../domain/phone/normalise-phone.js';
import { seededRandom } from './seeded-random.js';

/** Attempt history ends here; accounts are past due relative to it. */
export const DEMO_REFERENCE_DATE = '2026-11-20T12:00:00Z';
const SEED = 20261120;
const DAY_MS = 86_400_000;
const REF_MS = Date.parse(DEMO_REFERENCE_DATE);

type Rec = Record<string, unknown> & { type: string };

const random = seededRandom(SEED);
const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)] as T;
const chance = (p: number): boolean => random() < p;
const pad = (n: number, w = 3): string => String(n).padStart(w, '0');

const day = (offsetDays: number): string =>
  new Date(REF_MS - offsetDays * DAY_MS).toISOString().slice(0, 10);

/** An ISO date-time at a local wall-clock hour in `zone`, with that zone's offset on that day. */
function localTime(daysAgo: number, hour: number, minute: number, zone: string): string {
  const date = day(daysAgo);
  const probe = new Date(`${date}T12:00:00Z`);
  const name =
    new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(probe)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`;
}

// ---------------------------------------------------------------------------------------------
// Names, places, numbers

const CN_SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
];
const CN_GIVEN = [
  '伟',
  '娜',
  '芳',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '晓东',
  '子涵',
  '浩然',
  '雨桐',
  '欣怡',
  '志强',
  '海燕',
  '俊杰',
  '婷婷',
  '文博',
  '佳怡',
  '国庆',
  '丹',
];
const US_FIRST = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Christopher',
  'Karen',
  'Daniel',
  'Maria',
  'Matthew',
  'Emily',
  'Anthony',
  'Ashley',
  'Mark',
  'Michelle',
  'Luis',
  'Sofia',
  'Kevin',
  'Grace',
];
const US_LAST = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Wilson',
  'Anderson',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Nguyen',
  'Kim',
  'Patel',
  'Walker',
  'Young',
  'Allen',
];

interface CnCity {
  city: string;
  region: string;
  areaCode: string;
  postcode: string;
  streets: string[];
}
const CN_CITIES: CnCity[] = [
  {
    city: '上海市',
    region: '上海',
    areaCode: '021',
    postcode: '200',
    streets: ['浦东新区世纪大道', '徐汇区漕溪北路', '静安区南京西路', '闵行区莘庄镇莘建路'],
  },
  {
    city: '北京市',
    region: '北京',
    areaCode: '010',
    postcode: '100',
    streets: ['朝阳区建国路', '海淀区中关村大街', '西城区金融街', '丰台区丰台北路'],
  },
  {
    city: '深圳市',
    region: '广东省',
    areaCode: '0755',
    postcode: '518',
    streets: ['南山区科技园南路', '福田区深南大道', '宝安区新安街道'],
  },
  {
    city: '广州市',
    region: '广东省',
    areaCode: '020',
    postcode: '510',
    streets: ['天河区天河路', '越秀区中山五路', '海珠区江南大道'],
  },
  {
    city: '杭州市',
    region: '浙江省',
    areaCode: '0571',
    postcode: '310',
    streets: ['西湖区文三路', '滨江区江南大道', '上城区解放路'],
  },
  {
    city: '成都市',
    region: '四川省',
    areaCode: '028',
    postcode: '610',
    streets: ['武侯区人民南路', '锦江区春熙路', '高新区天府大道'],
  },
];

interface UsState {
  state: string;
  zone: string;
  cities: { city: string; areaCodes: string[]; zip: string; streets: string[] }[];
}
const US_STATES: UsState[] = [
  {
    state: 'CA',
    zone: 'America/Los_Angeles',
    cities: [
      {
        city: 'San Francisco',
        areaCodes: ['415', '628'],
        zip: '941',
        streets: ['Valencia St', 'Geary Blvd', 'Mission St', 'Irving St'],
      },
      {
        city: 'Los Angeles',
        areaCodes: ['213', '310', '323'],
        zip: '900',
        streets: ['Sunset Blvd', 'Wilshire Blvd', 'Figueroa St'],
      },
    ],
  },
  {
    state: 'NY',
    zone: 'America/New_York',
    cities: [
      {
        city: 'New York',
        areaCodes: ['212', '646', '718'],
        zip: '100',
        streets: ['Amsterdam Ave', 'Lexington Ave', 'W 86th St', 'Atlantic Ave'],
      },
      { city: 'Buffalo', areaCodes: ['716'], zip: '142', streets: ['Elmwood Ave', 'Delaware Ave'] },
    ],
  },
  {
    state: 'TX',
    zone: 'America/Chicago',
    cities: [
      {
        city: 'Houston',
        areaCodes: ['713', '832'],
        zip: '770',
        streets: ['Westheimer Rd', 'Montrose Blvd', 'Bellaire Blvd'],
      },
      {
        city: 'Austin',
        areaCodes: ['512'],
        zip: '787',
        streets: ['S Congress Ave', 'Guadalupe St'],
      },
    ],
  },
  {
    state: 'IL',
    zone: 'America/Chicago',
    cities: [
      {
        city: 'Chicago',
        areaCodes: ['312', '773'],
        zip: '606',
        streets: ['N Clark St', 'W Belmont Ave', 'S Halsted St'],
      },
    ],
  },
  {
    state: 'FL',
    zone: 'America/New_York',
    cities: [
      {
        city: 'Miami',
        areaCodes: ['305', '786'],
        zip: '331',
        streets: ['Collins Ave', 'Biscayne Blvd', 'SW 8th St'],
      },
    ],
  },
];

const CN_MOBILE_PREFIXES = [
  '138',
  '139',
  '186',
  '135',
  '137',
  '150',
  '158',
  '188',
  '189',
  '133',
  '177',
  '131',
  '156',
  '183',
];
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

const digits = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const cnMobile = (): string =>
  validNumber(() => `${pick(CN_MOBILE_PREFIXES)} ${digits(4)} ${digits(4)}`, 'CN', ['MOBILE']);
// Landlines in these cities have eight digits after the area code.
const cnLandline = (areaCode: string): string =>
  validNumber(() => `${areaCode}-${String(int(2, 8))}${digits(7)}`, 'CN', [
    'FIXED_LINE',
    'FIXED_LINE_OR_MOBILE',
  ]);
// Exchanges start 2–9 and avoid 555, the fictional exchange: these must look like real lines.
const usNumber = (areaCode: string): string =>
  validNumber(
    () => {
      let exchange = '555';
      while (exchange === '555' || exchange.endsWith('11')) exchange = `${int(2, 9)}${digits(2)}`;
      return `(${areaCode}) ${exchange}-${digits(4)}`;
    },
    'US',
    ['FIXED_LINE_OR_MOBILE', 'MOBILE', 'FIXED_LINE'],
  );
const e164 = (display: string, region: string): string => {
  const r = normalisePhone(display, region);
  if (!r.ok) throw new Error(r.message);
  return r.phone.e164;
};

const usedNames = new Set<string>();
function uniqueName(make: () => string): string {
  for (;;) {
    const name = make();
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
}
const cnName = (surname?: string): string =>
  uniqueName(() => `${surname ?? pick(CN_SURNAMES)}${pick(CN_GIVEN)}`);
const usName = (last?: string): string =>
  uniqueName(() => `${pick(US_FIRST)} ${last ?? pick(US_LAST)}`);

// ---------------------------------------------------------------------------------------------
// The dataset

const out = {
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

interface Debtor {
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
function relatedId(country: 'CN' | 'US'): string {
  relatedSeq += 1;
  return `${country}-R${pad(relatedSeq)}`;
}

const CN_EMPLOYERS = [
  { id: 'EMP-CN-01', name: '上海浦江物流有限公司', city: 0 },
  { id: 'EMP-CN-02', name: '北京华信科技股份有限公司', city: 1 },
  { id: 'EMP-CN-03', name: '深圳鹏城电子制造有限公司', city: 2 },
  { id: 'EMP-CN-04', name: '广州珠江餐饮管理有限公司', city: 3 },
  { id: 'EMP-CN-05', name: '杭州西子网络科技有限公司', city: 4 },
  { id: 'EMP-CN-06', name: '成都天府建设工程有限公司', city: 5 },
  { id: 'EMP-CN-07', name: '上海申城百货有限公司', city: 0 },
  { id: 'EMP-CN-08', name: '北京京东方物业服务有限公司', city: 1 },
];
const US_EMPLOYERS = [
  { id: 'EMP-US-01', name: 'Bay Freight Logistics Inc.', state: 0 },
  { id: 'EMP-US-02', name: 'Golden Gate Dental Group', state: 0 },
  { id: 'EMP-US-03', name: 'Hudson Street Hospitality LLC', state: 1 },
  { id: 'EMP-US-04', name: 'Empire Home Health Services', state: 1 },
  { id: 'EMP-US-05', name: 'Gulf Coast Energy Services', state: 2 },
  { id: 'EMP-US-06', name: 'Lakeshore Auto Repair', state: 3 },
  { id: 'EMP-US-07', name: 'Sunshine Retail Partners', state: 4 },
];
const switchboards = new Map<string, string>();

function employerSwitchboard(id: string, country: 'CN' | 'US', areaCode: string): void {
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

function person(
  id: string,
  name: string,
  country: 'CN' | 'US',
  zone: string,
  flags?: Record<string, unknown>,
): void {
  out.person.push({
    type: 'person',
    id,
    name,
    locale: country === 'CN' ? 'zh-CN' : 'en-US',
    timezone: zone,
    ...(flags ? { flags } : {}),
  });
}

function phone(
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

function relation(from: string, to: string, kind: string, source: string): void {
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

function cnAddress(personId: string, current: boolean, city: CnCity): string {
  return address(personId, 'CN', current, {
    line: `${pick(city.streets)}${int(1, 999)}号${int(1, 30)}栋${int(101, 2505)}室`,
    city: city.city,
    region: city.region,
    postcode: `${city.postcode}${digits(3)}`,
    zone: 'Asia/Shanghai',
  });
}

function usAddress(
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

function account(
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

const CN_DEBTORS = 30;
const US_DEBTORS = 20;
const debtors: Debtor[] = [];

// Notable debtors (see README.md): fixed roles so the workflows always have their example.
const SHARED_PHONE_HOLDERS = ['CN-011', 'CN-014', 'CN-019', 'CN-023', 'CN-027'];
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

function cnDebtor(n: number): Debtor {
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

function usDebtor(n: number): Debtor {
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

for (let n = 1; n <= CN_DEBTORS; n++) debtors.push(cnDebtor(n));
for (let n = 1; n <= US_DEBTORS; n++) debtors.push(usDebtor(n));

// Family, references, guarantors and co-borrowers.
for (const d of debtors) {
  const cn = d.country === 'CN';
  const debtorName = out.person.find((p) => p.id === d.id)?.name as string;
  const surname = cn ? debtorName.slice(0, 1) : debtorName.split(' ').slice(-1)[0];
  const region = d.country;
  const mobile = (): string =>
    cn
      ? cnMobile()
      : usNumber(
          pick(
            (US_STATES.find((s) => s.zone === d.zone) ?? (US_STATES[0] as UsState)).cities[0]
              ?.areaCodes ?? ['212'],
          ),
        );
  const rich = d.id === 'CN-001';

  const addRelated = (kind: string, name: string, source: string): string => {
    const rid = relatedId(d.country);
    person(rid, name, d.country, d.zone);
    const display = mobile();
    phone(rid, display, region, source === 'application' ? 'application' : source, {
      confidence: 0.8,
    });
    relation(d.id, rid, kind, source);
    d.contacts.push({ personId: rid, phone: e164(display, region) });
    return rid;
  };

  if (rich || chance(0.45)) {
    const spouse = addRelated('spouse', cn ? cnName() : usName(surname), 'application');
    // Spouses share the home address: one address node, two residents.
    out.address.push({
      ...(out.address.find((a) => a.id === d.addressId) as Rec),
      personId: spouse,
      source: 'application',
    });
    if (d.accounts.length > 0 && chance(0.35))
      out.obligation.push({
        type: 'obligation',
        personId: spouse,
        accountId: d.accounts[0],
        role: 'co_borrower',
        source: 'contract',
      });
  }
  if (rich || chance(0.3)) {
    const parent = addRelated('parent', cn ? cnName(surname) : usName(surname), 'application');
    if (chance(0.4))
      out.obligation.push({
        type: 'obligation',
        personId: parent,
        accountId: d.accounts[0],
        role: 'guarantor',
        source: 'contract',
      });
  }
  if (rich || chance(0.25))
    addRelated('sibling', cn ? cnName(surname) : usName(surname), 'collector_note');
  const references = rich ? 2 : int(1, 2);
  for (let i = 0; i < references; i++) {
    const ref = addRelated('reference', cn ? cnName() : usName(), 'application');
    if (i === 0 && chance(0.12))
      out.obligation.push({
        type: 'obligation',
        personId: ref,
        accountId: d.accounts[0],
        role: 'guarantor',
        source: 'contract',
      });
  }
  if (!cn && chance(0.3)) addRelated('friend', usName(), 'inbound_call');
}

// Guarantee coverage: make sure the demo always has both kinds of co-obligor on a CN and a US account.
for (const [debtorId, role] of [
  ['CN-001', 'guarantor'],
  ['US-001', 'co_borrower'],
  ['CN-004', 'co_borrower'],
  ['US-002', 'guarantor'],
] as const) {
  const d = debtors.find((x) => x.id === debtorId) as Debtor;
  const contact = d.contacts[0];
  const accountId = d.accounts[0];
  if (
    contact &&
    !out.obligation.some((o) => o.personId === contact.personId && o.accountId === accountId)
  ) {
    out.obligation.push({
      type: 'obligation',
      personId: contact.personId,
      accountId,
      role,
      source: 'contract',
    });
  }
}

// The deceased debtor's estate: the executor (an adult child).
const deceased = debtors.find((d) => d.id === 'CN-005') as Debtor;
const executorId = relatedId('CN');
person(
  executorId,
  cnName(
    out.person
      .find((p) => p.id === 'CN-005')
      ?.name?.toString()
      .slice(0, 1),
  ),
  'CN',
  'Asia/Shanghai',
);
const executorPhone = cnMobile();
phone(executorId, executorPhone, 'CN', 'collector_note', { confidence: 0.9, status: 'active' });
relation(deceased.id, executorId, 'executor', 'collector_note');
relation(deceased.id, executorId, 'child', 'application');

// The debtor represented by an attorney: the flag (with the attorney's office line) and the attorney as a person.
const represented = debtors.find((d) => d.id === 'US-003') as Debtor;
const attorneyId = relatedId('US');
const attorneyName = usName();
const attorneyLine = usNumber('212');
person(attorneyId, attorneyName, 'US', 'America/New_York');
phone(attorneyId, attorneyLine, 'US', 'inbound_call', { confidence: 1, status: 'active' });
relation(represented.id, attorneyId, 'attorney', 'inbound_call');
const representedRecord = out.person.find((p) => p.id === represented.id) as Rec;
representedRecord.region = 'US';
representedRecord.flags = { attorney: { name: attorneyName, phone: attorneyLine } };

// The fraud-ring number: one prepaid mobile on five unrelated debtors' applications.
const ringPhone = cnMobile();
for (const id of SHARED_PHONE_HOLDERS) {
  phone(
    id,
    ringPhone,
    'CN',
    id === SHARED_PHONE_HOLDERS[0] ? 'application' : pick(['application', 'bureau']),
    { confidence: 0.5 },
  );
  (debtors.find((d) => d.id === id) as Debtor).phones.push({ display: ringPhone });
}

// Attempt history: the last 30 days before the reference date, at plausible local hours.
function attempt(
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

// These always have history (the workflows show them); of the rest, about two in three do.
const WITH_HISTORY = new Set([
  'CN-001',
  'CN-002',
  'CN-003',
  'CN-011',
  'US-005',
  'US-006',
  'US-007',
]);
for (const d of debtors) {
  if (!WITH_HISTORY.has(d.id) && chance(0.35)) continue;
  const accountId = d.accounts[0] as string;
  const count = d.id === 'CN-001' ? 8 : int(2, 6);
  const days = Array.from({ length: count }, () => int(1, 30)).sort((a, b) => b - a);
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the early returns only skip a day; changing them would reorder the seeded demo data
  days.forEach((daysAgo, i) => {
    const ph = d.phones[i % d.phones.length] ?? d.phones[0];
    if (!ph) return;
    const to = e164(ph.display, d.country);
    if (ph.status === 'invalid')
      return attempt(d, accountId, 'call', to, daysAgo, 'invalid_number');
    if (ph.status === 'suspended') return attempt(d, accountId, 'call', to, daysAgo, 'suspended');
    const roll = random();
    if (d.id === 'US-006' && i === days.length - 1)
      return attempt(d, accountId, 'call', to, daysAgo, 'cease_request', d.id);
    if (roll < 0.12 && d.email) return attempt(d, accountId, 'email', d.email, daysAgo);
    if (roll < 0.2) return attempt(d, accountId, 'sms', to, daysAgo);
    if (roll < 0.28 && d.contacts[0])
      return attempt(
        d,
        accountId,
        'call',
        d.contacts[0].phone,
        daysAgo,
        pick(['third_party', 'no_answer']),
        d.contacts[0].personId,
      );
    if (roll < 0.32) return attempt(d, accountId, 'letter', d.addressId, daysAgo);
    const outcome = pick([
      'no_answer',
      'no_answer',
      'no_answer',
      'busy',
      'right_party',
      'right_party',
      'promise_to_pay',
      'wrong_party',
      'refused',
    ]);
    attempt(
      d,
      accountId,
      'call',
      to,
      daysAgo,
      outcome,
      ['right_party', 'promise_to_pay', 'refused'].includes(outcome) ? d.id : undefined,
    );
  });
}

/** The dataset as NDJSON text, nodes before the relationships that name them. */
export function demoNdjsonText(): string {
  const order: (keyof typeof out)[] = [
    'person',
    'account',
    'obligation',
    'phone',
    'email',
    'address',
    'employment',
    'relation',
    'attempt',
  ];
  return `${order.flatMap((t) => out[t].map((r) => JSON.stringify(r))).join('\n')}\n`;
}

const target = fileURLToPath(new URL('./demo.ndjson', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = demoNdjsonText();
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    process.stdout.write(
      same
        ? 'demo.ndjson is up to date\n'
        : 'demo.ndjson differs from the generator output: run npx tsx src/demo/gen-demo.ts\n',
    );
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(target, text);
    const counts = Object.entries(out)
      .map(([t, rs]) => `${t} ${rs.length}`)
      .join(', ');
    process.stdout.write(`wrote ${target}: ${counts}\n`);
  }
}
