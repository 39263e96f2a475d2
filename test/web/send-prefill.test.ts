import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { DEMO_SCENARIO } from './workbench-service.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())('the send form prefilled in a browser', () => {
  const wb = useWorkbench();

  for (const lang of ['zh-CN', 'en'] as const)
    it(`starts from the first allowed route: a deceased debtor's executor, not the debtor (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      await page.goto(`${wb.service.url}/#/debtors/${DEMO_SCENARIO.deceasedDebtor}`);
      await page.waitForSelector('#routes tr.route');
      // CN-005's first allowed route: the executor 陈洋 (CN-R142) on his mobile.
      const recipient = page.locator('#send-form input[name=recipientPersonId]');
      await page.waitForFunction(
        () => document.querySelector<HTMLInputElement>('#send-form input[name=to]')?.value !== '',
      );
      expect(await recipient.inputValue()).toBe('CN-R142');
      expect(await page.locator('#send-form input[name=to]').inputValue()).toBe('+8618938094327');
      await page.close();
    });

  it('leaves a request the collector began before the routes came as it is', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'en');
    // Hold the routes back until the collector has typed.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/v1/debtors/*/routes*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${wb.service.url}/#/debtors/${DEMO_SCENARIO.deceasedDebtor}`);
    await page.fill('#send-form input[name=to]', '+8613800138000');
    release();
    await page.waitForSelector('#routes tr.route');
    // The page prefills once the routes and the picture are in: the picture is the last to come.
    await page.waitForSelector('#graph[data-node-count]');
    expect(await page.locator('#send-form input[name=to]').inputValue()).toBe('+8613800138000');
    await page.close();
  });
});
