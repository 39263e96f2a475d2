import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())("a route's next allowed time on the debtor page", () => {
  // The browser's clock is today's; the service's is pinned to Friday 10:00 in Shanghai.
  const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

  for (const [lang, words, why] of [
    [
      'zh-CN',
      '11 小时后可联系：对方当地 11月20日 08:00（北美东部时间），您这边 11月20日 21:00（中国标准时间）。',
      '不在对方当地时间 08:00–21:00 的允许联系时段内（北美东部时间）；时区依据：本人登记的时区。',
    ],
    [
      'en',
      'Next allowed in 11 h: Nov 20, 08:00 (Eastern Time) for the recipient, Nov 20, 21:00 (China Standard Time) for you.',
      "Outside the allowed hours 08:00–21:00 in the recipient’s local time (Eastern Time), going by the time zone on the person's record.",
    ],
  ] as const)
    it(`counts how far off it is from the moment the routes were ranked, and says why (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      await page.goto(`${wb.service.url}/#/debtors/US-001`);
      await page.waitForSelector('#routes tr.route .verdict-deny .next');
      expect(await page.locator('#routes tr.route .verdict-deny .next').first().textContent()).toBe(
        words,
      );
      // The rule's reason says where the recipient's zone came from, in words.
      const reason = page.locator('#routes tr.route .verdict-deny li').first();
      expect(await reason.textContent()).toContain(why);
      await page.close();
    });
});
