import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchWorkbenchBrowser,
  signInAs,
  type WorkbenchBrowser,
} from './workbench-browser.js';
import { startWorkbenchService, type WorkbenchService } from './workbench-service.js';

// The service here has no default region, as `skipgraph serve` runs without
// SKIPGRAPH_DEFAULT_REGION: a national number is found only when the page names its region.
describe.skipIf(!chromiumAvailable())('searching by number and the addresses of pages', () => {
  let service: WorkbenchService;
  let launched: WorkbenchBrowser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    service = await startWorkbenchService({ defaultRegion: undefined });
    launched = await launchWorkbenchBrowser({ locale: 'zh-CN' });
    browser = launched.context;
  });

  afterAll(async () => {
    await launched?.close();
    await service?.close();
  });

  const signIn = (key: string): Promise<Page> => signInAs(browser, service.url, key, 'en');

  it('finds a debtor by a national number, and Back leaves the search rather than returning to it', async () => {
    const page = await signIn('demo-collector');
    await page.click('#nav-debtors');
    await page.waitForSelector('#debtor-search');
    const searchPage = page.url();
    await page.fill('#debtor-search input[name=q]', '18659581681');
    await page.click('#debtor-search button[type=submit]');
    await page.waitForSelector('#debtor-name');
    expect(await page.textContent('#debtor-name')).toContain('CN-001');
    expect(new URL(page.url()).hash).toBe('#/debtors/CN-001');
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes('?q='));
    expect(page.url()).toBe(searchPage);
    await page.close();
  });

  for (const [lang, debtor, guarantor, related] of [
    ['zh-CN', '债务人', '担保人', '联系人'],
    ['en', 'debtor', 'guarantor', 'related person'],
  ] as const) {
    it(`tells debtors from guarantors and related persons in the search results (${lang})`, async () => {
      const page = await signInAs(browser, service.url, 'demo-collector', lang);
      await page.goto(`${service.url}/#/debtors?q=%E5%BC%A0`);
      await page.waitForSelector('.person-list li');
      const rows = await page.locator('.person-list li').allTextContents();
      const row = (id: string) => rows.find((r) => r.includes(id)) ?? '';
      expect(row('CN-001')).toContain(debtor);
      // CN-R002 (张明) guarantees CN-001's account: a guarantor, not the debtor.
      expect(row('CN-R002')).toContain(guarantor);
      expect(row('CN-R002')).not.toContain(debtor);
      // CN-R003 is a reference: no account of their own.
      expect(row('CN-R003')).toContain(related);
      expect(row('CN-R003')).not.toContain(debtor);
      await page.close();
    });

    it(`marks a guarantor holding a number as guarantor, and still opens their page (${lang})`, async () => {
      const page = await signInAs(browser, service.url, 'demo-investigator', lang);
      // 张明's (CN-R002) own mobile.
      await page.goto(`${service.url}/#/links?kind=phone&value=%2B8618841515738`);
      const holder = page.locator('#holders tr.holder', { hasText: 'CN-R002' });
      await holder.waitFor();
      expect(await holder.locator('.badge.role').allTextContents()).toEqual([guarantor]);
      expect(await holder.locator('td').first().textContent()).not.toContain(debtor);
      expect(await holder.locator('a.open-debtor').getAttribute('href')).toBe('#/debtors/CN-R002');
      await page.close();
    });
  }

  it('looks up a national number and a "+" number typed into the address bar', async () => {
    const page = await signIn('demo-investigator');
    await page.click('#nav-links');
    await page.fill('#links-search input[name=value]', '13509820217');
    await page.click('#links-search button[type=submit]');
    await page.waitForSelector('#holders tr.holder');
    // The title names the number in the groups a person reads; the address holds it in E.164.
    expect(await page.textContent('.results h3')).toContain('+86 135 0982 0217');
    expect(new URL(page.url()).hash).toBe('#/links?kind=phone&value=%2B8613509820217');
    // The page's own address encodes the number so that it reads back as typed.
    await page.goto(`${service.url}/#/links?kind=phone&value=+8613509820217`);
    await page.waitForSelector('#holders tr.holder');
    expect(await page.inputValue('#links-search input[name=value]')).toBe('+8613509820217');
    expect(await page.locator('.results .notice.error').count()).toBe(0);
    await page.close();
  });
});
