import type { RelationKind } from '../model/index.js';
import {
  AGE_BUCKET_START_DAYS,
  DEFAULT_SOURCE_RELIABILITY,
  EMPLOYMENT_RELIABILITY,
  RELATION_RELIABILITY,
  SOURCE_RELIABILITY,
} from './ranking-parameters.js';

/** A factor on a contact hop whose evidence is at least `fromDays` old (up to the next bucket). */
export interface AgeFactor {
  fromDays: number;
  factor: number;
}

/**
 * The reliabilities a ranking uses: the documented defaults (ranking-parameters.ts), or a
 * portfolio's calibration of them (source, relation, a factor by the age of a contact's evidence,
 * and the workplace route's employment hop).
 */
export interface Reliabilities {
  source: Readonly<Record<string, number>>;
  defaultSource: number;
  relation: Readonly<Record<RelationKind, number>>;
  /** Ascending by fromDays, the first at 0. */
  age: readonly AgeFactor[];
  /** The hop from the debtor to a current employer (EMPLOYMENT_RELIABILITY): the workplace route. */
  employment: number;
}

/** The documented defaults: every age factor 1 (the recency decay alone). */
export const DEFAULT_RELIABILITIES: Reliabilities = {
  source: SOURCE_RELIABILITY,
  defaultSource: DEFAULT_SOURCE_RELIABILITY,
  relation: RELATION_RELIABILITY,
  age: AGE_BUCKET_START_DAYS.map((fromDays) => ({ fromDays, factor: 1 })),
  employment: EMPLOYMENT_RELIABILITY,
};

/** The values a calibration may set; anything it leaves out keeps its default. */
export interface ReliabilityOverrides {
  source?: Readonly<Record<string, number>>;
  relation?: Readonly<Partial<Record<RelationKind, number>>>;
  age?: readonly AgeFactor[];
  employment?: number;
}

/** The defaults with a calibration's values laid over them. */
export function reliabilitiesWith(overrides: ReliabilityOverrides | undefined): Reliabilities {
  if (!overrides) return DEFAULT_RELIABILITIES;
  const relation = { ...RELATION_RELIABILITY };
  for (const [k, v] of Object.entries(overrides.relation ?? {}))
    if (v !== undefined) relation[k as RelationKind] = v;
  const age =
    overrides.age && overrides.age.length > 0
      ? [...overrides.age].sort((a, b) => a.fromDays - b.fromDays)
      : DEFAULT_RELIABILITIES.age;
  return {
    source: { ...SOURCE_RELIABILITY, ...overrides.source },
    defaultSource: DEFAULT_SOURCE_RELIABILITY,
    relation,
    age,
    employment: overrides.employment ?? EMPLOYMENT_RELIABILITY,
  };
}

/** Index of the age bucket an age (days) falls in; undated evidence counts as a year old (as UNDATED_FACTOR does). */
export function ageBucketOf(rel: Pick<Reliabilities, 'age'>, ageDays: number | undefined): number {
  const days = ageDays ?? 365;
  let i = 0;
  while (i + 1 < rel.age.length && rel.age[i + 1]!.fromDays <= days) i++;
  return i;
}

/** The calibrated factor for a contact hop of this age (1 with the defaults). */
export function ageFactorOf(rel: Reliabilities, ageDays: number | undefined): number {
  return rel.age[ageBucketOf(rel, ageDays)]?.factor ?? 1;
}
