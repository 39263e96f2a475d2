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

  for (const [lang, actor] of [
    ['zh-CN', '催收员（密钥 …ctor）'],
    ['en', 'collector (key …ctor)'],
  ] as const)
    it(`names who acted by the key's role in words and its last characters (${lang})`, async () => {
      const page = await signInAs(browser, service.url, 'demo-compliance', lang);
      await page.waitForSelector('#audit tr.audit-row');
      expect(await page.locator('#audit tr.audit-row td.actor').first().textContent()).toBe(actor);
      await page.close();
    });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`keeps the audit table readable on a narrow screen: one line a cell, the rules wide, scrolled not squeezed (${lang})`, async () => {
      const page = await signInAs(browser, service.url, 'demo-compliance', lang);
      await page.setViewportSize({ width: 760, height: 1000 });
      await page.waitForSelector('#audit tr.audit-row');
      const cells = await page.locator('#audit table.audit').evaluate((table) => {
        /** The lines a cell's text is laid out on (a line's pieces share a top within a few px). */
        const lines = (cell: Element): number => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const tops: number[] = [];
          for (const rect of Array.from(range.getClientRects()))
            if (rect.width > 0 && !tops.some((t) => Math.abs(t - rect.top) < 6))
              tops.push(rect.top);
          return tops.length;
        };
        const head = Array.from(table.querySelectorAll('th')).map((th) => ({
          text: th.textContent ?? '',
          lines: lines(th),
        }));
        const row = Array.from(table.querySelector('tr.audit-row')?.children ?? []);
        const rules = row[5]?.getBoundingClientRect().width ?? 0;
        const others = row
          .filter((_, i) => i !== 5)
          .map((td) => ({ text: td.textContent ?? '', lines: lines(td) }));
        const box = table.parentElement;
        return { head, others, rules, scrolls: !!box && box.scrollWidth > box.clientWidth };
      });
      expect(cells.head.filter((c) => c.lines !== 1)).toEqual([]);
      expect(cells.others.filter((c) => c.lines > 1)).toEqual([]);
      expect(cells.rules).toBeGreaterThanOrEqual(250);
      // The page is narrower than the table: the table scrolls in its box.
      expect(cells.scrolls).toBe(true);
      await page.close();
    });
});
