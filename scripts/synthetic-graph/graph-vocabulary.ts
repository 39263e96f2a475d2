import { seededRandom } from '../../src/demo/seeded-random.js';
import type {
  Employer,
  Outcome,
  PersonFlags,
  PhoneLink,
  RelationKind,
} from '../../src/domain/model/index.js';
import { DAY_MS, DEFAULT_TODAY, type GraphSpec, PERSONS_PER_EMPLOYER } from './graph-spec.js';

/** Surnames and given names of the synthetic persons; employers are named after the surnames. */
export const SURNAMES = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Smith',
  'Garcia',
  'Nguyen',
  'Kim',
  'Patel',
  'Brown',
];
export const GIVEN = [
  'Wei',
  'Fang',
  'Min',
  'Jie',
  'Lei',
  'Hui',
  'Jun',
  'Yan',
  'Tao',
  'Ling',
  'Mary',
  'James',
  'Maria',
  'Robert',
  'Linda',
  'David',
];
export const CITIES: [string, string, string][] = [
  ['Shanghai', 'Shanghai', 'Asia/Shanghai'],
  ['Beijing', 'Beijing', 'Asia/Shanghai'],
  ['Shenzhen', 'Guangdong', 'Asia/Shanghai'],
  ['Chengdu', 'Sichuan', 'Asia/Shanghai'],
  ['Wuhan', 'Hubei', 'Asia/Shanghai'],
];
export const RELATION_KINDS: [RelationKind, number][] = [
  ['reference', 0.3],
  ['friend', 0.25],
  ['colleague', 0.15],
  ['parent', 0.1],
  ['sibling', 0.1],
  ['relative', 0.06],
  ['neighbor', 0.02],
  ['landlord', 0.02],
];
export const PHONE_SOURCES: [string, number][] = [
  ['application', 0.5],
  ['bureau', 0.25],
  ['collector_note', 0.1],
  ['reference', 0.1],
  ['inbound_call', 0.05],
];
export const OUTCOMES: [Outcome, number][] = [
  ['no_answer', 0.45],
  ['busy', 0.05],
  ['right_party', 0.15],
  ['promise_to_pay', 0.05],
  ['wrong_party', 0.08],
  ['invalid_number', 0.05],
  ['third_party', 0.07],
  ['refused', 0.06],
  ['suspended', 0.02],
  ['cease_request', 0.02],
];

/** A well-mixed 32-bit hash of a person index and the seed. */
export function mix(i: number, seed: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(seed, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

/** Whether person `i` owes accounts: about one in three, fixed by the index and seed. */
export function isDebtorIndex(i: number, spec: GraphSpec): boolean {
  return mix(i, spec.seed ?? 1) % 3 === 0;
}

/**
 * Up to `count` distinct debtors' person indices spread over the graph, the same for every run of
 * one `seed` (at most a quarter of the persons, so the draw always ends).
 */
export function sampleDebtorIndices(spec: GraphSpec, count: number, seed: number): number[] {
  const rand = seededRandom(seed);
  const out = new Set<number>();
  while (out.size < Math.min(count, Math.floor(spec.persons / 4))) {
    const i = Math.floor(rand() * spec.persons);
    if (isDebtorIndex(i, spec)) out.add(i);
  }
  return [...out];
}

/** The id of person `i`. */
export function personId(i: number): string {
  return `P${i}`;
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

export function weighted<T>(rand: () => number, table: readonly [T, number][]): T {
  let r = rand();
  for (const [item, w] of table) {
    r -= w;
    if (r < 0) return item;
  }
  return table[table.length - 1]![0];
}

export function between(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

export function daysAgo(todayMs: number, days: number): string {
  return new Date(todayMs - days * DAY_MS).toISOString().slice(0, 10);
}

export const MOBILE_PREFIXES = ['138', '139', '158', '186'];

export function ownMobile(i: number, k: number): string {
  return `+86${MOBILE_PREFIXES[k]}${String(i).padStart(8, '0')}`;
}

export function householdLandline(h: number): string {
  return `+86216${String(h).padStart(7, '0')}`;
}

export function hubNumber(h: number): string {
  return `+86188${String(h).padStart(8, '0')}`;
}

export function employerPhone(e: number): string {
  return `+86106${String(e).padStart(7, '0')}`;
}

export function employerName(e: number): string {
  return `${SURNAMES[e % SURNAMES.length]} Trading ${e}`;
}

export function employerCount(spec: GraphSpec): number {
  return Math.max(5, Math.floor(spec.persons / PERSONS_PER_EMPLOYER));
}

/** Employers and their switchboards (one batch; about N/50 of them). */
export function employerRows(spec: GraphSpec): { employers: Employer[]; phones: PhoneLink[] } {
  const employers: Employer[] = [];
  const phones: PhoneLink[] = [];
  for (let e = 0; e < employerCount(spec); e++) {
    employers.push({ id: `E${e}`, name: employerName(e) });
    phones.push({
      owner: { kind: 'employer', id: `E${e}` },
      phone: { e164: employerPhone(e), type: 'FIXED_LINE', country: 'CN', status: 'unknown' },
      source: 'application',
      lastSeen: DEFAULT_TODAY,
    });
  }
  return { employers, phones };
}

/** Stop flags for a debtor: a few deceased, represented, ceased or disputed. */
export function flagsFor(rand: () => number, debtor: boolean): Partial<PersonFlags> {
  if (!debtor) return {};
  const r = rand();
  if (r < 0.002) return { deceased: true };
  if (r < 0.005) return { attorney: { name: 'Counsel & Partners', phone: '+861088886666' } };
  if (r < 0.01) return { ceaseContact: true };
  if (r < 0.02) return { disputed: true };
  return {};
}
