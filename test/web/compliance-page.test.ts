import { readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  launchWorkbenchBrowser,
  type WorkbenchBrowser,
} from './workbench-browser.js';
import {
  DEMO_SCENARIO,
  startWorkbenchService,
  type WorkbenchService,
} from './workbench-service.js';

describe.skipIf(!chromiumAvailable())('the compliance page in a browser', () => {
  let service: WorkbenchService;
  let launched: WorkbenchBrowser | undefined;
  let browser: BrowserContext;

  beforeAll(async () => {
    service = await startWorkbenchService();
    launched = await launchWorkbenchBrowser({ acceptDownloads: true });
    browser = launched.context;
    // Two denials on the service's day: a threat, and an equally threatening SMS to the co-borrower.
    for (const to of [DEMO_SCENARIO.debtorPhone, '+8613840898170']) {
      const res = await fetch(`${service.url}/v1/guard/check`, {
        method: 'POST',
        headers: { Authorization: 'Bearer demo-collector', 'Content-Type': 'application/json' },
        body: JSON.stringify({
          accountId: DEMO_SCENARIO.accountId,
          channel: 'sms',
          to,
          message: DEMO_SCENARIO.threat,
        }),
      });
      expect(res.status).toBe(200);
    }
  });

  afterAll(async () => {
    await launched?.close();
    await service?.close();
  });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`charts denials by rule and by day, exports the period as CSV, and charts a simulation by rule (${lang})`, async () => {
      const page = await browser.newPage();
      await page.addInitScript((l) => localStorage.setItem('skipgraph.lang', l), lang);
      await page.goto(`${service.url}/`);
      await page.fill('#sign-in input[name=key]', 'demo-compliance');
      await page.click('#sign-in button[type=submit]');
      await page.waitForSelector('#denials-filter');

      await page.fill('#denials-filter input[name=from]', '2026-11-01');
      await page.fill('#denials-filter input[name=to]', '2026-11-30');
      await page.click('#denials-filter button[type=submit]');
      await page.waitForSelector('#denials-by-rule[data-bars]');
      expect(Number(await page.getAttribute('#denials-by-rule', 'data-bars'))).toBeGreaterThan(0);
      // Every denial of the period fell on the service's one day.
      expect(await page.getAttribute('#denials-by-day', 'data-bars')).toBe('1');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('#export-csv'),
      ]);
      expect(download.suggestedFilename()).toBe('audit-2026-11-01-2026-11-30.csv');
      const exported = page.locator('#denials .export-status .notice.ok');
      expect(await exported.textContent()).toBe(
        lang === 'zh-CN'
          ? '已导出 2026-11-01 至 2026-11-30。'
          : 'Exported 2026-11-01 to 2026-11-30.',
      );
      // Another period has not been exported: the notice goes with the period it was about.
      await page.fill('#denials-filter input[name=from]', '2026-11-02');
      expect(await exported.count()).toBe(0);
      const csv = await readFile((await download.path()) ?? '', 'utf8');
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(lines[0]?.startsWith('at,kind,outcome,account_id')).toBe(true);
      const denied = lines.filter((l) => l.includes('cn.language'));
      expect(denied.length).toBeGreaterThanOrEqual(2);
      expect(denied[0]).toMatch(lang === 'zh-CN' ? /话术含违规用语/ : /Banned language/);
      // The numbers start with +: kept as text, not run as a formula.
      expect(denied[0]).toContain(`'${DEMO_SCENARIO.debtorPhone}`);

      await page.fill('#simulate-form textarea[name=policy]', DEMO_SCENARIO.stricterPolicy);
      await page.fill('#simulate-form input[name=from]', DEMO_SCENARIO.historyFrom);
      await page.click('#simulate-form button[type=submit]');
      await page.waitForSelector('#simulation-by-rule[data-bars]');
      expect(Number(await page.getAttribute('#simulation-by-rule', 'data-bars'))).toBeGreaterThan(
        0,
      );
      await page.close();
    });
});
