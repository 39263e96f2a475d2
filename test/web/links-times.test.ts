import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

/** A number first heard on an inbound call at 01:30 on Nov 20 in Shanghai (the 19th in UTC). */
const HEARD_PHONE = '+8613812345678';

describe.skipIf(!chromiumAvailable())("the links page's times in a browser", () => {
  const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

  // After the suite's own beforeAll: the service is up.
  beforeAll(async () => {
    const record = {
      type: 'phone',
      personId: 'CN-001',
      number: HEARD_PHONE,
      region: 'CN',
      source: 'inbound_call',
      lastSeen: '2026-11-19T17:30:00Z',
    };
    const res = await fetch(`${wb.service.url}/v1/ingest`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer demo-investigator',
        'Content-Type': 'application/x-ndjson',
      },
      body: `${JSON.stringify(record)}\n`,
    });
    expect(res.status, await res.text()).toBe(200);
  });

  for (const [lang, moment, day] of [
    ['zh-CN', '2026年11月20日 01:30', '2026年10月31日'],
    ['en', 'Nov 20, 2026, 01:30', 'Oct 31, 2026'],
  ] as const)
    it(`shows when a holder was last seen in the collector's zone, with no zone tag (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-investigator', lang);
      const lastSeen = async (value: string, holder: string): Promise<string | null> => {
        await page.goto(`${wb.service.url}/#/links?kind=phone&value=${encodeURIComponent(value)}`);
        const row = page.locator('#holders tr.holder', { hasText: holder });
        await row.waitFor();
        return row.locator('td').nth(2).textContent();
      };
      expect(await lastSeen(HEARD_PHONE, 'CN-001')).toBe(moment);
      // A bare date stays the calendar day it names.
      expect(await lastSeen('+8613509820217', 'CN-023')).toBe(day);
      await page.close();
    });
});
