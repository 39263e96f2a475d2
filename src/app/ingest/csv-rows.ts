/** One CSV record: its fields, and the physical line it starts on (1-based). */
export type CsvRow =
  | { line: number; fields: string[] }
  | { line: number; error: { code: string; message: string } };

/** Longest record kept in memory: an unclosed quote must not swallow a whole file. */
export const MAX_RECORD_CHARS = 1_000_000;

/**
 * Reads RFC 4180 CSV from text chunks: comma-separated, fields optionally in double quotes,
 * `""` for a quote inside one, commas and newlines allowed inside quotes, LF or CRLF line ends.
 * A stray quote inside an unquoted field is kept as text. An unclosed quote at the end, or a
 * record over `maxChars`, ends the reading with one error row at the record's first line.
 * @example for await (const row of csvRows(decodeChunks(stream))) …
 */
export async function* csvRows(
  chunks: AsyncIterable<string>,
  maxChars = MAX_RECORD_CHARS,
): AsyncGenerator<CsvRow> {
  let fields: string[] = [];
  let field = '';
  let size = 0;
  let inQuotes = false;
  let quoteSeen = false; // just read a quote inside a quoted field: either "" or its end
  let fieldStarted = false;
  let afterCr = false;
  let line = 1;
  let recordLine = 1;

  const endField = (): void => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (afterCr) {
        afterCr = false;
        if (c === '\n') continue; // the LF of a CRLF whose CR ended the record
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (c === '"') {
            field += '"';
            continue;
          }
          inQuotes = false; // the quote closed the field; fall through to handle c
        } else if (c === '"') {
          quoteSeen = true;
          continue;
        } else {
          if (c === '\n') line += 1;
          field += c;
          if (++size > maxChars) {
            yield {
              line: recordLine,
              error: {
                code: 'csv_record_too_long',
                message: `record longer than ${maxChars} characters (an unclosed quote?); reading stopped`,
              },
            };
            return;
          }
          continue;
        }
      }
      if (c === ',') {
        endField();
        fieldStarted = true;
      } else if (c === '\n' || c === '\r') {
        if (fieldStarted || field.length > 0 || fields.length > 0) endField();
        yield { line: recordLine, fields };
        fields = [];
        size = 0;
        fieldStarted = false;
        afterCr = c === '\r';
        line += 1;
        recordLine = line;
      } else if (c === '"' && field.length === 0) {
        // A quote opens a quoted field only as the field's first character.
        inQuotes = true;
        fieldStarted = true;
      } else {
        field += c;
        fieldStarted = true;
        if (++size > maxChars) {
          yield {
            line: recordLine,
            error: {
              code: 'csv_record_too_long',
              message: `record longer than ${maxChars} characters; reading stopped`,
            },
          };
          return;
        }
      }
    }
  }
  if (inQuotes && !quoteSeen) {
    yield {
      line: recordLine,
      error: {
        code: 'csv_unclosed_quote',
        message: 'a quoted field is not closed before the end of the file',
      },
    };
    return;
  }
  if (fieldStarted || field.length > 0 || fields.length > 0) {
    endField();
    yield { line: recordLine, fields };
  }
}
