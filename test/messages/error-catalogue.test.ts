import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorBody } from '../../src/api/error-body.js';
import { YAML_LIMIT_CODES } from '../../src/domain/policy/read-yaml.js';
import { LANGS } from '../../src/messages/language.js';
import { hasMessage, renderMessage } from '../../src/messages/render-message.js';

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const CODE = `'([a-z][a-z0-9_]*)'`;
/** Where the API's error codes are written: the error classes, the error body, the error handler's table. */
const THROWN = [
  new RegExp(`new AppError\\(\\s*'[a-z_]+',\\s*${CODE}`, 'g'),
  new RegExp(`new ApiError\\(\\s*\\d+,\\s*${CODE}`, 'g'),
  new RegExp(`new IngestInputError\\(\\s*${CODE}`, 'g'),
  new RegExp(`errorBody\\(\\s*${CODE}`, 'g'),
];
/** Codes chosen at run time: a phone's problem, a broken CSV header, a rule an import line breaks; and the messages nested in others. */
const FROM_FILES: [string, RegExp][] = [
  ['src/domain/phone/normalise-phone.ts', /code: '(phone_[a-z_]+)'/g],
  ['src/app/ingest/csv-rows.ts', /code: '(csv_[a-z_]+)'/g],
  ['src/app/ingest/map-record.ts', /code: '([a-z_]+)'/g],
  ['src/app/ingest/observed-dates.ts', /code: '([a-z_]+)'/g],
  ['src/api/error-handler.ts', /code: '([a-z_]+)'/g],
];
/** Codes named by a status: the OpenAPI layer's refusal of a body's Content-Type. */
const BY_STATUS = ['http_415'];
const NESTED = ['phone_region_hint', ...YAML_LIMIT_CODES, ...BY_STATUS];

/** Every error code the API can answer with, read from the sources. */
function errorCodes(): string[] {
  const codes = new Set<string>(NESTED);
  for (const path of sources('src')) {
    const text = readFileSync(path, 'utf8');
    for (const pattern of THROWN) for (const m of text.matchAll(pattern)) codes.add(m[1]!);
  }
  for (const [path, pattern] of FROM_FILES)
    for (const m of readFileSync(path, 'utf8').matchAll(pattern)) codes.add(m[1]!);
  return [...codes].sort();
}

describe('error catalogue', () => {
  it('finds the error codes in the sources', () => {
    const codes = errorCodes();
    expect(codes.length).toBeGreaterThan(60);
    for (const code of ['person_not_found', 'invalid_input', 'guard_denied', 'rate_limited'])
      expect(codes).toContain(code);
  });

  it('words every error code in zh-CN and en', () => {
    const missing = errorCodes().flatMap((code) =>
      LANGS.filter((lang) => !hasMessage(lang, code)).map((lang) => `${lang}:${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives a worded code its params, and leaves an unknown one readable in English', () => {
    expect(errorBody('person_not_found', 'no person with id P9', { params: { id: 'P9' } })).toEqual(
      {
        error: { code: 'person_not_found', message: 'no person with id P9', params: { id: 'P9' } },
      },
    );
    // A message whose arguments are missing cannot be filled: the English stays, without params.
    expect(errorBody('person_not_found', 'no person')).toEqual({
      error: { code: 'person_not_found', message: 'no person' },
    });
    expect(errorBody('http_418', 'teapot', { params: { detail: 'x' } })).toEqual({
      error: { code: 'http_418', message: 'teapot' },
    });
  });

  it('words phone problems inside another message, with the hint in the same language', () => {
    const problem = {
      code: 'phone_invalid',
      params: { path: 'none', hint: [], number: '*******78', country: 'CN' },
    };
    const params = { path: 'learnt.phones[0]', problem: [problem] };
    expect(renderMessage('zh-CN', 'invalid_learnt_phone', params)).toBe(
      '新获取的号码有误：learnt.phones[0]：“*******78”不是有效的 CN 号码。',
    );
    expect(renderMessage('en', 'invalid_learnt_phone', params)).toBe(
      'learnt.phones[0]: "*******78" is not a valid number for CN',
    );
    const hint = [{ code: 'phone_region_hint', params: {} }];
    expect(renderMessage('zh-CN', 'phone_empty', { path: 'none', hint })).toBe(
      '电话号码为空；未带国家代码的号码请加上 ?region=CN（或 US 等）。',
    );
  });
});
