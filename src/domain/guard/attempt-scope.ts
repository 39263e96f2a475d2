import type { Attempt, ContactPoint } from '../model/index.js';
import type { GuardContext, GuardRequest } from './guard-context.js';

/** True when two contact points are the same phone, email or address. */
export function sameContact(a: ContactPoint, b: ContactPoint): boolean {
  return a.kind === b.kind && a.value === b.value;
}

/** True when a recorded attempt reached the request's recipient: the same person, or the same contact point. */
export function reachedRecipient(
  attempt: Attempt,
  request: GuardRequest,
  context: GuardContext,
): boolean {
  const personId = context.recipient.person?.id;
  return (
    (personId !== undefined && attempt.personId === personId) ||
    sameContact(attempt.contact, request.contact)
  );
}

/** Epoch ms of an attempt, NaN-safe (an unreadable time counts as now, so it is never ignored). */
export function attemptTime(attempt: Attempt, fallback: number): number {
  const t = isoMs(attempt.at);
  return Number.isNaN(t) ? fallback : t;
}

function digit(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

function digits(text: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) v = v * 10 + digit(text, i);
  return v;
}

/**
 * Epoch ms of an ISO-8601 time. The canonical UTC form stores write ("2026-03-03T20:00:00.000Z",
 * with or without milliseconds) is read directly, ~10× faster than Date.parse; anything else goes
 * to Date.parse. NaN when unreadable.
 */
export function isoMs(text: string): number {
  const n = text.length;
  if (
    (n === 24 || n === 20) &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T' &&
    text[13] === ':' &&
    text[16] === ':' &&
    text[n - 1] === 'Z'
  ) {
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    const ms = n === 24 && text[19] === '.' ? digits(text, 20, 3) : n === 20 ? 0 : Number.NaN;
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= 31 &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      ms >= 0
    ) {
      const t = Date.UTC(digits(text, 0, 4), month - 1, day, hour, minute, second, ms);
      // Day 31 of a 30-day month rolls over in Date.UTC: let Date.parse judge those.
      if (!Number.isNaN(t) && new Date(t).getUTCDate() === day) return t;
    }
  }
  return Date.parse(text);
}
