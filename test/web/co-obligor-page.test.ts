import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())("a co-obligor's page in a browser", () => {
  const wb = useWorkbench();

  for (const lang of ['zh-CN', 'en'] as const)
    it(`shows the guaranteed account's routes, says whose they are, and no error (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      // 张明 (CN-R002) owes nothing: he guarantees 张伟's (CN-001) account ACC-CN-001-1.
      await page.goto(`${wb.service.url}/#/debtors/CN-R002`);
      await page.waitForSelector('#routes tr.route');
      expect(await page.locator('.routes-box .notice.warn').allTextContents()).not.toContainEqual(
        expect.stringMatching(/不属于|not owed|not available|暂时无法/),
      );
      expect(await page.locator('.routes-box .co-obligor').textContent()).toBe(
        lang === 'zh-CN'
          ? '张明是账户 ACC-CN-001-1 的担保人：以下路径按该账户借款人张伟（CN-001）排序。'
          : '张明 is the guarantor on ACC-CN-001-1: these are the routes to the debt on it, ranked for its borrower 张伟 (CN-001).',
      );
      // The borrower's own numbers say whose they are, not a bare "self" that could be read as 张明.
      const borrowerRow = page.locator('#routes tr.route[data-contact="phone:+8618659581681"]');
      expect(await borrowerRow.textContent()).toContain(lang === 'zh-CN' ? '债务人本人' : 'debtor');
      // Among them, the guarantor's own number.
      expect(
        await page.locator('#routes tr.route[data-contact="phone:+8618841515738"]').count(),
      ).toBe(1);
      await page.close();
    });
});
