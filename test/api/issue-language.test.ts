import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/app/app-error.js';
import { requestFromInput } from '../../src/app/requests/record-consumer-requests.js';
import { renderMessage } from '../../src/messages/render-message.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Issue {
  path: string;
  code: string;
  message: string;
}
interface Answer {
  error: { code: string; message: string; details?: Issue[] };
}

const HAN = /[\u4e00-\u9fff]/;

let svc: ServiceHarness;
beforeAll(async () => {
  svc = await serviceHarness();
});
afterAll(async () => svc.close());

/** The validation details of one request, asked in Chinese and in English. */
async function issuesOf(method: string, path: string, body?: unknown) {
  const ask = async (lang: string) => {
    const res = await svc.call(method, `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, {
      role: 'admin',
      body,
    });
    expect(res.status).toBe(400);
    return ((await res.json()) as Answer).error;
  };
  const [zh, en] = [await ask('zh-CN'), await ask('en')];
  expect(zh.code).toBe('invalid_input');
  // The path and zod's code are the same in both languages: only the words differ.
  const shape = (e: typeof zh) => e.details?.map(({ path, code }) => ({ path, code }));
  expect(shape(zh)).toEqual(shape(en));
  return { zh: zh.details ?? [], en: en.details ?? [] };
}

describe('validation issues in the reader’s language', () => {
  it('words a query check of the schema’s own (an IANA zone) in Chinese, and keeps its English', async () => {
    const { zh, en } = await issuesOf('GET', '/v1/worklist?tz=Mars/Olympus');
    expect(zh).toEqual([
      {
        path: 'tz',
        code: 'custom',
        message: '应为 IANA 时区（如 Asia/Shanghai、America/New_York）',
      },
    ]);
    expect(en[0]?.message).toBe('expected an IANA time zone (Asia/Shanghai, America/New_York)');
  });

  it('words zod’s own issues: a missing field, a wrong type, a text too long, an unknown value', async () => {
    const { zh, en } = await issuesOf('POST', '/v1/guard/check', {
      channel: 'pigeon',
      to: 42,
      message: 'x'.repeat(4001),
    });
    const byPath = new Map(zh.map((i) => [i.path, i.message]));
    expect(byPath.get('accountId')).toBe('必填');
    expect(byPath.get('to')).toBe('应为文本');
    expect(byPath.get('message')).toBe('最多 4000 个字符');
    expect(byPath.get('channel')).toMatch(/^应为以下之一："call"/);
    for (const issue of zh) expect(issue.message, issue.path).toMatch(HAN);
    for (const issue of en) expect(issue.message, issue.path).not.toMatch(HAN);
  });

  it('words the outcome body’s own checks (a promise without its amount)', async () => {
    const { zh } = await issuesOf('POST', '/v1/attempts/A1/outcome', {
      outcome: 'promise_to_pay',
      dueDate: '2026-12-05',
    });
    expect(zh).toContainEqual({
      path: 'amount',
      code: 'custom',
      message: '承诺还款（promise_to_pay）需要填写 amount',
    });
  });

  it('words an issue quoted inside a use case’s error (a consumer request) in both languages', () => {
    let error: unknown;
    try {
      requestFromInput(
        { kind: 'inconvenient_time', from: '21:00', to: '08:00' },
        'R1',
        'api',
        '2026-11-20T02:00:00Z',
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const { code, params } = error as AppError;
    expect(code).toBe('invalid_request');
    expect(renderMessage('zh-CN', code, params)).toBe(
      '登记的请求无效：to：不便时间的“from”应早于“to”',
    );
    expect(renderMessage('en', code, params)).toBe(
      'to: an inconvenient time needs "from" earlier than "to"',
    );
  });
});
