import { describe, expect, it } from 'vitest';
import { DEMO_DECISIONS } from '../../src/demo/demo-decisions.js';
import { en } from '../../web/src/i18n/ui-en.js';
import { zh } from '../../web/src/i18n/ui-zh-CN.js';
import { EXPECTED } from '../demo/demo-decisions-expected.js';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

/** One audit row as the page shows it: account, decision word, rule ids, who asked. */
interface Row {
  account: string;
  decision: string;
  rules: string[];
  actor: string;
}

describe.skipIf(!chromiumAvailable())('the demo audit log on the compliance page', () => {
  const wb = useWorkbench(
    { timezoneId: 'Asia/Shanghai' },
    { defaultRegion: 'CN', demoDecisions: true },
  );

  for (const [lang, words] of [
    ['zh-CN', zh],
    ['en', en],
  ] as const)
    it(`lists the demo's guard decisions, each with its verdict and rules (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-compliance', lang);
      await page.goto(`${wb.service.url}/#/compliance`);
      await page.waitForSelector('#audit tr.audit-row');
      const rows: Row[] = await page.locator('#audit tr.audit-row').evaluateAll((trs) =>
        trs.map((tr) => {
          const cells = Array.from(tr.children);
          return {
            account: cells[2]?.textContent ?? '',
            decision: cells[4]?.textContent ?? '',
            rules: Array.from(cells[5]?.querySelectorAll('li > code') ?? []).map(
              (c) => c.textContent ?? '',
            ),
            actor: cells[7]?.textContent ?? '',
          };
        }),
      );
      const expected: Row[] = DEMO_DECISIONS.map((d) => {
        const want = EXPECTED[d.id];
        return {
          account: d.check.accountId,
          decision: want?.outcome === 'allow' ? words.allowed : words.denied,
          rules: (want?.verdicts ?? []).map((v) => v.split(':')[0] ?? ''),
          actor: words.actorDemo,
        };
      });
      const key = (r: Row): string => JSON.stringify(r);
      expect(rows.map(key).sort()).toEqual(expected.map(key).sort());
      // Each rule is explained in the page's language, not left as a bare code.
      const reasons = await page
        .locator('#audit tr.audit-row td.rules li')
        .evaluateAll((lis) =>
          lis.map((li) =>
            (li.textContent ?? '').slice(li.querySelector('code')?.textContent?.length ?? 0).trim(),
          ),
        );
      expect(reasons.length).toBe(expected.filter((r) => r.rules.length > 0).length);
      for (const reason of reasons) {
        expect(reason.length).toBeGreaterThan(5);
        expect(reason).not.toMatch(/^[a-z_]+$/);
        if (lang === 'zh-CN') expect(reason).toMatch(/[\u4e00-\u9fff]/);
        else expect(reason).toMatch(/^[A-Z][a-z]+ [a-z]+/);
      }
      await page.close();
    });
});
