// A message sent from a page's send form stays sent when the page is drawn again in the other
// language: the form comes back with the draft of what was sent, and sending that again would
// send it twice. Moving to another page forgets it, as the outcome panels are forgotten.

/** A request the send form sent: its fields as sent and the idempotency key it went with. */
export interface SentRequest {
  values: Readonly<Record<string, string>>;
  idempotencyKey: string;
}

const sent = new Map<string, SentRequest>();

/** Remembers the request just sent from the send form at `place` (a page's send box). */
export function rememberSentRequest(place: string, request: SentRequest): void {
  sent.set(place, request);
}

/**
 * The request sent from `place` when `values` are exactly its fields (a form drawn again with
 * its draft), else undefined: any other request is a new one.
 * @example sentRequestLike('debtor:CN-001', formValues(form))?.idempotencyKey
 */
export function sentRequestLike(
  place: string,
  values: Readonly<Record<string, string>>,
): SentRequest | undefined {
  const request = sent.get(place);
  if (request === undefined) return undefined;
  const keys = new Set([...Object.keys(request.values), ...Object.keys(values)]);
  for (const key of keys) if (request.values[key] !== values[key]) return undefined;
  return request;
}

/** Forgets every sent request (the reader moved to another page or signed out). */
export function forgetSentRequests(): void {
  sent.clear();
}
