import { CONVERSATION_OUTCOMES, type Phone } from '../model/index.js';
import type { DatedOutcome } from './outcome-history.js';
import { SUSPENDED_COOL_DOWN_DAYS } from './ranking-parameters.js';
import { isoDay } from './recency.js';

const DAY_MS = 86_400_000;

/** Whether a phone may be ranked at `at`, and if it was suspended, when its cool-down ended. */
export type PhoneAvailability =
  | { state: 'available'; suspendedUntil?: string }
  | {
      state: 'excluded';
      /** Stable code of the reason, for the message catalogue. */
      code: 'number_invalid' | 'line_suspended';
      params: Record<string, string | number>;
      reason: string;
      /** When the line was found invalid or suspended, when known. */
      since?: string;
      until?: string;
    };

/**
 * A phone's effective status: the stored status, unless a later attempt outcome says the number
 * is invalid or suspended (the outcome may be recorded before the status is updated).
 */
function effectiveStatus(
  phone: Phone,
  outcomes: readonly DatedOutcome[],
): { status: Phone['status']; since?: string } {
  const statusMs =
    phone.statusAt !== undefined ? Date.parse(phone.statusAt) : Number.NEGATIVE_INFINITY;
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!;
    if (o.atMs <= statusMs) break;
    if (o.outcome === 'invalid_number') return { status: 'invalid', since: o.at };
    if (o.outcome === 'suspended') return { status: 'suspended', since: o.at };
    if (CONVERSATION_OUTCOMES.includes(o.outcome)) return { status: 'active', since: o.at };
  }
  return phone.statusAt !== undefined
    ? { status: phone.status, since: phone.statusAt }
    : { status: phone.status };
}

/** Invalid phones are excluded; suspended ones until SUSPENDED_COOL_DOWN_DAYS after their status date. */
export function phoneAvailability(
  phone: Phone,
  outcomes: readonly DatedOutcome[],
  at: Date,
): PhoneAvailability {
  const { status, since } = effectiveStatus(phone, outcomes);
  if (status === 'invalid')
    return since
      ? {
          state: 'excluded',
          code: 'number_invalid',
          params: { invalidAt: since },
          reason: `number invalid since ${isoDay(since)}`,
          since,
        }
      : { state: 'excluded', code: 'number_invalid', params: {}, reason: 'number invalid' };
  if (status !== 'suspended') return { state: 'available' };
  const sinceMs = since !== undefined ? Date.parse(since) : Number.NaN;
  if (Number.isNaN(sinceMs))
    return {
      state: 'excluded',
      code: 'line_suspended',
      params: {},
      reason: 'line suspended (no date recorded, so no cool-down can end)',
    };
  const untilMs = sinceMs + SUSPENDED_COOL_DOWN_DAYS * DAY_MS;
  const until = new Date(untilMs).toISOString();
  if (at.getTime() < untilMs) {
    return {
      state: 'excluded',
      code: 'line_suspended',
      params: { suspendedAt: since!, until, coolDownDays: SUSPENDED_COOL_DOWN_DAYS },
      reason: `line suspended on ${isoDay(since!)}; retry after the ${SUSPENDED_COOL_DOWN_DAYS}-day cool-down`,
      since: since!,
      until,
    };
  }
  return { state: 'available', suspendedUntil: until };
}
