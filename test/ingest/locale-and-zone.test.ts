import { describe, expect, it, onTestFinished } from 'vitest';
import { importHarness, importOverApi } from '../support/import-over-api.js';

describe('a person’s locale and time zone, and an address’s zone, must be real', () => {
  it('rejects a locale that is no BCP 47 tag of a known language, and an unknown IANA zone, by line', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const records = [
      { type: 'person', id: 'P1', name: '张伟', locale: 'zh-cn', timezone: 'Asia/Shanghai' },
      { type: 'person', id: 'P2', name: 'Mary', locale: 'en_US' },
      { type: 'person', id: 'P3', name: 'Ann', locale: 'english' },
      { type: 'person', id: 'P4', name: '李娜', timezone: 'Asia/Beijing' },
      {
        type: 'address',
        id: 'AD1',
        line: '1 Main St',
        city: 'X',
        country: 'US',
        timezone: 'Mars/Olympus',
        source: 'bureau',
      },
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.accepted).toBe(1);
    expect(en.rejected.map((r) => [r.line, r.code, r.message])).toEqual([
      [2, 'invalid_record', 'person: locale: expected a BCP 47 language tag (zh-CN, en-US)'],
      [3, 'invalid_record', 'person: locale: expected a BCP 47 language tag (zh-CN, en-US)'],
      [
        4,
        'invalid_record',
        'person: timezone: expected an IANA time zone (Asia/Shanghai, America/New_York)',
      ],
      [
        5,
        'invalid_record',
        'address: timezone: expected an IANA time zone (Asia/Shanghai, America/New_York)',
      ],
    ]);
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(zh.rejected.map((r) => r.message)).toEqual([
      'person 记录的字段不符合要求：locale：应为 BCP 47 语言标记（zh-CN、en-US）。',
      'person 记录的字段不符合要求：locale：应为 BCP 47 语言标记（zh-CN、en-US）。',
      'person 记录的字段不符合要求：timezone：应为 IANA 时区（如 Asia/Shanghai、America/New_York）。',
      'address 记录的字段不符合要求：timezone：应为 IANA 时区（如 Asia/Shanghai、America/New_York）。',
    ]);
    // A well-formed tag is kept in its canonical form.
    expect((await h.store.getPerson('P1'))?.locale).toBe('zh-CN');
    expect(await h.store.getPerson('P2')).toBeUndefined();
  });
});
