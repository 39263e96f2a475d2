import { describe, expect, it, onTestFinished } from 'vitest';
import { callApp } from '../support/api-harness.js';
import { importHarness, importOverApi } from '../support/import-over-api.js';
import { serviceHarness } from '../support/service-harness.js';

describe('email addresses: malformed ones refused by line, internationalised ones kept canonical', () => {
  it('an import refuses foo, a@b and a@@b.com by line and keeps the rest trimmed, domain lower-cased', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const email = { type: 'email', personId: 'P1', source: 'application' };
    const records = [
      { type: 'person', id: 'P1', name: '张三' },
      { ...email, address: 'foo' },
      { ...email, address: 'a@b' },
      { ...email, address: 'a@@b.com' },
      { ...email, address: ' a@B.com ' },
      { ...email, address: '张三@例子.中国' },
      { ...email, address: 'Li.Si@例子。中国' },
      {
        type: 'attempt',
        id: 'T1',
        accountId: 'A1',
        channel: 'email',
        to: 'a b@c.com',
        at: '2026-11-19T10:00:00Z',
      },
    ];
    const en = await importOverApi(h, records, 'en');
    expect(en.status).toBe(200);
    expect(en.accepted).toBe(4);
    expect(en.rejected.map((r) => [r.line, r.code, r.params?.path, r.params?.reason])).toEqual([
      [2, 'email_invalid', 'email.address', 'shape'],
      [3, 'email_invalid', 'email.address', 'domain'],
      [4, 'email_invalid', 'email.address', 'local'],
      [8, 'email_invalid', 'attempt.to', 'local'],
    ]);
    expect(en.rejected[1]?.message).toBe(
      'email.address: not an email address (the part after the @ is no host name with a dot, as in example.cn or 例子.中国)',
    );
    const zh = await importOverApi(h, records, 'zh-CN');
    expect(zh.rejected[0]?.message).toBe(
      'email.address：不是有效的电子邮箱地址（应为“用户名@域名”，如 name@example.cn）。',
    );
    const graph = await callApp(
      h.app,
      'GET',
      '/v1/links?kind=email&value=%E5%BC%A0%E4%B8%89%40%E4%BE%8B%E5%AD%90.%E4%B8%AD%E5%9B%BD',
      {
        role: 'investigator',
      },
    );
    expect(graph.status).toBe(200);
    expect(JSON.stringify(await graph.json())).toContain('P1');
    for (const value of ['a@b.com', 'li.si@例子.中国'])
      expect(await h.store.sharedIdentifiers({ kind: 'email', value })).not.toEqual([]);
  });

  it('the guard check and /v1/links refuse a malformed address with email_invalid, in both languages', async () => {
    const h = await serviceHarness();
    onTestFinished(() => h.close());
    const check = (lang: string, to: string) =>
      callApp(h.app, 'POST', '/v1/guard/check', {
        role: 'collector',
        headers: { 'accept-language': lang },
        body: { accountId: 'ACC-CN-001-1', channel: 'email', to },
      });
    const en = await check('en', 'a@b');
    expect(en.status).toBe(400);
    const enBody = (await en.json()) as { error: { code: string; message: string } };
    expect(enBody.error.code).toBe('email_invalid');
    expect(enBody.error.message).toBe(
      'to: not an email address (the part after the @ is no host name with a dot, as in example.cn or 例子.中国)',
    );
    const zh = (await (await check('zh-CN', 'a@@b.com')).json()) as { error: { message: string } };
    expect(zh.error.message).toBe(
      'to：不是有效的电子邮箱地址（@ 前的用户名为空、超过 64 字节，或含空格、多余的 @ 或多余的点）。',
    );
    expect((await check('en', '张三@例子.中国')).status).toBe(200);
    const links = await callApp(h.app, 'GET', '/v1/links?kind=email&value=foo', {
      role: 'investigator',
    });
    expect(links.status).toBe(400);
  });
});
