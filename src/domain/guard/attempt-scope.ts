import type { Attempt, ContactPoint } from '../model/index.js';
import type { GuardContext, GuardRequest } from './guard-context.js';

/** True when two contact points are the same phone, email or address. */
export function sameContact(a: ContactPoint, b: ContactPoint): boolean {
  return a.kind === b.kind && a.value === b.value;
}

/** True when a recorded attempt reached the request's recipient: the same person, or the same contact point. */
export function reachedRecipient(attempt: Attempt, request: GuardRequest, context: GuardContext): boolean {
  const personId = context.recipient.person?.id;
  return (personId !== undefined && attempt.personId === personId) || sameContact(attempt.contact, request.contact);
}

/** Epoch ms of an attempt, NaN-safe (an unreadable time counts as now, so it is never ignored). */
export function attemptTime(attempt: Attempt, fallback: number): number {
  const t = Date.parse(attempt.at);
  return Number.isNaN(t) ? fallback : t;
}
