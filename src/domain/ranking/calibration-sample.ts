import { type ContactPoint, nodeKey, type Outcome, type RelationKind } from '../model/index.js';
import { graphPrior } from './contact-prior.js';
import { contactAgeDays, walkEvidencePaths } from './evidence-paths.js';
import type { GraphIndex } from './graph-index.js';
import { splitSource } from './hop-reliability.js';
import { PUT_THROUGH_RATE } from './ranking-parameters.js';
import { ageBucketOf, type Reliabilities } from './reliabilities.js';

/** One decided attempt of the portfolio, as the calibration reads it. */
export interface CalibrationSample {
  /** The debtor's graph (shared by that debtor's samples). */
  index: GraphIndex;
  debtorId: string;
  accountId: string;
  /** When the attempt was made: evidence ages and line status are taken as of then. */
  at: Date;
  contact: ContactPoint;
  /** True when the attempt reached whom it was meant for. */
  reached: boolean;
}

/** The graph's prediction for a sample, and the facts the fitting groups it by. */
export interface SamplePrediction {
  p: number;
  /** Source kind of the best path's link to the contact point. */
  source: string;
  /** KNOWS kind of the best path's first hop, when it goes through a person the debtor knows. */
  relation?: RelationKind;
  /** Age bucket of the best path's link to the contact point. */
  ageBucket: number;
  /** True when the best path is the debtor's own point (source and age are fitted on these). */
  own: boolean;
  /** True when the best path is the switchboard of the debtor's employer (employment is fitted on these). */
  workplace: boolean;
}

const TO_THE_PERSON: ReadonlySet<Outcome> = new Set<Outcome>([
  'right_party',
  'promise_to_pay',
  'refused',
  'cease_request',
]);
const DISPROVING: ReadonlySet<Outcome> = new Set<Outcome>([
  'wrong_party',
  'invalid_number',
  'suspended',
]);

/**
 * Whether an outcome says the route held: reaching the person meant (on a third party's route,
 * `third_party` is that person) is a yes; wrong party, invalid, suspended, and someone else on
 * the debtor's own number are a no. No answer and busy say whether the holder picked up, which
 * the live-line model weighs, not whether the link holds: undefined (left out).
 */
export function calibrationLabel(outcome: Outcome, toDebtor: boolean): boolean | undefined {
  if (TO_THE_PERSON.has(outcome)) return true;
  if (DISPROVING.has(outcome)) return false;
  if (outcome === 'third_party') return !toDebtor;
  return undefined;
}

/**
 * The graph's estimate for the sample's contact point at the attempt's time with the given
 * reliabilities (the ranking's prior before sharing and history), or undefined when no path
 * leads there any more. A status recorded after the attempt does not count: it was not known.
 */
export function predictSample(
  s: CalibrationSample,
  rel: Reliabilities,
): SamplePrediction | undefined {
  const key = nodeKey(s.contact.kind, s.contact.value);
  const paths = walkEvidencePaths(s.index, {
    debtorId: s.debtorId,
    accountId: s.accountId,
    at: s.at,
    rel,
  }).paths.filter((p) => p.contactKey === key);
  if (paths.length === 0) return undefined;
  let best = paths[0]!;
  for (const p of paths) if (p.probability > best.probability) best = p;
  const node = s.index.node(key);
  let phone = node?.kind === 'phone' ? node.data : undefined;
  if (phone?.statusAt !== undefined && Date.parse(phone.statusAt) > s.at.getTime())
    phone = { ...phone, status: 'unknown' };
  const last = best.hops[best.hops.length - 1]!;
  const first = best.hops[0]!;
  const workplace = first.type === 'WORKS_AT';
  // A switchboard always answers, so every call there is decided; it reaches the debtor only when
  // the job holds and the call is put through (the put-through model), not with the route's chance alone.
  const prior = graphPrior(paths, phone);
  const prediction: SamplePrediction = {
    p: workplace ? prior * PUT_THROUGH_RATE : prior,
    source: splitSource(last.source)[0],
    ageBucket: ageBucketOf(rel, contactAgeDays(best.hops, s.at)),
    own: best.hops.length === 1 && best.recipient.relation === 'self',
    workplace,
  };
  if (first.type === 'KNOWS' && first.kind !== undefined)
    prediction.relation = first.kind as RelationKind;
  return prediction;
}
