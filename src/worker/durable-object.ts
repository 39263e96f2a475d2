/**
 * The part of Cloudflare's Durable Object API the Worker uses, typed here so the Node build needs
 * no Workers type package. Mirrors `DurableObjectNamespace` and `DurableObjectState`.
 */

/** A stub: requests sent to it reach the one object of its id, wherever it runs. */
export interface DurableObjectStub {
  fetch(request: Request): Promise<Response>;
}

/** An id names one object, the same one from every isolate and location. */
export type DurableObjectId = unknown;

/** A Durable Object binding (wrangler.toml `[[durable_objects.bindings]]`). */
export interface DurableObjectNamespace {
  idFromName(name: string): DurableObjectId;
  get(id: DurableObjectId): DurableObjectStub;
}

/** What the runtime hands an object: keeping it alive for work after a response. */
export interface DurableObjectState {
  waitUntil(promise: Promise<unknown>): void;
}
