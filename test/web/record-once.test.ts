import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { DEMO_SCENARIO } from './workbench-service.js';
import { useWorkbench } from './workbench-suite.js';

/** Counts the requests to `pattern` and holds each one back a while, as a slow network would. */
async function slowAndCounted(page: Page, pattern: string): Promise<{ count: () => number }> {
  let count = 0;
  await page.route(pattern, async (route) => {
    if (route.request().method() === 'POST') {
      count += 1;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    await route.continue();
  });
  return { count: () => count };
}

/** Submits a form the way a script or the Enter key can, whatever its button says. */
async function submitAgain(page: Page, form: string): Promise<void> {
  await page.$eval(form, (f) => (f as HTMLFormElement).requestSubmit());
}

describe.skipIf(!chromiumAvailable())('what a collector records is sent once', () => {
  const wb = useWorkbench({ locale: 'zh-CN' });

  const signIn = (lang: 'zh-CN' | 'en'): Promise<Page> =>
    signInAs(wb.browser, wb.service.url, 'demo-collector', lang);

  it('records an outcome once: the button waits for the answer, then the form gives way to the confirmation', async () => {
    const page = await signIn('zh-CN');
    await page.waitForSelector('#worklist tr.work-item');
    await page.locator('#worklist tr.work-item button.primary.act').first().click();
    await page.waitForSelector('#worklist-action #sent');
    const outcomes = await slowAndCounted(page, '**/v1/attempts/*/outcome');
    await page.selectOption('#outcome-form select[name=outcome]', 'right_party');
    await page.fill('#outcome-form input[name=learntEmployer]', '华兴物流');
    await page.click('#outcome-form button[type=submit]');
    expect(await page.locator('#outcome-form button[type=submit]').isDisabled()).toBe(true);
    await submitAgain(page, '#outcome-form');
    await page.waitForSelector('#outcome-form .notice.ok');
    expect(await page.textContent('#outcome-form .notice.ok')).toBe('结果已记录：联系到本人。');
    expect(await page.locator('#outcome-form input, #outcome-form button').count()).toBe(0);
    await submitAgain(page, '#outcome-form');
    await page.waitForTimeout(600);
    expect(outcomes.count()).toBe(1);
    await page.close();
  });

  it("sends a debtor's message once: the button is off while it goes and after, until the message changes", async () => {
    const page = await signIn('en');
    await page.goto(`${wb.service.url}/#/debtors/${DEMO_SCENARIO.debtorId}`);
    await page.waitForSelector('#routes tr.route');
    await page
      .locator('#routes tr.route[data-contact^="phone:"]', {
        has: page.locator('.badge.ok.verdict'),
      })
      .first()
      .locator('button.use-route')
      .click();
    await page.selectOption('#send-form select[name=channel]', 'sms');
    await page.fill('#send-form textarea[name=message]', DEMO_SCENARIO.politeMessage);
    const sends = await slowAndCounted(page, '**/v1/outreach');
    await page.click('#send-form button.send-button');
    expect(await page.locator('#send-form button.send-button').isDisabled()).toBe(true);
    await submitAgain(page, '#send-form');
    await page.waitForSelector('#sent');
    expect(await page.locator('#send-form button.send-button').isDisabled()).toBe(true);
    await submitAgain(page, '#send-form');
    await page.waitForTimeout(600);
    expect(sends.count()).toBe(1);
    // Another message is another send.
    await page.fill('#send-form textarea[name=message]', `${DEMO_SCENARIO.politeMessage} 谢谢。`);
    expect(await page.locator('#send-form button.send-button').isDisabled()).toBe(false);
    await page.close();
  });

  it("calls a worklist row once: the row's button is off while the call goes and after", async () => {
    const page = await signIn('en');
    await page.waitForSelector('#worklist tr.work-item button.act');
    const calls = await slowAndCounted(page, '**/v1/outreach');
    const button = page.locator('#worklist tr.work-item button.primary.act').first();
    await button.click();
    expect(await button.isDisabled()).toBe(true);
    await button.dispatchEvent('click');
    await page.waitForSelector('#worklist-action #sent');
    await button.dispatchEvent('click');
    await page.waitForTimeout(600);
    expect(calls.count()).toBe(1);
    await page.close();
  });

  for (const [lang, words] of [
    ['zh-CN', '新地址还需填写：城市。'],
    ['en', 'The new address also needs: City.'],
  ] as const)
    it(`asks for the city of a learnt address rather than dropping it (${lang})`, async () => {
      const page = await signIn(lang);
      await page.waitForSelector('#worklist tr.work-item');
      await page.locator('#worklist tr.work-item button.primary.act').first().click();
      await page.waitForSelector('#worklist-action #sent');
      const outcomes = await slowAndCounted(page, '**/v1/attempts/*/outcome');
      await page.selectOption('#outcome-form select[name=outcome]', 'right_party');
      await page.fill('#outcome-form input[name=learntLine]', '建国路 88 号');
      await page.click('#outcome-form button[type=submit]');
      await page.waitForSelector('#outcome-form .notice.warn');
      expect(await page.textContent('#outcome-form .notice.warn')).toContain(words);
      expect(await page.getAttribute('#outcome-form input[name=learntCity]', 'aria-invalid')).toBe(
        'true',
      );
      expect(outcomes.count()).toBe(0);
      await page.fill('#outcome-form input[name=learntCity]', '北京');
      await page.click('#outcome-form button[type=submit]');
      await page.waitForSelector('#outcome-form .notice.ok');
      expect(outcomes.count()).toBe(1);
      await page.close();
    });
});
