/**
 * The skip-trace simulation's world: a portfolio of lost Chinese borrowers with a hidden truth
 * per number (whose it really is and how it answers), which the service never sees. Settings
 * describe how a portfolio's file relates to the truth; they are chosen to disagree with the
 * ranking's documented defaults (ranking-parameters.ts), so a win is not a win by construction.
 */
import { seededRandom } from '../src/demo/seeded-random.js';
import {
  type Account,
  type Employer,
  type Employment,
  Person,
  type PhoneLink,
  type Relation,
  type RelationKind,
} from '../src/domain/model/index.js';

/** Where a number in the file came from (the ingest `source`). */
export type FileSource = 'application' | 'bureau' | 'collector_note' | 'skip_trace';

/** What a number in the file really is. */
export type NumberTruth =
  /** The debtor's working number: answered with `answer` per call. */
  | { kind: 'own'; answer: number }
  /** Disconnected: every call ends `invalid_number`. */
  | { kind: 'dead' }
  /** Reassigned to a stranger (or a broker's line): `wrong_party` when answered. */
  | { kind: 'other' }
  /** A SIM in a drawer: rings out, never answered. */
  | { kind: 'silent' }
  /** A relative's line filed as the debtor's: someone who knows the debtor answers (`third_party`). */
  | { kind: 'relative' }
  /** A reference's phone; `knows` says whether they can tell the debtor's current number. */
  | { kind: 'reference'; answer: number; knows: boolean }
  /** An employer's switchboard; only a current job puts the debtor through. */
  | { kind: 'switchboard'; current: boolean };

/** How likely a file number from a source is each truth, and how old its evidence is. */
export interface SourceProfile {
  weight: number;
  own: number;
  dead: number;
  other: number;
  silent: number;
  relative: number;
  ageDays: readonly [number, number];
}

/** One world setting: how the portfolio's file relates to the truth. */
export interface WorldSetting {
  name: string;
  description: string;
  sources: Record<FileSource, SourceProfile>;
  /** Numbers per debtor in the file. */
  fileNumbers: readonly [number, number];
  /** Chance a debtor's working number answers one call. */
  ownAnswer: number;
  /** Chance an own number is corroborated by a second source (a real number turns up twice). */
  corroborateOwn: number;
  /** Chance any other number is corroborated (a stale number copied between files). */
  corroborateOther: number;
  references: readonly [number, number];
  /** Multiplies each relation's chance of knowing the debtor's current number. */
  knowFactor: number;
  /** Chance the debtor has an employment on file, and that it is still current in truth. */
  employment: number;
  employmentCurrent: number;
  /** Chance a switchboard call to a current employer reaches the debtor. */
  putThrough: number;
  /** Chance a debtor's file holds a broker's number shared by several unrelated debtors. */
  brokerShare: number;
}

/** Chance that a reference of this kind knows the debtor's current number (before knowFactor). */
export const KNOWS_BY_KIND: Partial<Record<RelationKind, number>> = {
  spouse: 0.8,
  parent: 0.7,
  sibling: 0.6,
  reference: 0.45,
  friend: 0.4,
  colleague: 0.3,
};
const REFERENCE_KINDS = Object.keys(KNOWS_BY_KIND) as RelationKind[];

function profile(
  weight: number,
  truth: [own: number, dead: number, other: number, silent: number, relative: number],
  ageDays: readonly [number, number],
): SourceProfile {
  const [own, dead, other, silent, relative] = truth;
  return { weight, own, dead, other, silent, relative, ageDays };
}

const BASE = {
  fileNumbers: [1, 3] as const,
  ownAnswer: 0.55,
  corroborateOwn: 0.35,
  corroborateOther: 0.1,
  references: [1, 3] as const,
  knowFactor: 1,
  employment: 0.55,
  employmentCurrent: 0.5,
  putThrough: 0.35,
  brokerShare: 0.15,
};

/** The world settings of the benchmark; each disagrees with the defaults in a different way. */
export const WORLD_SETTINGS: readonly WorldSetting[] = [
  {
    ...BASE,
    name: 'dead-applications',
    description:
      'application numbers mostly dead (65%), bureau middling, recent collector notes good (80% the debtor)',
    sources: {
      application: profile(0.45, [0.1, 0.65, 0.15, 0.05, 0.05], [300, 1500]),
      bureau: profile(0.3, [0.35, 0.2, 0.25, 0.15, 0.05], [60, 700]),
      collector_note: profile(0.15, [0.8, 0.05, 0.05, 0.05, 0.05], [5, 120]),
      skip_trace: profile(0.1, [0.3, 0.2, 0.3, 0.15, 0.05], [30, 400]),
    },
  },
  {
    ...BASE,
    name: 'recycled-bureau',
    description:
      'bureau numbers middling and often reassigned (30% a stranger), many broker numbers shared across debtors, fresh skip-trace hits often wrong',
    brokerShare: 0.35,
    sources: {
      application: profile(0.3, [0.3, 0.4, 0.15, 0.1, 0.05], [200, 1200]),
      bureau: profile(0.45, [0.35, 0.15, 0.3, 0.15, 0.05], [30, 500]),
      collector_note: profile(0.1, [0.75, 0.05, 0.1, 0.05, 0.05], [10, 200]),
      skip_trace: profile(0.15, [0.2, 0.15, 0.45, 0.15, 0.05], [1, 90]),
    },
  },
  {
    ...BASE,
    name: 'stale-file',
    description:
      'the file rarely holds a working number (own ≤ 20% by source); references and employers know where the debtor went',
    knowFactor: 1.15,
    employment: 0.7,
    employmentCurrent: 0.6,
    sources: {
      application: profile(0.45, [0.08, 0.55, 0.2, 0.12, 0.05], [300, 1500]),
      bureau: profile(0.35, [0.15, 0.35, 0.3, 0.15, 0.05], [90, 800]),
      collector_note: profile(0.1, [0.5, 0.2, 0.1, 0.15, 0.05], [30, 300]),
      skip_trace: profile(0.1, [0.2, 0.2, 0.35, 0.2, 0.05], [20, 300]),
    },
  },
];

/** Everything the world puts into the store (what the file says), in upsert order. */
export interface WorldFile {
  persons: Person[];
  accounts: Account[];
  employers: Employer[];
  employments: Employment[];
  relations: Relation[];
  phones: PhoneLink[];
}

/** One debtor as the simulation sees it: ids, the file's numbers in file order, and the hidden truth. */
export interface SimDebtor {
  id: string;
  accountId: string;
  /** The debtor's own numbers in the order the file lists them, with their newest evidence date. */
  fileNumbers: { e164: string; lastSeen: string }[];
  references: { id: string; kind: RelationKind; e164: string }[];
  /** The debtor's current number (in the file or not); undefined for a debtor nobody can reach. */
  current?: string;
}

/** A generated world: the file to load, the debtors, and the truth of every number. */
export interface World {
  setting: WorldSetting;
  seed: number;
  at: Date;
  file: WorldFile;
  debtors: SimDebtor[];
  truth: Map<string, NumberTruth>;
}

const DAY_MS = 86_400_000;

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}

function between(rnd: () => number, [lo, hi]: readonly [number, number]): number {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}

function weighted<K extends string>(rnd: () => number, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let u = rnd() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    u -= w;
    if (u <= 0) return k;
  }
  return entries[entries.length - 1]![0];
}

function day(at: Date, daysAgo: number): string {
  return new Date(at.getTime() - daysAgo * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Generates a world: `debtors` lost borrowers on CN accounts, each with 1–3 numbers in the file
 * (truth drawn by source), references and maybe an employer; a hidden current number for those
 * whose file holds none; broker numbers shared across unrelated debtors.
 */
export function generateWorld(
  setting: WorldSetting,
  seed: number,
  debtors: number,
  at: Date,
): World {
  const rnd = seededRandom(seed * 7919 + setting.name.length);
  const file: WorldFile = {
    persons: [],
    accounts: [],
    employers: [],
    employments: [],
    relations: [],
    phones: [],
  };
  const truth = new Map<string, NumberTruth>();
  let serial = 0;
  const mobile = (): string => `+86139${String(10_000_000 + serial++).slice(-8)}`;
  const landline = (): string => `+861062${String(100_000 + serial++).slice(-6)}`;
  const brokers = Array.from({ length: Math.max(2, Math.ceil(debtors / 12)) }, () => mobile());
  for (const b of brokers) truth.set(b, { kind: 'other' });
  const sims: SimDebtor[] = [];
  for (let i = 0; i < debtors; i++) {
    const id = `D${String(i + 1).padStart(4, '0')}`;
    const accountId = `A${String(i + 1).padStart(4, '0')}`;
    file.persons.push(Person.parse({ id, name: `债务人${i + 1}` }));
    file.accounts.push({
      id: accountId,
      debtorId: id,
      product: 'cash_loan',
      currency: 'CNY',
      principal: 20_000,
      balance: 12_000,
      dueDate: day(at, 90),
      jurisdiction: 'CN',
      status: 'open',
    });
    const sim: SimDebtor = { id, accountId, fileNumbers: [], references: [] };
    const link = (e164: string, source: string, lastSeen: string, type = 'MOBILE'): void => {
      file.phones.push({
        owner: { kind: 'person', id },
        phone: { e164, type, status: 'unknown' },
        source,
        lastSeen,
      });
      const known = sim.fileNumbers.find((n) => n.e164 === e164);
      if (!known) sim.fileNumbers.push({ e164, lastSeen });
      else if (lastSeen > known.lastSeen) known.lastSeen = lastSeen;
    };
    const count = between(rnd, setting.fileNumbers);
    const sourceWeights = Object.fromEntries(
      Object.entries(setting.sources).map(([k, p]) => [k, p.weight]),
    ) as Record<FileSource, number>;
    for (let n = 0; n < count; n++) {
      const source = weighted(rnd, sourceWeights);
      const p = setting.sources[source];
      const kind = weighted(rnd, {
        own: p.own,
        dead: p.dead,
        other: p.other,
        silent: p.silent,
        relative: p.relative,
      });
      const e164 = kind === 'relative' ? landline() : mobile();
      truth.set(
        e164,
        kind === 'own'
          ? { kind, answer: sim.current ? setting.ownAnswer / 2 : setting.ownAnswer }
          : { kind },
      );
      if (kind === 'own' && !sim.current) sim.current = e164;
      link(
        e164,
        source,
        day(at, between(rnd, p.ageDays)),
        kind === 'relative' ? 'FIXED_LINE' : 'MOBILE',
      );
      if (rnd() < (kind === 'own' ? setting.corroborateOwn : setting.corroborateOther)) {
        const other = weighted(rnd, sourceWeights);
        if (other !== source)
          link(e164, other, day(at, between(rnd, setting.sources[other].ageDays)));
      }
    }
    if (rnd() < setting.brokerShare) {
      const b = pick(rnd, brokers);
      link(b, pick(rnd, ['skip_trace', 'application'] as const), day(at, between(rnd, [5, 120])));
    }
    // Most lost borrowers changed numbers: the current one is known to their people, not the file.
    if (!sim.current && rnd() < 0.9) {
      sim.current = mobile();
      truth.set(sim.current, { kind: 'own', answer: setting.ownAnswer });
    }
    const refs = between(rnd, setting.references);
    for (let r = 0; r < refs; r++) {
      const refId = `${id}-R${r + 1}`;
      const kind = pick(rnd, REFERENCE_KINDS);
      const e164 = mobile();
      const knows =
        sim.current !== undefined &&
        rnd() < Math.min(1, (KNOWS_BY_KIND[kind] ?? 0.3) * setting.knowFactor);
      const phoneAge = between(rnd, [200, 1200]);
      // A reference's number outlives the debtor's: it still works 88% at 200 days, 68% at 1200.
      const works = rnd() < 0.92 - phoneAge / 5000;
      truth.set(e164, works ? { kind: 'reference', answer: 0.65, knows } : { kind: 'dead' });
      file.persons.push(Person.parse({ id: refId, name: `联系人${i + 1}-${r + 1}` }));
      file.relations.push({
        from: id,
        to: refId,
        kind,
        source: 'application',
        lastSeen: day(at, between(rnd, [200, 1200])),
      });
      file.phones.push({
        owner: { kind: 'person', id: refId },
        phone: { e164, type: 'MOBILE', status: 'unknown' },
        source: 'application',
        lastSeen: day(at, phoneAge),
      });
      sim.references.push({ id: refId, kind, e164 });
    }
    if (rnd() < setting.employment) {
      const employerId = `E${String(i + 1).padStart(4, '0')}`;
      const e164 = landline();
      const current = rnd() < setting.employmentCurrent;
      truth.set(e164, { kind: 'switchboard', current });
      file.employers.push({ id: employerId, name: `公司${i + 1}` });
      file.employments.push({
        personId: id,
        employerId,
        source: 'application',
        from: day(at, between(rnd, [400, 1600])),
        lastSeen: day(at, between(rnd, [100, 900])),
      });
      file.phones.push({
        owner: { kind: 'employer', id: employerId },
        phone: { e164, type: 'FIXED_LINE', status: 'unknown' },
        source: 'application',
        lastSeen: day(at, between(rnd, [100, 900])),
      });
    }
    sims.push(sim);
  }
  return { setting, seed, at, file, debtors: sims, truth };
}

/**
 * The per-number outcome dice: the k-th call to a number draws the same uniform for every
 * strategy, so strategies differ only in whom they call, never in luck.
 */
export class OutcomeDice {
  private readonly draws = new Map<string, number[]>();
  constructor(private readonly seed: number) {}

  /** The uniform for the `k`-th call (0-based) to `e164`. */
  draw(e164: string, k: number): number {
    let list = this.draws.get(e164);
    if (!list) {
      let h = this.seed >>> 0;
      for (let i = 0; i < e164.length; i++) h = Math.imul(h ^ e164.charCodeAt(i), 0x01000193);
      const rnd = seededRandom(h);
      list = Array.from({ length: 16 }, () => rnd());
      this.draws.set(e164, list);
    }
    return list[k % list.length]!;
  }
}
