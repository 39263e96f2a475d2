import type { Phone } from '../model/index.js';
import type { PathCandidate } from './evidence-paths.js';
import { noisyOr } from './noisy-or.js';
import {
  DEFAULT_LINE_TYPE_FACTOR,
  LINE_TYPE_FACTOR,
  PHONE_STATUS_FACTOR,
} from './ranking-parameters.js';

/**
 * The graph's estimate that a contact point reaches whom its paths lead to, before sharing and
 * attempt history: the noisy-OR of its paths, times the phone's status factor and, unless it is
 * only an employer's switchboard, its line type factor.
 */
export function graphPrior(paths: readonly PathCandidate[], phone: Phone | undefined): number {
  const prior = noisyOr(paths.map((p) => p.probability));
  if (!phone) return prior;
  const switchboard = paths.every((p) => p.recipient.relation === 'employer');
  return (
    prior *
    (switchboard ? 1 : (LINE_TYPE_FACTOR[phone.type] ?? DEFAULT_LINE_TYPE_FACTOR)) *
    (phone.status === 'active' ? PHONE_STATUS_FACTOR.active : PHONE_STATUS_FACTOR.unknown)
  );
}
