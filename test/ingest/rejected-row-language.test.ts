import { describe, expect, it, onTestFinished } from 'vitest';
import { importHarness, importOverApi } from '../support/import-over-api.js';

const HAN = /[\u4e00-\u9fff]/;
/** Words of zod's own English that must not reach a Chinese reader. */
const ZOD_ENGLISH = /Invalid input|expected|received|required|Too small|Too big/;

describe('a rejected import line is worded in the reader’s language', () => {
  it('names the record type and the field in zh-CN as in en', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const records = [
      { type: 'person', id: 'P1', name: '张伟' },
      { type: 'person', id: 'P2' },
    ];
    const en = await importOverApi(h, records, 'en');
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(1);
    expect(en.rejected).toEqual([
      expect.objectContaining({
        line: 2,
        code: 'invalid_record',
        message: 'person: name: required',
      }),
    ]);
    expect(zh.rejected[0]).toMatchObject({ line: 2, code: 'invalid_record' });
    expect(zh.rejected[0]?.message).toBe('person 记录的字段不符合要求：name：必填。');
    expect(zh.rejected[0]?.params).toEqual(en.rejected[0]?.params);
    expect(en.rejected[0]?.params).toEqual({
      type: 'person',
      issues: [
        {
          code: 'issue_at',
          params: {
            path: 'name',
            issue: [{ code: 'issue_required', params: { expected: 'string' } }],
          },
        },
      ],
    });
  });

  it('words every issue of a line, zod’s and the schema’s own, and counts those left out', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const records = [
      {
        type: 'account',
        id: 'A1',
        debtorId: 'D1',
        product: 'loan',
        currency: 'cny',
        principal: '5',
        balance: -1,
        dueDate: '15/08/2026',
        jurisdiction: 'CN',
      },
      { type: 'phone', number: '13800138000', source: 'application', region: 'CHN' },
      {
        type: 'person',
        id: '',
        name: 7,
        flags: { ceaseContcat: true },
        locale: '??',
        timezone: 'Mars/Olympus',
        region: 'x',
      },
    ];
    const en = await importOverApi(h, records, 'en');
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(en.status).toBe(400);
    expect(en.errorCode).toBe('nothing_imported');
    expect(en.rejected.map((r) => [r.line, r.code, r.message])).toEqual([
      [
        1,
        'invalid_record',
        'account: currency: expected an ISO 4217 currency code (CNY, USD); principal: expected a number; balance: must be 0 or more (a credit balance is not a debt to collect); dueDate: expected an ISO-8601 date (2026-11-01) or date-time with offset (2026-11-01T09:30:00+08:00)',
      ],
      [
        2,
        'invalid_record',
        'phone: region: expected a two-letter country code (CN, US, GB); personId: give exactly one of personId or employerId',
      ],
      [
        3,
        'invalid_record',
        'person: id: must not be empty; name: expected text; timezone: expected an IANA time zone (Asia/Shanghai, America/New_York); locale: expected a BCP 47 language tag (zh-CN, en-US); region: expected a two-letter country code (CN, US, GB); and 1 more',
      ],
    ]);
    expect(zh.rejected.map((r) => [r.line, r.code, r.message])).toEqual([
      [
        1,
        'invalid_record',
        'account 记录的字段不符合要求：currency：应为 ISO 4217 货币代码（如 CNY、USD）；principal：应为数字；balance：不能为负数（贷方余额不是待催收的欠款）；dueDate：应为 ISO 8601 日期（2026-11-01）或带时区偏移的日期时间（2026-11-01T09:30:00+08:00）。',
      ],
      [
        2,
        'invalid_record',
        'phone 记录的字段不符合要求：region：应为两个字母的国家或地区代码（CN、US、GB）；personId：personId 和 employerId 须填写且只能填写其中一个。',
      ],
      [
        3,
        'invalid_record',
        'person 记录的字段不符合要求：id：不能为空；name：应为文本；timezone：应为 IANA 时区（如 Asia/Shanghai、America/New_York）；locale：应为 BCP 47 语言标记（zh-CN、en-US）；region：应为两个字母的国家或地区代码（CN、US、GB）；另有 1 处问题。',
      ],
    ]);
    for (const row of zh.rejected) {
      expect(row.message).toMatch(HAN);
      expect(row.message).not.toMatch(ZOD_ENGLISH);
    }
    expect(zh.rejected.map((r) => r.params)).toEqual(en.rejected.map((r) => r.params));
  });

  it('words the other line problems too: JSON, type, phone, a rule of the record, a dangling reference', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const lines = [
      '{"type":"person","id":"P1","name":"张伟"',
      '[1,2]',
      '{"id":"P2"}',
      '{"type":"borrower","id":"P3"}',
      '{"type":"phone","personId":"P9","number":"12","region":"CN","source":"application"}',
      '{"type":"relation","from":"P9","to":"P9","kind":"spouse","source":"application"}',
      '{"type":"attempt","id":"AT1","accountId":"A1","channel":"email","to":"nobody","at":"2026-11-01T09:00:00Z"}',
      '{"type":"obligation","personId":"P8","accountId":"A8","role":"guarantor"}',
    ];
    const send = async (lang: string) => {
      const res = await h.call('POST', `/v1/ingest?lang=${lang}`, {
        role: 'investigator',
        raw: lines.join('\n'),
        contentType: 'application/x-ndjson',
      });
      return (await res.json()) as {
        rejected: { line: number; code: string; message: string }[];
        warnings: { line: number; code: string; message: string }[];
      };
    };
    const zh = await send('zh-CN');
    const en = await send('en');
    expect(zh.rejected.map((r) => [r.line, r.code, r.message])).toEqual([
      [1, 'invalid_json', '该行不是有效的 JSON。'],
      [2, 'not_an_object', '记录须为 JSON 对象。'],
      [
        3,
        'missing_type',
        expect.stringMatching(/^记录缺少“type”字段（应为以下之一：person, account.*）。$/),
      ],
      [
        4,
        'unknown_type',
        expect.stringMatching(/^未知的记录类型“borrower”（应为以下之一：person, account.*）。$/),
      ],
      [5, 'phone_invalid', 'number：“**”不是有效的 CN 号码。'],
      [6, 'invalid_record', 'relation 记录的字段不符合要求：from 和 to 是同一个人。'],
      [
        7,
        'email_invalid',
        'attempt.to：不是有效的电子邮箱地址（应为“用户名@域名”，如 name@example.cn）。',
      ],
    ]);
    expect(en.rejected.map((r) => [r.line, r.code, r.message])).toEqual([
      [1, 'invalid_json', 'malformed JSON: the line is not a JSON document'],
      [2, 'not_an_object', 'a record must be a JSON object'],
      [
        3,
        'missing_type',
        expect.stringMatching(/^record has no "type" \(one of person, account.*\)$/),
      ],
      [
        4,
        'unknown_type',
        expect.stringMatching(
          /^unknown record type "borrower" \(expected one of person, account.*\)$/,
        ),
      ],
      [5, 'phone_invalid', 'number: "**" is not a valid number for CN'],
      [6, 'invalid_record', 'relation: from and to are the same person'],
      [
        7,
        'email_invalid',
        'attempt.to: not an email address (it needs a name, an @ and a domain, as in name@example.cn)',
      ],
    ]);
    expect(zh.warnings.map((w) => [w.line, w.code, w.message])).toContainEqual([
      8,
      'unknown_reference',
      '人员“P8”既不在本次导入中，也不在数据库中（已作为悬空关联保留）。',
    ]);
    expect(en.warnings.map((w) => [w.line, w.code, w.message])).toContainEqual([
      8,
      'unknown_reference',
      'person "P8" is neither in this import nor in the store (kept as a dangling link)',
    ]);
  });
});
