/** One physical line of an NDJSON file, numbered from 1; `tooLong` when it was cut at the limit. */
export interface NumberedLine {
  line: number;
  text: string;
  tooLong?: true;
}

/** Longest line kept in memory; a longer one is reported, not buffered, so memory stays flat. */
export const MAX_LINE_CHARS = 1_000_000;

/**
 * Splits text chunks into numbered lines (LF or CRLF), a chunk's worth at a time: a reader of
 * millions of lines then pays for one asynchronous step per chunk instead of one per line. A final
 * line without a newline counts too. A line longer than `maxChars` is given once with `tooLong`
 * and an empty text, its rest skipped.
 * @example for await (const lines of numberedLineBatches(decodeChunks(stream))) for (const l of lines) …
 */
export async function* numberedLineBatches(
  chunks: AsyncIterable<string>,
  maxChars = MAX_LINE_CHARS,
): AsyncGenerator<NumberedLine[]> {
  let pending = '';
  let skipping = false;
  let line = 1;
  for await (const chunk of chunks) {
    const lines: NumberedLine[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl === -1) break;
      if (skipping) {
        skipping = false;
      } else {
        const text = pending + chunk.slice(start, nl);
        lines.push(
          text.length > maxChars + 1
            ? { line, text: '', tooLong: true }
            : { line, text: stripCr(text) },
        );
      }
      pending = '';
      line += 1;
      start = nl + 1;
    }
    if (!skipping) {
      pending += chunk.slice(start);
      if (pending.length > maxChars + 1) {
        lines.push({ line, text: '', tooLong: true });
        pending = '';
        skipping = true;
      }
    }
    if (lines.length > 0) yield lines;
  }
  if (!skipping && pending.length > 0)
    yield [
      pending.length > maxChars + 1
        ? { line, text: '', tooLong: true }
        : { line, text: stripCr(pending) },
    ];
}

function stripCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
