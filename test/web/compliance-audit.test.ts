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

describe.skipIf(!chromiumAvailable())('the compliance audit log in a browser', () => {
  let service: WorkbenchService;
  let launched: WorkbenchBrowser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    service = await startWorkbenchService();
    // An officer in Shanghai: the service's pinned 02:00 UTC is 10:00 on their clock.
    launched = await launchWorkbenchBrowser({ timezoneId: 'Asia/Shanghai' });
    browser = launched.context;
    const res = await fetch(`${service.url}/v1/guard/check`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-collector', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        accountId: DEMO_SCENARIO.accountId,
        channel: 'sms',
        to: DEMO_SCENARIO.debtorPhone,
        message: DEMO_SCENARIO.threat,
      }),
    });
    expect(res.status).toBe(200);
  });

  afterAll(async () => {
    await launched?.close();
    await service?.close();
  });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`shows each decision's time on the officer's clock, as the messages do (${lang})`, async () => {
      const page = await signInAs(browser, service.url, 'demo-compliance', lang);
      await page.waitForSelector('#audit tr.audit-row');
      const time = (await page.locator('#audit tr.audit-row td').first().textContent()) ?? '';
      expect(time).toBe(lang === 'zh-CN' ? '2026年11月20日 10:00' : 'Nov 20, 2026, 10:00');
      expect(time).not.toMatch(/GMT|UTC/);
      await page.close();
    });
});
