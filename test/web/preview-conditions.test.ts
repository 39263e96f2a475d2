import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

const CARRY = {
  'zh-CN': '撰写邮件时须包含：催收方身份。',
  en: "Once written, the email must carry: collector's identity.",
} as const;
const PLAN = {
  'zh-CN': '外访须安排至少 2 名催收人员，并全程录音录像。',
  en: 'The visit must be planned with at least 2 collectors, recorded from start to end.',
} as const;
const WRITE = { 'zh-CN': '撰写邮件', en: 'Write the email' } as const;

describe.skipIf(!chromiumAvailable())(
  'an email route before its text is written, in a browser',
  () => {
    const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

    for (const lang of ['zh-CN', 'en'] as const)
      it(`is allowed with what it must carry, and the worklist sends the collector to write it (${lang})`, async () => {
        const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
        // 罗雨桐 (CN-016): her number is dead; her email is her own first route.
        await page.goto(`${wb.service.url}/#/debtors/CN-016`);
        const row = page.locator('#routes tr.route[data-contact="email:334881866@qq.com"]');
        await row.waitFor();
        expect(await row.locator('.badge.verdict').textContent()).toBe(
          lang === 'zh-CN' ? '允许' : 'allowed',
        );
        expect(await row.locator('.conditions li').textContent()).toBe(
          `cn.identity_written ${CARRY[lang]}`,
        );
        // Her home: a visit, allowed once it is planned as the policy asks.
        const home = page.locator('#routes tr.route[data-contact="address:ADR-CN-023"]');
        expect(await home.locator('.badge.verdict').textContent()).toBe(
          lang === 'zh-CN' ? '允许' : 'allowed',
        );
        expect(await home.locator('.conditions li').textContent()).toBe(`cn.visit ${PLAN[lang]}`);

        await page.goto(`${wb.service.url}/#/worklist`);
        const item = page.locator('#worklist tr.work-item', {
          has: page.locator('button.write-message'),
        });
        await item.first().waitFor();
        expect(await item.first().getAttribute('data-account')).toMatch(/^ACC-CN-016-/);
        expect(await item.first().textContent()).toContain(CARRY[lang]);
        const button = item.first().locator('button.write-message');
        expect(await button.textContent()).toBe(WRITE[lang]);
        const account = await item.first().getAttribute('data-account');
        await button.click();
        // The debtor's page opens on the row's account, with the email to write in the send form.
        await page.waitForURL(`**/#/debtors/CN-016?account=${account}`);
        await page.waitForSelector('#routes tr.route');
        expect(await page.locator(`input[type=radio][value="${account}"]`).isChecked()).toBe(true);
        await page.close();
      });
  },
);
