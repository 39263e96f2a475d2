import type {
  AttemptLog,
  GraphIngest,
  GraphReads,
  PromiseBook,
  Transactions,
  WorklistIndex,
} from '../../store/graph-store.js';
import { csvRecord } from './csv-record.js';
import { csvRows } from './csv-rows.js';
import { IngestInputError, type IngestProblem } from './ingest-problem.js';
import { type MappedRecord, mapRecord } from './map-record.js';
import { type NumberedLine, numberedLineBatches } from './numbered-lines.js';
import { futureObservation } from './observed-dates.js';
import { type ParsedRecord, parseNdjsonLine, parseRecord } from './parse-record.js';
import { type CurrencyVerdict, PaymentCurrencyCheck } from './payment-currency-check.js';
import { PhoneCache } from './phone-cache.js';
import { minorUnitProblem } from './record-amounts.js';
import {
  type InterchangeRecord,
  isRecordType,
  RECORD_SCHEMAS,
  RECORD_TYPES,
  type RecordType,
} from './record-schemas.js';
import { ReferenceCheck } from './reference-check.js';
import { RowBatch } from './row-batch.js';
import { decodeChunks, type TextSource } from './text-source.js';

export type IngestFormat = 'ndjson' | 'csv';

/** How far an import has come, reported after each batch is written. */
export interface IngestProgress {
  /** Last line read. */
  line: number;
  /** Bytes read from the source (characters, for a text source). */
  bytes: number;
  accepted: number;
  rejected: number;
}

export interface IngestOptions {
  format: IngestFormat;
  /** CSV: the record type of every row (unless the file has a `type` column). */
  type?: RecordType | string;
  /** Region for phone numbers not in +CC form, when the record gives none (CN, US). */
  defaultRegion?: string;
  /** Lines per write transaction (default 1,000). */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Hears every rejected line as it is found (the summary keeps at most `maxRejections`). */
  onReject?: (problem: IngestProblem) => void;
  /** Rejections kept in the summary (default 10,000); `rejectedCount` counts them all. */
  maxRejections?: number;
  /** Report relationships to persons/accounts found nowhere (default true). */
  checkReferences?: boolean;
  /** When the import runs: dates observed after it are rejected (default: the wall clock). */
  now?: Date;
}

/** What an import did. Empty lines are skipped: neither accepted nor rejected. */
export interface IngestSummary {
  /** Lines read, the CSV header included. */
  lines: number;
  accepted: number;
  /** Rejected lines in line order (at most `maxRejections`). */
  rejected: IngestProblem[];
  rejectedCount: number;
  skipped: number;
  /** Accepted records by type. */
  byType: Record<RecordType, number>;
  /** Accepted lines naming a person or account found neither in the import nor in the store. */
  warnings: IngestProblem[];
}

const DEFAULT_BATCH = 1_000;
const DEFAULT_MAX_REJECTIONS = 10_000;

/**
 * U+FFFD: what the decoder puts for bytes that are not UTF-8. A line holding it is rejected rather
 * than stored with a damaged name or id (a source that holds the character itself is damaged too).
 */
const REPLACEMENT = '\ufffd';
const NOT_UTF8: ParsedRecord = {
  ok: false,
  problem: {
    code: 'invalid_utf8',
    message: 'the line is not valid UTF-8 text',
    params: { what: 'line' },
  },
};

/** A line that passed every check, mapped to its rows, waiting to join a batch. */
type AcceptedLine = {
  line: number;
  record: InterchangeRecord;
  mapped: Extract<MappedRecord, { ok: true }>;
};

/** One record read from the source, or why it could not be read; `null` for a skipped empty line. */
type ReadRecord = { line: number; parsed: ParsedRecord | null };

/**
 * Imports NDJSON or CSV records into the graph: each line validated and mapped on its own (a
 * bad one is reported as `{line, code, message}` and the rest kept), rows written in batches,
 * one store transaction each. Every write is an idempotent upsert, so re-importing a file
 * changes nothing. The source is streamed: memory does not grow with the file.
 * @example const summary = await ingest(store, createReadStream('people.ndjson'), { format: 'ndjson', defaultRegion: 'CN' });
 */
export async function ingest(
  store: Transactions & GraphReads,
  source: TextSource,
  options: IngestOptions,
): Promise<IngestSummary> {
  if (options.type !== undefined && !isRecordType(options.type)) {
    throw new IngestInputError(
      'unknown_type',
      `unknown record type "${String(options.type).slice(0, 40)}" (expected one of ${RECORD_TYPES.join(', ')})`,
      { type: String(options.type).slice(0, 40), expected: RECORD_TYPES.join(', ') },
    );
  }
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const maxRejections = options.maxRejections ?? DEFAULT_MAX_REJECTIONS;
  const references = options.checkReferences === false ? undefined : new ReferenceCheck();
  const summary: IngestSummary = {
    lines: 0,
    accepted: 0,
    rejected: [],
    rejectedCount: 0,
    skipped: 0,
    byType: Object.fromEntries(RECORD_TYPES.map((t) => [t, 0])) as Record<RecordType, number>,
    warnings: [],
  };
  const phones = new PhoneCache();
  const currencies = new PaymentCurrencyCheck<AcceptedLine>();
  const now = options.now ?? new Date();
  let bytes = 0;
  let batch = new RowBatch();
  let batchLines = 0;

  const reject = (problem: IngestProblem): void => {
    summary.rejectedCount += 1;
    if (summary.rejected.length < maxRejections) summary.rejected.push(problem);
    options.onReject?.(problem);
  };
  const currencyVerdict = async (record: InterchangeRecord): Promise<CurrencyVerdict> =>
    record.type === 'payment' ? currencies.check(store, record) : { kind: 'ok' };
  const accept = ({ line, record, mapped }: AcceptedLine): void => {
    for (const row of mapped.rows) batch.add(row);
    if (record.type === 'account') currencies.noteAccount(record.id, record.currency);
    references?.note(line, mapped.defines, mapped.refers);
    summary.accepted += 1;
    summary.byType[record.type] += 1;
    batchLines += 1;
  };
  const flush = async (): Promise<void> => {
    const pending = batch;
    batch = new RowBatch();
    batchLines = 0;
    await store.transaction(
      async (tx: GraphIngest & AttemptLog & GraphReads & PromiseBook & WorklistIndex) => {
        await pending.writeTo(tx);
        await references?.checkBatch(tx);
      },
    );
    currencies.batchWritten();
    options.onProgress?.({
      line: summary.lines,
      bytes,
      accepted: summary.accepted,
      rejected: summary.rejectedCount,
    });
  };

  const chunks = decodeChunks(source, (n) => {
    bytes += n;
  });
  const records =
    options.format === 'csv'
      ? readCsv(chunks, options.type as RecordType | undefined)
      : readNdjson(chunks);
  for await (const group of records)
    for (const { line, parsed } of group) {
      summary.lines = line;
      if (parsed === null) {
        summary.skipped += 1;
        continue;
      }
      if (!parsed.ok) {
        reject({ line, ...parsed.problem });
        continue;
      }
      const problem = futureObservation(parsed.record, now) ?? minorUnitProblem(parsed.record);
      if (problem) {
        reject({ line, ...problem });
        continue;
      }
      const verdict = await currencyVerdict(parsed.record);
      if (verdict.kind === 'mismatch') {
        reject({ line, ...verdict.problem });
        continue;
      }
      const mapped = mapRecord(parsed.record, options.defaultRegion, phones.normalise);
      if (!mapped.ok) {
        const { code, message, params } = mapped;
        reject({ line, code, message, ...(params ? { params } : {}) });
        continue;
      }
      const accepted: AcceptedLine = { line, record: parsed.record, mapped };
      if (verdict.kind === 'unknown' && currencies.defer(accepted)) continue;
      accept(accepted);
      if (batchLines >= batchSize) await flush();
    }
  if (batch.size > 0) await flush();
  // Payments whose account was not known when read: the whole import is in now, so check them again.
  for (const held of currencies.takeDeferred()) {
    const verdict = await currencyVerdict(held.record);
    if (verdict.kind === 'mismatch') reject({ line: held.line, ...verdict.problem });
    else accept(held);
    if (batchLines >= batchSize) await flush();
  }
  if (batch.size > 0) await flush();
  summary.rejected.sort((a, b) => a.line - b.line);
  if (references) summary.warnings = await references.unresolved(store);
  return summary;
}

/** A chunk's lines at a time (one asynchronous step per chunk, not per line). */
async function* readNdjson(chunks: AsyncIterable<string>): AsyncGenerator<ReadRecord[]> {
  for await (const lines of numberedLineBatches(chunks)) yield lines.map(readNdjsonLine);
}

function readNdjsonLine({ line, text, tooLong }: NumberedLine): ReadRecord {
  if (tooLong)
    return {
      line,
      parsed: {
        ok: false,
        problem: {
          code: 'line_too_long',
          message: 'line longer than 1,000,000 characters',
          params: { max: 1_000_000 },
        },
      },
    };
  if (text.trim() === '') return { line, parsed: null };
  if (text.includes(REPLACEMENT)) return { line, parsed: NOT_UTF8 };
  return { line, parsed: parseNdjsonLine(text) };
}

async function* readCsv(
  chunks: AsyncIterable<string>,
  fixedType: RecordType | undefined,
): AsyncGenerator<ReadRecord[]> {
  let header: string[] | undefined;
  let typeColumn = -1;
  for await (const row of csvRows(chunks)) {
    if ('error' in row) {
      if (header === undefined)
        throw new IngestInputError(row.error.code, `CSV header: ${row.error.message}`);
      yield [{ line: row.line, parsed: { ok: false, problem: row.error } }];
      continue;
    }
    if (header === undefined) {
      if (row.fields.every((f) => f.trim() === '')) continue; // blank lines before the header
      header = readHeader(row.fields);
      typeColumn = header.indexOf('type');
      if (typeColumn === -1 && fixedType === undefined) {
        throw new IngestInputError(
          'csv_type_missing',
          `a CSV file holds one record type: give it (--type, one of ${RECORD_TYPES.join(', ')}) or add a "type" column`,
          { expected: RECORD_TYPES.join(', ') },
        );
      }
      continue;
    }
    if (row.fields.every((f) => f.trim() === '')) {
      yield [{ line: row.line, parsed: null }];
      continue;
    }
    const damaged = row.fields.some((f) => f.includes(REPLACEMENT));
    yield [
      {
        line: row.line,
        parsed: damaged ? NOT_UTF8 : csvLine(header, row.fields, typeColumn, fixedType),
      },
    ];
  }
}

function readHeader(fields: string[]): string[] {
  const header = fields.map((f) => f.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name))
      throw new IngestInputError(
        'csv_duplicate_column',
        `CSV header names the column "${name.slice(0, 64)}" twice`,
        { name: name.slice(0, 64) },
      );
    seen.add(name);
  }
  return header;
}

function csvLine(
  header: string[],
  fields: string[],
  typeColumn: number,
  fixedType: RecordType | undefined,
): ParsedRecord {
  if (fields.length > header.length) {
    return {
      ok: false,
      problem: {
        code: 'csv_extra_fields',
        message: `row has ${fields.length} fields, the header ${header.length}`,
        params: { fields: fields.length, header: header.length },
      },
    };
  }
  const cell = typeColumn >= 0 ? (fields[typeColumn] ?? '').trim() : '';
  if (fixedType !== undefined && cell !== '' && cell !== fixedType) {
    return {
      ok: false,
      problem: {
        code: 'type_mismatch',
        message: `row type "${cell.slice(0, 40)}" is not the file's type "${fixedType}"`,
        params: { type: cell.slice(0, 40), fileType: fixedType },
      },
    };
  }
  const type = cell !== '' ? cell : fixedType;
  if (type === undefined || !isRecordType(type)) return parseRecord({ type });
  return parseRecord({ ...csvRecord(header, fields, RECORD_SCHEMAS[type]), type });
}
