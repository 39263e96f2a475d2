import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchWorkbenchBrowser,
  signInAs,
  type WorkbenchBrowser,
} from './workbench-browser.js';
import {
  DEMO_SCENARIO,
  startWorkbenchService,
  type WorkbenchService,
} from './workbench-service.js';

describe.skipIf(!chromiumAvailable())("a lost debtor's banner in a browser", () => {
  let service: WorkbenchService;
  let launched: WorkbenchBrowser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    service = await startWorkbenchService();
    // A collector in Shanghai: CN-001 is lost since 2026-11-09T02:00Z, 10:00 on their clock.
    launched = await launchWorkbenchBrowser({ timezoneId: 'Asia/Shanghai' });
    browser = launched.context;
  });

  afterAll(async () => {
    await launched?.close();
    await service?.close();
  });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`says since when on the collector's clock, without a zone tag (${lang})`, async () => {
      const page = await signInAs(browser, service.url, 'demo-collector', lang);
      await page.goto(`${service.url}/#/debtors/${DEMO_SCENARIO.debtorId}`);
      const since = page.locator('.routes-box .lost strong');
      await since.waitFor();
      expect(await since.textContent()).toBe(
        lang === 'zh-CN' ? '自2026年11月9日 10:00起失联：' : 'Lost since Nov 9, 2026, 10:00:',
      );
      await page.close();
    });
});
