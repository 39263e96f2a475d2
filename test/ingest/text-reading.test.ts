import { describe, expect, it } from 'vitest';
import { type CsvRow, csvRows } from '../../src/app/ingest/csv-rows.js';
import { type NumberedLine, numberedLineBatches } from '../../src/app/ingest/numbered-lines.js';
import { decodeChunks } from '../../src/app/ingest/text-source.js';

async function* chunksOf(...parts: string[]): AsyncGenerator<string> {
  for (const p of parts) yield p;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The lines one at a time, as a reader that flattens the batches sees them. */
async function* numberedLines(chunks: AsyncIterable<string>, maxChars?: number) {
  for await (const batch of numberedLineBatches(chunks, maxChars)) yield* batch;
}

const lines = (...parts: string[]): Promise<NumberedLine[]> =>
  collect(numberedLines(chunksOf(...parts)));
const rows = (...parts: string[]): Promise<CsvRow[]> => collect(csvRows(chunksOf(...parts)));

describe('decodeChunks', () => {
  it('decodes UTF-8 split inside a character across chunks and drops a leading BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFF张伟\n李娜');
    const split = [bytes.slice(0, 4), bytes.slice(4, 5), bytes.slice(5)];
    async function* source(): AsyncGenerator<Uint8Array> {
      yield* split;
    }
    expect((await collect(decodeChunks(source()))).join('')).toBe('张伟\n李娜');
  });

  it('drops a BOM from a text source and counts what it read', async () => {
    let n = 0;
    const text = (await collect(decodeChunks('\uFEFFab', (k) => (n += k)))).join('');
    expect(text).toBe('ab');
    expect(n).toBe(3);
  });

  it('reads a web ReadableStream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('a\n'));
        c.enqueue(new TextEncoder().encode('b'));
        c.close();
      },
    });
    expect((await collect(decodeChunks(stream))).join('')).toBe('a\nb');
  });
});

describe('numberedLines', () => {
  it('numbers lines from 1 across chunk boundaries, LF and CRLF, with or without a final newline', async () => {
    expect(await lines('a\r\nb', 'c\n\nd')).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'bc' },
      { line: 3, text: '' },
      { line: 4, text: 'd' },
    ]);
    expect(await lines('a\n')).toEqual([{ line: 1, text: 'a' }]);
  });

  it('reports an over-long line once without buffering it, and keeps counting', async () => {
    const got = await collect(
      numberedLines(chunksOf('ok\n', 'x'.repeat(30), 'y'.repeat(30), '\nnext\n'), 20),
    );
    expect(got).toEqual([
      { line: 1, text: 'ok' },
      { line: 2, text: '', tooLong: true },
      { line: 3, text: 'next' },
    ]);
  });
});

describe('csvRows (RFC 4180)', () => {
  it('splits plain fields and keeps empty ones', async () => {
    expect(await rows('a,b,,d\n1,2,3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b', '', 'd'] },
      { line: 2, fields: ['1', '2', '3', '4'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and newlines, numbering records by their first line', async () => {
    const got = await rows(
      'id,line\r\n',
      'P1,"1 Main St, Apt ""4""\r\nSpringfield"\r\n',
      'P2,"x"\r\n',
    );
    expect(got).toEqual([
      { line: 1, fields: ['id', 'line'] },
      { line: 2, fields: ['P1', '1 Main St, Apt "4"\r\nSpringfield'] },
      { line: 4, fields: ['P2', 'x'] },
    ]);
  });

  it('handles a quote split across chunks and a last record without newline', async () => {
    expect(await rows('a,"x', 'y"', ',d')).toEqual([{ line: 1, fields: ['a', 'xy', 'd'] }]);
    expect(await rows('a,"b"', '"', 'c"')).toEqual([{ line: 1, fields: ['a', 'b"c'] }]);
  });

  it('gives a blank line as a record without fields and a trailing comma as an empty last field', async () => {
    expect(await rows('a\n\nb,\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [] },
      { line: 3, fields: ['b', ''] },
    ]);
  });

  it('reports an unclosed quote at the line its record starts', async () => {
    expect(await rows('a\nb,"open\nmore\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, error: { code: 'csv_unclosed_quote', message: expect.any(String) } },
    ]);
  });

  it('stops at a record over the size limit instead of buffering the file', async () => {
    const got = await collect(csvRows(chunksOf('a\n"', 'z'.repeat(50)), 20));
    expect(got[1]).toEqual({
      line: 2,
      error: { code: 'csv_record_too_long', message: expect.any(String) },
    });
    expect(got).toHaveLength(2);
  });
});
