import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())('address routes in a browser', () => {
  const wb = useWorkbench();

  for (const lang of ['zh-CN', 'en'] as const)
    it(`name the street and city of the address, its id beside them (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      await page.goto(`${wb.service.url}/#/debtors/US-001`);
      // US-001's best route is a visit to the address the demo keys ADR-US-045.
      const cell = page.locator('#routes tr.route[data-contact="address:ADR-US-045"] td').nth(1);
      await cell.locator('.address-label').waitFor();
      expect(await cell.locator('.address-label').textContent()).toBe(
        '9494 Lexington Ave Apt 24B, New York ADR-US-045',
      );
      await page.close();
    });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`name the street and city of a worklist row's visit, and in its reason (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      // US-017's best route is a visit to the address the demo keys ADR-US-070 (on the first page).
      const row = page.locator('#worklist tr.work-item[data-account="ACC-US-017-1"]');
      await row.waitFor();
      const cell = row.locator('td').nth(2);
      expect(await cell.locator('.address-label').textContent()).toBe(
        '5235 Westheimer Rd, Houston ADR-US-070',
      );
      expect(await row.locator('li[data-code="worklist_callable_now"]').textContent()).toBe(
        lang === 'en'
          ? 'Contactable now: 5235 Westheimer Rd, Houston.'
          : '现在可联系：5235 Westheimer Rd, Houston。',
      );
      await page.close();
    });
});
