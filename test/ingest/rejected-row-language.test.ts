import { describe, expect, it, onTestFinished } from 'vitest';
import { importHarness, importOverApi } from '../support/import-over-api.js';

const HAN = /[\u4e00-\u9fff]/;

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
    expect(zh.rejected[0]?.message).toBe('person 记录的字段不符合要求：name: required。');
    expect(zh.rejected[0]?.message).toMatch(HAN);
    expect(zh.rejected[0]?.params).toEqual(en.rejected[0]?.params);
  });
});
