import type { EdgeProps } from '../model/index.js';
import { DEFAULT_CONFIDENCE } from './ranking-parameters.js';
import { ageInDays, recencyFactor } from './recency.js';
import { ageFactorOf, DEFAULT_RELIABILITIES, type Reliabilities } from './reliabilities.js';

/** The date a relationship was last known to hold: lastSeen, else firstSeen, else the start of its validity. */
export function evidenceDate(props: EdgeProps): string | undefined {
  return props.lastSeen ?? props.firstSeen ?? props.from;
}

/** A source and, for a learnt fact (`reference:R1`), the id of the person who told it. */
export function splitSource(source: string): [kind: string, teller?: string] {
  const colon = source.indexOf(':');
  return colon < 0 ? [source] : [source.slice(0, colon), source.slice(colon + 1)];
}

/** How much a source is trusted (0..1); a learnt fact's teller does not change its weight. */
export function sourceReliability(
  source: string,
  rel: Reliabilities = DEFAULT_RELIABILITIES,
): number {
  return rel.source[splitSource(source)[0]] ?? rel.defaultSource;
}

/** How a hop is weighed: its half-life, the reliabilities in force, and whether it ends at a contact point (the age factor applies). */
export interface HopWeighing {
  halfLifeDays: number;
  rel?: Reliabilities;
  contactHop?: boolean;
}

/** A hop's reliability: base × source × confidence × recency (× the calibrated age factor on a contact hop), clamped to 0..1. */
export function hopReliability(
  base: number,
  props: EdgeProps,
  at: Date,
  weighing: HopWeighing,
): number {
  const rel = weighing.rel ?? DEFAULT_RELIABILITIES;
  const confidence = props.confidence ?? DEFAULT_CONFIDENCE;
  const date = evidenceDate(props);
  const value =
    base *
    sourceReliability(props.source, rel) *
    confidence *
    recencyFactor(date, at, weighing.halfLifeDays) *
    (weighing.contactHop ? ageFactorOf(rel, ageInDays(date, at)) : 1);
  return Math.min(1, Math.max(0, value));
}
