import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())(
  'the debtor page of a debtor who asked to stop all contact',
  () => {
    const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

    for (const [lang, words] of [
      ['zh-CN', '债务人已要求停止一切联系：不提供任何联系路径。'],
      ['en', 'The debtor asked to stop all contact: no route is offered.'],
    ] as const)
      it(`says why there is no route once, not beside a generic "no routes" (${lang})`, async () => {
        const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
        await page.goto(`${wb.service.url}/#/debtors/US-006`);
        await page.waitForSelector('.routes-box .notice');
        await page.waitForSelector('#graph[data-node-count]');
        const box = page.locator('.routes-box');
        expect(await box.locator('.notice').allTextContents()).toEqual([words]);
        expect(await box.locator('p.muted').count()).toBe(0);
        await page.close();
      });
  },
);
