import type { RelationKind } from '../model/index.js';
import {
  type CalibrationSample,
  predictSample,
  type SamplePrediction,
} from './calibration-sample.js';
import {
  AGE_FACTOR_RANGE,
  CALIBRATED_RELIABILITY_RANGE,
  CALIBRATION_PRIOR_STRENGTH,
  CALIBRATION_ROUNDS,
} from './ranking-parameters.js';
import { DEFAULT_RELIABILITIES, type Reliabilities } from './reliabilities.js';

/** The fitted reliabilities, and how many decided attempts each fitted value rests on. */
export interface FittedReliabilities {
  rel: Reliabilities;
  support: {
    source: Record<string, number>;
    relation: Partial<Record<RelationKind, number>>;
    age: number[];
    employment: number;
  };
}

type Dimension = 'source' | 'relation' | 'age' | 'employment';

/** The one group of the employment dimension: every workplace route shares the hop's reliability. */
const EMPLOYMENT_GROUP = 'employment';

/**
 * The group a prediction counts in: source and age bucket for the debtor's own points (the
 * ranking applies calibrated source and age there only), the relation for routes through a
 * person the debtor knows, the employment hop for employers' switchboards.
 */
function groupOf(p: SamplePrediction, d: Dimension): string | undefined {
  if (d === 'relation') return p.relation;
  if (d === 'employment') return p.workplace ? EMPLOYMENT_GROUP : undefined;
  if (!p.own) return undefined;
  return d === 'source' ? p.source : String(p.ageBucket);
}

function clamp(x: number, [lo, hi]: readonly [number, number]): number {
  return Math.min(hi, Math.max(lo, x));
}

/** Current and default value of one group of a dimension. */
function currentAndDefault(
  rel: Reliabilities,
  defaults: Reliabilities,
  d: Dimension,
  g: string,
): [number, number] {
  if (d === 'source')
    return [rel.source[g] ?? rel.defaultSource, defaults.source[g] ?? defaults.defaultSource];
  if (d === 'relation') {
    const k = g as RelationKind;
    return [rel.relation[k], defaults.relation[k]];
  }
  if (d === 'employment') return [rel.employment, defaults.employment];
  const i = Number(g);
  return [rel.age[i]?.factor ?? 1, defaults.age[i]?.factor ?? 1];
}

function withValue(rel: Reliabilities, d: Dimension, g: string, v: number): Reliabilities {
  if (d === 'source') return { ...rel, source: { ...rel.source, [g]: v } };
  if (d === 'relation') return { ...rel, relation: { ...rel.relation, [g as RelationKind]: v } };
  if (d === 'employment') return { ...rel, employment: v };
  const i = Number(g);
  return { ...rel, age: rel.age.map((a, j) => (j === i ? { ...a, factor: v } : a)) };
}

/**
 * Fits source, relation, age and employment reliabilities to decided attempts by proportional
 * fitting: each round, for each group (a source kind, a relation kind, an age bucket, the
 * employment hop of workplace routes), the value is scaled by
 * observed ÷ predicted successes over its attempts and pulled toward its default by a prior worth
 * `priorStrength` attempts (n·fitted + k·default) / (n + k), so little data changes little.
 * Pure and deterministic. With no samples it returns the defaults.
 */
export function fitReliabilities(
  samples: readonly CalibrationSample[],
  defaults: Reliabilities = DEFAULT_RELIABILITIES,
  priorStrength = CALIBRATION_PRIOR_STRENGTH,
): FittedReliabilities {
  let rel = defaults;
  const support: FittedReliabilities['support'] = {
    source: {},
    relation: {},
    age: [],
    employment: 0,
  };
  for (let round = 0; round < CALIBRATION_ROUNDS; round++) {
    for (const d of ['source', 'relation', 'age', 'employment'] as const) {
      const sums = new Map<string, { n: number; observed: number; predicted: number }>();
      for (const s of samples) {
        const p = predictSample(s, rel);
        const g = p && groupOf(p, d);
        if (!p || g === undefined) continue;
        const sum = sums.get(g) ?? { n: 0, observed: 0, predicted: 0 };
        sum.n++;
        sum.observed += s.reached ? 1 : 0;
        sum.predicted += p.p;
        sums.set(g, sum);
      }
      for (const [g, { n, observed, predicted }] of [...sums].sort(([a], [b]) =>
        a < b ? -1 : 1,
      )) {
        const [current, base] = currentAndDefault(rel, defaults, d, g);
        const fitted = predicted > 0 ? (current * observed) / predicted : current;
        const range = d === 'age' ? AGE_FACTOR_RANGE : CALIBRATED_RELIABILITY_RANGE;
        const value = clamp((n * fitted + priorStrength * base) / (n + priorStrength), range);
        rel = withValue(rel, d, g, Math.round(value * 1e4) / 1e4);
        if (round === 0) {
          if (d === 'source') support.source[g] = n;
          else if (d === 'relation') support.relation[g as RelationKind] = n;
          else if (d === 'employment') support.employment = n;
          else support.age[Number(g)] = n;
        }
      }
    }
  }
  support.age = rel.age.map((_, i) => support.age[i] ?? 0);
  return { rel, support };
}
