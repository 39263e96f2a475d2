/** What an import reads: the whole text, or the chunks of a file or request stream (text or UTF-8 bytes). */
export type TextSource = string | AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array>;

/**
 * Decodes a source into text chunks: UTF-8 across chunk boundaries, a leading byte-order mark
 * dropped. `onBytes` hears how many bytes (or characters, for text) each chunk held, for progress.
 * @example for await (const text of decodeChunks(createReadStream(path))) …
 */
export async function* decodeChunks(
  source: TextSource,
  onBytes?: (n: number) => void,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let first = true;
  for await (const chunk of iterate(source)) {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
      onBytes?.(chunk.length);
    } else {
      text = decoder.decode(chunk, { stream: true });
      onBytes?.(chunk.byteLength);
    }
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

async function* iterate(source: TextSource): AsyncGenerator<string | Uint8Array> {
  if (typeof source === 'string') {
    yield source;
    return;
  }
  if (isReadableStream(source)) {
    // A reader loop rather than `for await`: not every runtime makes web streams async-iterable.
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  }
  yield* source;
}

function isReadableStream(
  source: AsyncIterable<string | Uint8Array> | ReadableStream<Uint8Array>,
): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream<Uint8Array>).getReader === 'function';
}
