import { renderMessage } from '../../messages/render-message.js';
import { type IngestProblem, issueMessages } from './ingest-problem.js';
import {
  type InterchangeRecord,
  isRecordType,
  RECORD_SCHEMAS,
  RECORD_TYPES,
} from './record-schemas.js';

export type ParsedRecord =
  | { ok: true; record: InterchangeRecord }
  | { ok: false; problem: Omit<IngestProblem, 'line'> };

/**
 * Validates one decoded value against the record schema its `type` names.
 * @example parseRecord({ type: 'person', id: 'P1', name: '张伟' }) // { ok: true, record: … }
 */
export function parseRecord(value: unknown): ParsedRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problem: { code: 'not_an_object', message: 'a record must be a JSON object', params: {} },
    };
  }
  const type = (value as { type?: unknown }).type;
  if (type === undefined)
    return {
      ok: false,
      problem: {
        code: 'missing_type',
        message: `record has no "type" (one of ${RECORD_TYPES.join(', ')})`,
        params: { expected: RECORD_TYPES.join(', ') },
      },
    };
  if (!isRecordType(type)) {
    const params = {
      type: typeof type === 'string' ? type.slice(0, 40) : typeof type,
      expected: RECORD_TYPES.join(', '),
    };
    return {
      ok: false,
      problem: {
        code: 'unknown_type',
        message: renderMessage('en', 'unknown_type', params),
        params,
      },
    };
  }
  const result = RECORD_SCHEMAS[type].safeParse(value);
  if (!result.success) {
    // Each issue is a message of its own, so every language words it; the English is for logs.
    const params = { type, issues: issueMessages(result.error) };
    return {
      ok: false,
      problem: {
        code: 'invalid_record',
        message: renderMessage('en', 'invalid_record', params),
        params,
      },
    };
  }
  return { ok: true, record: result.data };
}

/**
 * Decodes and validates one NDJSON line.
 * @example parseNdjsonLine('{"type":"relation","from":"P1","to":"P2","kind":"spouse","source":"application"}')
 */
export function parseNdjsonLine(text: string): ParsedRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 quotes a snippet of the line in its message: cut everything between the outer quotes.
    const reason = error instanceof SyntaxError ? error.message.replace(/".*"/s, '…') : 'not JSON';
    // The parser's reason is English and stays in the English message; every language says what it means.
    return {
      ok: false,
      problem: { code: 'invalid_json', message: `malformed JSON: ${reason}`, params: {} },
    };
  }
  return parseRecord(value);
}
