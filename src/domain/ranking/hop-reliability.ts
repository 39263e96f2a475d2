import type { EdgeProps } from '../model/index.js';
import {
  DEFAULT_CONFIDENCE,
  DEFAULT_SOURCE_RELIABILITY,
  SOURCE_RELIABILITY,
} from './ranking-parameters.js';
import { recencyFactor } from './recency.js';

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
export function sourceReliability(source: string): number {
  return SOURCE_RELIABILITY[splitSource(source)[0]] ?? DEFAULT_SOURCE_RELIABILITY;
}

/** A hop's reliability: base × source × confidence × recency, clamped to 0..1. */
export function hopReliability(
  base: number,
  props: EdgeProps,
  at: Date,
  halfLifeDays: number,
): number {
  const confidence = props.confidence ?? DEFAULT_CONFIDENCE;
  const value =
    base *
    sourceReliability(props.source) *
    confidence *
    recencyFactor(evidenceDate(props), at, halfLifeDays);
  return Math.min(1, Math.max(0, value));
}
