import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())("a guard decision's rules beside the send form", () => {
  const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`keeps each policy id on one line in the narrow send box (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      await page.goto(`${wb.service.url}/#/debtors/US-001`);
      await page.waitForSelector('#routes tr.route');
      await page.locator('button.use-route').nth(1).click();
      await page.fill(
        '#send-form textarea[name=message]',
        'Please call us back about your account.',
      );
      await page.click('#send-form button.check');
      await page.waitForSelector('#send-result table.rules td.policy');
      const heights = await page
        .locator('#send-result table.rules td.policy')
        .evaluateAll((cells) =>
          cells.map((c) => {
            const range = document.createRange();
            range.selectNodeContents(c);
            return range.getClientRects().length;
          }),
        );
      expect(heights.length).toBeGreaterThan(0);
      for (const lines of heights) expect(lines).toBe(1);
      await page.close();
    });
});
