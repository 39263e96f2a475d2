import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openWorkbench } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())('notices and small things on the workbench', () => {
  const wb = useWorkbench({ locale: 'zh-CN' });

  const signInPage = (lang: 'zh-CN' | 'en'): Promise<Page> =>
    openWorkbench(wb.browser, wb.service.url, lang);

  for (const [lang, label, message] of [
    ['zh-CN', '错误：', '该 API 密钥无效。'],
    ['en', 'Error: ', 'This API key is not known.'],
  ] as const)
    it(`shows an error as its message, then its code apart (${lang})`, async () => {
      const page = await signInPage(lang);
      await page.fill('#sign-in input[name=key]', 'not-a-key');
      await page.click('#sign-in button[type=submit]');
      const notice = page.locator('.sign-in-status .notice.error');
      await notice.waitFor();
      expect(await notice.locator('strong').textContent()).toBe(label);
      expect(await notice.locator('code.code.muted').textContent({ timeout: 2000 })).toBe(
        'unknown_api_key',
      );
      expect(await notice.textContent()).toBe(`${label}${message} unknown_api_key`);
      await page.close();
    });

  it('has an icon of its own, inline (the service has no /favicon.ico), that the page allows', async () => {
    const page = await wb.browser.newPage();
    const missing: string[] = [];
    page.on('response', (res) => {
      if (res.status() === 404) missing.push(res.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) missing.push(m.text());
    });
    await page.goto(`${wb.service.url}/`);
    await page.waitForSelector('#sign-in');
    await page.waitForTimeout(500);
    expect(missing).toEqual([]);
    expect(await page.getAttribute('link[rel=icon]', 'href', { timeout: 2000 })).toMatch(
      /^data:image\/svg\+xml,/,
    );
    await page.close();
  });

  for (const [lang, words] of [
    ['zh-CN', '请输入 API 密钥：只有空格不是密钥。'],
    ['en', 'Enter your API key: spaces alone are not a key.'],
  ] as const)
    it(`refuses a key of spaces with a word, and signs in with a key typed with spaces around it (${lang})`, async () => {
      const page = await signInPage(lang);
      await page.fill('#sign-in input[name=key]', '   ');
      await page.click('#sign-in button[type=submit]');
      expect(await page.textContent('.sign-in-status .notice.warn', { timeout: 2000 })).toBe(words);
      await page.fill('#sign-in input[name=key]', '  demo-collector ');
      await page.click('#sign-in button[type=submit]');
      await page.waitForSelector('#role[data-role=collector]');
      await page.close();
    });
});
