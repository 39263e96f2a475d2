import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { DEMO_SCENARIO } from './workbench-service.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())("the learnt facts' source field in a browser", () => {
  const wb = useWorkbench();

  for (const lang of ['zh-CN', 'en'] as const)
    it(`shows its whole hint (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      await page.goto(`${wb.service.url}/#/debtors/${DEMO_SCENARIO.debtorId}`);
      await page.waitForSelector('#routes tr.route');
      await page.locator('button.use-route').first().click();
      await page.fill('#send-form textarea[name=message]', DEMO_SCENARIO.politeMessage);
      await page.click('#send-form button.send-button');
      const field = page.locator('#outcome-form input[name=learntFrom]');
      await field.waitFor();
      // The hint's width in the field's own font against the room inside the field.
      const fit = await field.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const pen = document.createElement('canvas').getContext('2d');
        if (!pen) throw new Error('no 2d canvas to measure the hint with');
        pen.font = `${style.fontSize} ${style.fontFamily}`;
        const room =
          input.clientWidth -
          Number.parseFloat(style.paddingLeft) -
          Number.parseFloat(style.paddingRight);
        return { hint: input.placeholder, text: pen.measureText(input.placeholder).width, room };
      });
      expect(fit.hint.length).toBeGreaterThan(0);
      expect(fit.text, `"${fit.hint}" in ${fit.room}px`).toBeLessThanOrEqual(fit.room);
      await page.close();
    });
});
