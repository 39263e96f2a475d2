import type { ExecutionContext } from 'hono';
import type { DurableObjectState } from './durable-object.js';
import type { WorkerEnv } from './worker-env.js';
import { serveWithApp } from './worker-serve.js';

/** The one object every writing request goes through (its name, the same from every isolate). */
export const SERIAL_WRITER_NAME = 'writes';

/** Response header naming the path a request took, so clients and tests can see it. */
export const WRITER_HEADER = 'x-skipgraph-writer';

/** Methods that may write (guard checks write their audit record): these go through the writer. */
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when the request may write and so must be serialised with every other write. */
export function isWrite(request: Request): boolean {
  return WRITES.has(request.method.toUpperCase());
}

/**
 * A Durable Object that serves every writing request of the Worker. Cloudflare runs one instance
 * per id in the world, so with every write sent to the one id, D1 transactions (serialised within
 * an isolate by the executor's lock) are serialised across all isolates and locations: frequency
 * caps of every scope, idempotency keys and the audit chain hold exactly, as on the Node service.
 * The price is one place for all writes (one object serves in the order of hundreds of requests a
 * second); reads stay on the Worker's isolates.
 */
export class SerialWriter {
  constructor(
    private readonly state: DurableObjectState,
    private readonly env: WorkerEnv,
  ) {}

  /** Serves the request with the same app as the Worker, marked as having come through here. */
  async fetch(request: Request): Promise<Response> {
    const ctx: ExecutionContext = {
      waitUntil: (promise) => this.state.waitUntil(promise),
      passThroughOnException: () => undefined,
      props: {},
    };
    const response = await serveWithApp(request, this.env, ctx);
    const marked = new Response(response.body, response);
    marked.headers.set(WRITER_HEADER, 'durable-object');
    return marked;
  }
}
