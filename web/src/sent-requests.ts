import { ApiFailure } from './api.js';

// A request a page sent (a message from the debtor page's send form, a call from a worklist row)
// stays sent when the page is drawn again (in the other language, or after an outcome): drawn
// again, its button would send it a second time. A request keeps the idempotency key of its first
// click until the service answers it for sure, so a click again while it goes, or after an answer
// that never came, is the same request, which the service carries out once. Moving to another page
// forgets them, as the outcome panels are forgotten.

/** A request a page sent: its fields as sent and the idempotency key it went with. */
export interface SentRequest {
  values: Readonly<Record<string, string>>;
  idempotencyKey: string;
}

interface Kept extends SentRequest {
  sent: boolean;
}

const kept = new Map<string, Kept>();

function same(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}

/**
 * The idempotency key to send the request `values` from `place` with: the key it went with before
 * (it is on its way, or its answer was lost), else a new one kept for it.
 * @example requestKey(`worklist:${item.accountId}`, { accountId, channel, to })
 */
export function requestKey(place: string, values: Readonly<Record<string, string>>): string {
  const request = kept.get(place);
  if (request !== undefined && same(request.values, values)) return request.idempotencyKey;
  const idempotencyKey = crypto.randomUUID();
  kept.set(place, { values: { ...values }, idempotencyKey, sent: false });
  return idempotencyKey;
}

/** Remembers the request just sent from `place` (a page's send box, a worklist row). */
export function rememberSentRequest(place: string, request: SentRequest): void {
  kept.set(place, { ...request, sent: true });
}

/**
 * The request sent from `place` when `values` are exactly its fields (a form or a row drawn again),
 * else undefined: any other request is a new one.
 * @example sentRequestLike('debtor:CN-001', formValues(form))?.idempotencyKey
 */
export function sentRequestLike(
  place: string,
  values: Readonly<Record<string, string>>,
): SentRequest | undefined {
  const request = kept.get(place);
  return request?.sent && same(request.values, values) ? request : undefined;
}

/**
 * After `error`, the request from `place` was surely not carried out (the guard denied it, the
 * service refused it): trying again is a new request, with a new key, which the guard decides
 * afresh. A lost answer (no connection, a server fault, the first request still in progress)
 * keeps the key: the request may have gone through.
 */
export function settleFailedRequest(place: string, error: unknown): void {
  const refused =
    error instanceof ApiFailure &&
    error.status >= 400 &&
    error.status < 500 &&
    error.code !== 'idempotency_key_in_use';
  if (refused && kept.get(place)?.sent === false) kept.delete(place);
}

/** Forgets every sent request (the reader moved to another page or signed out). */
export function forgetSentRequests(): void {
  kept.clear();
}
