import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { DEMO_SCENARIO } from './workbench-service.js';
import { useWorkbench } from './workbench-suite.js';

/** Switches the workbench to `lang` and waits until the page is drawn in it. */
async function switchTo(page: Page, lang: 'zh-CN' | 'en'): Promise<void> {
  await page.selectOption('#lang', lang);
  await page.waitForSelector(`html[lang="${lang}"]`);
}

describe.skipIf(!chromiumAvailable())('drafts across a language switch in a browser', () => {
  const wb = useWorkbench();

  it('keeps a message being written, then an outcome with what the call revealed, on the debtor page', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'zh-CN');
    await page.goto(`${wb.service.url}/#/debtors/${DEMO_SCENARIO.debtorId}`);
    await page.waitForSelector('#graph[data-node-count]');
    await page.locator('button.use-route').nth(1).click();
    const to = await page.locator('#send-form input[name=to]').inputValue();
    await page.fill('#send-form textarea[name=message]', DEMO_SCENARIO.politeMessage);

    await switchTo(page, 'en');
    await page.waitForSelector('#graph[data-node-count]');
    expect(await page.locator('#send-form textarea[name=message]').inputValue()).toBe(
      DEMO_SCENARIO.politeMessage,
    );
    expect(await page.locator('#send-form input[name=to]').inputValue()).toBe(to);

    await page.click('#send-form button.send-button');
    await page.waitForSelector('#outcome-form');
    await page.selectOption('#outcome-form select[name=outcome]', 'promise_to_pay');
    await page.fill('#outcome-form input[name=amount]', '500');
    await page.fill('#outcome-form input[name=note]', '答应周五先还一部分');
    await page.fill('#outcome-form input[name=learntPhone]', '13800138000');
    await page.fill('#outcome-form input[name=learntFrom]', 'CN-R002');

    await switchTo(page, 'zh-CN');
    await page.waitForSelector('#graph[data-node-count]');
    const form = page.locator('#outcome-form');
    expect(await form.locator('h4').textContent()).toBe('记录结果');
    expect(await form.locator('select[name=outcome]').inputValue()).toBe('promise_to_pay');
    expect(await form.locator('.promise-fields').isVisible()).toBe(true);
    expect(await form.locator('input[name=amount]').inputValue()).toBe('500');
    expect(await form.locator('input[name=note]').inputValue()).toBe('答应周五先还一部分');
    expect(await form.locator('input[name=learntPhone]').inputValue()).toBe('13800138000');
    expect(await form.locator('input[name=learntFrom]').inputValue()).toBe('CN-R002');
    // The outcome still goes to the attempt it was for.
    await form.locator('button[type=submit]').click();
    await page.waitForSelector('#outcome-form.recorded');
    await page.close();
  });

  for (const [from, to, debtorId] of [
    ['zh-CN', 'en', 'CN-020'],
    ['en', 'zh-CN', 'CN-023'],
  ] as const)
    it(`keeps a sent message sent: Send stays off after a switch until the message is edited (${from} → ${to})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', from);
      await page.goto(`${wb.service.url}/#/debtors/${debtorId}`);
      await page.waitForSelector('#graph[data-node-count]');
      await page.locator('button.use-route').first().click();
      await page.fill('#send-form textarea[name=message]', DEMO_SCENARIO.politeMessage);
      const send = page.locator('#send-form button.send-button');
      await send.click();
      await page.waitForSelector('#outcome-form');
      expect(await send.isDisabled()).toBe(true);

      await switchTo(page, to);
      await page.waitForSelector('#graph[data-node-count]');
      await page.waitForSelector('#outcome-form');
      expect(await page.locator('#send-form textarea[name=message]').inputValue()).toBe(
        DEMO_SCENARIO.politeMessage,
      );
      expect(await send.isDisabled()).toBe(true);
      // Another message is another send.
      await page.locator('#send-form textarea[name=message]').pressSequentially('。');
      expect(await send.isDisabled()).toBe(false);
      await page.close();
    });

  it("keeps the worklist's outcome form and its note for the call just placed", async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'en');
    await page.waitForSelector('#worklist tr.work-item');
    await page.locator('#worklist tr.work-item button.primary.act').first().click();
    await page.waitForSelector('#worklist-action #outcome-form');
    const attempt = await page.getAttribute('#outcome-form', 'data-draft-key');
    await page.fill('#outcome-form input[name=note]', 'asked to call back after six');

    await switchTo(page, 'zh-CN');
    await page.waitForSelector('#worklist tr.work-item');
    expect(await page.getAttribute('#worklist-action #outcome-form', 'data-draft-key')).toBe(
      attempt,
    );
    expect(await page.locator('#outcome-form input[name=note]').inputValue()).toBe(
      'asked to call back after six',
    );
    await page.close();
  });
});
