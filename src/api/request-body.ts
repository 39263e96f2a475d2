import type { Context } from 'hono';
import { ApiError } from './api-error.js';

/** What Node's adapter passes as the environment: the request as Node's own stream. */
interface NodeBindings {
  incoming?: AsyncIterable<Uint8Array>;
}

/**
 * The request's body as Node's own stream, when the service runs on Node; undefined elsewhere
 * (Workers, in-process requests). Reading it directly spares the adapter building a Fetch Request
 * and a web stream for the body, which cost more CPU than a guard check's own work.
 */
export function nodeBodyStream(c: Context): AsyncIterable<Uint8Array> | undefined {
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  return incoming && typeof incoming[Symbol.asyncIterator] === 'function' ? incoming : undefined;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'body_too_large', `the request body is larger than ${maxBytes} bytes`, {
    params: { maxBytes: String(maxBytes) },
  });
}

async function readNodeStream(stream: AsyncIterable<Uint8Array>, maxBytes: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.byteLength;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, 'body_incomplete', 'the request body ended before it was complete');
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The whole request body, at most `maxBytes` (413 `body_too_large` beyond): from Node's stream
 * when there is one, else through the Fetch body (whose size the body limit has checked). The
 * bytes fill their own buffer exactly, so `bytes.buffer` is the body.
 */
export async function readRequestBody(c: Context, maxBytes: number): Promise<Uint8Array> {
  const stream = nodeBodyStream(c);
  if (stream) return readNodeStream(stream, maxBytes);
  return new Uint8Array(await c.req.arrayBuffer());
}
