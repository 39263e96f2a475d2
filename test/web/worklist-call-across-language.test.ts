import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

/** Switches the workbench to `lang` and waits until the worklist is drawn in it. */
async function switchTo(page: Page, lang: 'zh-CN' | 'en'): Promise<void> {
  await page.selectOption('#lang', lang);
  await page.waitForSelector(`html[lang="${lang}"]`);
  await page.waitForSelector('#worklist tr.work-item');
}

const CALL = { 'zh-CN': '拨打', en: 'Call' } as const;
const OTHER = { 'zh-CN': 'en', en: 'zh-CN' } as const;

describe.skipIf(!chromiumAvailable())('a worklist call across a language switch', () => {
  const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

  /** The attempts the service has dispatched so far (every call is one), as the outbox lists them. */
  const attempts = async (): Promise<string[]> => {
    const res = await fetch(`${wb.service.url}/v1/outbox?limit=1000`, {
      headers: { Authorization: 'Bearer demo-compliance' },
    });
    expect(res.status).toBe(200);
    const { dispatches } = (await res.json()) as { dispatches: { attemptId: string }[] };
    return dispatches.map((d) => d.attemptId);
  };

  /** The row (by its account) of the worklist's first call, not called before in the test. */
  const callRow = async (page: Page, lang: 'zh-CN' | 'en', skip: number): Promise<string> => {
    await page.waitForSelector('#worklist tr.work-item');
    const row = page
      .locator('#worklist tr.work-item', {
        has: page.locator('button.primary.act', { hasText: CALL[lang] }),
      })
      .nth(skip);
    return (await row.getAttribute('data-account')) ?? '';
  };

  for (const [from, skip] of [
    ['zh-CN', 0],
    ['en', 1],
  ] as const)
    it(`keeps a row called, its outcome panel open, and places one call (${from} → ${OTHER[from]} → ${from})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', from);
      const account = await callRow(page, from, skip);
      const button = page.locator(`#worklist tr.work-item[data-account="${account}"] button.act`);
      const before = await attempts();
      await button.click();
      await page.waitForSelector('#worklist-action #outcome-form');
      const attempt = await page.getAttribute('#outcome-form', 'data-draft-key');
      expect(await button.isDisabled()).toBe(true);

      for (const lang of [OTHER[from], from]) {
        await switchTo(page, lang);
        expect(await button.isDisabled()).toBe(true);
        expect((await button.textContent())?.trim()).toBe(CALL[lang]);
        expect(await page.getAttribute('#worklist-action #outcome-form', 'data-draft-key')).toBe(
          attempt,
        );
        await button.dispatchEvent('click');
      }
      await page.waitForTimeout(300);
      const after = await attempts();
      expect(after.filter((a) => !before.includes(a))).toEqual([attempt]);
      await page.close();
    });

  it('places one call when the row is clicked again after a switch while the first is on its way', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'en');
    const account = await callRow(page, 'en', 2);
    const button = page.locator(`#worklist tr.work-item[data-account="${account}"] button.act`);
    const keys: string[] = [];
    await page.route('**/v1/outreach', async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    const before = await attempts();
    await button.click();
    await switchTo(page, 'zh-CN');
    await button.click();
    await page.waitForSelector('#worklist-action #outcome-form');
    await page.waitForTimeout(600);
    // The same request twice, under one key: the service carried it out once.
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    const attempt = await page.getAttribute('#worklist-action #outcome-form', 'data-draft-key');
    expect((await attempts()).filter((a) => !before.includes(a))).toEqual([attempt]);
    expect(await button.isDisabled()).toBe(true);
    await page.close();
  });
  it('calls again under the same key when the answer to the first call was lost', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'zh-CN');
    const account = await callRow(page, 'zh-CN', 3);
    const button = page.locator(`#worklist tr.work-item[data-account="${account}"] button.act`);
    const keys: string[] = [];
    await page.route('**/v1/outreach', async (route) => {
      keys.push((route.request().postDataJSON() as { idempotencyKey: string }).idempotencyKey);
      // The first call goes through but its answer never comes back.
      if (keys.length === 1) {
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    const before = await attempts();
    await button.click();
    await page.waitForSelector('#worklist-action .notice.error');
    expect(await button.isDisabled()).toBe(false);
    await button.click();
    await page.waitForSelector('#worklist-action #outcome-form');
    expect(new Set(keys).size).toBe(1);
    const attempt = await page.getAttribute('#worklist-action #outcome-form', 'data-draft-key');
    expect((await attempts()).filter((a) => !before.includes(a))).toEqual([attempt]);
    await page.close();
  });
});
