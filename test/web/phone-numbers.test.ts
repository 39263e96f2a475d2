import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { DEMO_SCENARIO } from './workbench-service.js';
import { useWorkbench } from './workbench-suite.js';

// CN-001's own mobile, as the service keeps it and as a collector reads it.
const E164 = DEMO_SCENARIO.debtorPhone;
const SHOWN = '+86 186 5958 1681';

describe.skipIf(!chromiumAvailable())('phone numbers in the workbench', () => {
  const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

  it('shows a worklist number in groups, and calls it in E.164', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'zh-CN');
    const row = page.locator('#worklist tr.work-item[data-account="ACC-CN-001-1"]');
    await row.waitFor();
    const number = row.locator('code[data-value]');
    expect(await number.textContent()).toBe(SHOWN);
    expect(await number.getAttribute('data-value')).toBe(E164);
    expect(await row.locator('li[data-code="worklist_callable_now"]').textContent()).toBe(
      `现在可联系：${SHOWN}。`,
    );
    const sent = page.waitForRequest((r) => r.url().endsWith('/v1/outreach'));
    await row.locator('button.act').click();
    expect((await sent).postDataJSON()).toMatchObject({ channel: 'call', to: E164 });
    await page.waitForSelector('#worklist-action #sent');
    expect(await page.textContent('#worklist-action #sent')).toContain(`正在拨打 ${SHOWN}：`);
    await page.close();
  });

  it("shows a debtor's routes in groups, and fills the send form in E.164", async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'en');
    await page.goto(`${wb.service.url}/#/debtors/CN-001`);
    const route = page.locator(`#routes tr.route[data-contact="phone:${E164}"]`);
    await route.waitFor();
    expect(await route.locator('code[data-value]').textContent()).toBe(SHOWN);
    await route.locator('button.use-route').click();
    expect(await page.locator('#send-form input[name=to]').inputValue()).toBe(E164);
    await page.close();
  });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`looks up a number typed in groups by its E.164 form (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-investigator', lang);
      await page.click('#nav-links');
      await page.fill('#links-search input[name=value]', '+86 135-0982-0217');
      const asked = page.waitForRequest((r) => r.url().includes('/v1/links?'));
      await page.click('#links-search button[type=submit]');
      expect(new URL((await asked).url()).searchParams.get('value')).toBe('+8613509820217');
      await page.waitForSelector('#holders tr.holder');
      expect(new URL(page.url()).hash).toBe('#/links?kind=phone&value=%2B8613509820217');
      expect(await page.inputValue('#links-search input[name=value]')).toBe('+8613509820217');
      expect(await page.textContent('.results h3')).toBe(
        lang === 'en'
          ? 'Everyone linked to +86 135 0982 0217'
          : '与 +86 135 0982 0217 关联的所有人',
      );
      await page.close();
    });

  it('finds a debtor by a number typed with spaces', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'en');
    await page.click('#nav-debtors');
    await page.fill('#debtor-search input[name=q]', SHOWN);
    await page.click('#debtor-search button[type=submit]');
    await page.waitForSelector('#debtor-name');
    expect(new URL(page.url()).hash).toBe('#/debtors/CN-001');
    await page.close();
  });
});
