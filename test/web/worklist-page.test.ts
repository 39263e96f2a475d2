import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

interface Ledger {
  promises: { amount: number; currency: string; dueDate: string; state: string }[];
}
interface Worklist {
  items: { accountId: string; promise?: { code: string; state: string } }[];
  apart: { accountId: string; promise?: { code: string; state: string } }[];
}

describe.skipIf(!chromiumAvailable())("the collector's worklist in a browser", () => {
  const wb = useWorkbench({ locale: 'zh-CN' });

  const signIn = (lang: 'zh-CN' | 'en'): Promise<Page> =>
    signInAs(wb.browser, wb.service.url, 'demo-collector', lang);

  async function api<T>(path: string): Promise<T> {
    const res = await fetch(`${wb.service.url}${path}`, {
      headers: { Authorization: 'Bearer demo-collector', 'Accept-Language': 'en' },
    });
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  }

  it('lands a collector on the worklist; one click calls the first row, then the outcome records a promise and a new number', async () => {
    const page = await signIn('zh-CN');
    await page.waitForSelector('#worklist tr.work-item');
    expect(new URL(page.url()).hash).toBe('#/worklist');
    const first = page.locator('#worklist tr.work-item').first();
    const accountId = (await first.getAttribute('data-account')) ?? '';
    expect(accountId).not.toBe('');
    expect(await first.locator('button.act').textContent()).toBe('拨打');

    await first.locator('button.act').click();
    await page.waitForSelector('#worklist-action #sent');
    expect(await page.textContent('#worklist-action #sent')).toContain('通话结束后请记录结果');
    // The attempt's id is set back beside the notice, for the audit and support, not in its words.
    const attemptId = await page.getAttribute('#outcome-form', 'data-draft-key');
    expect(await page.textContent('#worklist-action #sent .attempt-id')).toBe(attemptId);
    expect(await page.getAttribute('#worklist-action #sent .attempt-id', 'title')).toBe(
      '尝试编号（供审计和技术支持查询）',
    );
    // The promise fields show only for a promise to pay.
    expect(await page.locator('#outcome-form .promise-fields').isVisible()).toBe(false);
    await page.selectOption('#outcome-form select[name=outcome]', 'promise_to_pay');
    expect(await page.locator('#outcome-form .promise-fields').isVisible()).toBe(true);
    await page.fill('#outcome-form input[name=amount]', '1200');
    await page.fill('#outcome-form input[name=dueDate]', '2026-11-21');
    await page.fill('#outcome-form input[name=learntPhone]', '13900001234');
    await page.fill('#outcome-form input[name=learntEmployer]', '华兴物流');
    await page.click('#outcome-form button[type=submit]');
    await page.waitForSelector('#outcome-form .notice');
    expect(
      await page.locator('#outcome-form .notice.ok').count(),
      (await page.textContent('#outcome-form')) ?? '',
    ).toBe(1);

    const ledger = await api<Ledger>(`/v1/accounts/${accountId}/promises`);
    expect(ledger.promises).toMatchObject([
      { amount: 1200, currency: 'CNY', dueDate: '2026-11-21', state: 'open' },
    ]);
    const [debtorId] = accountId.replace(/^ACC-/, '').split(/-(?=\d+$)/);
    const graph = await api<{ nodes: { key: string; data: Record<string, unknown> }[] }>(
      `/v1/persons/${debtorId}/graph?depth=2`,
    );
    expect(graph.nodes.map((n) => n.key)).toContain('phone:+8613900001234');
    expect(graph.nodes.some((n) => n.data.name === '华兴物流')).toBe(true);

    // Tomorrow the promise is due; the day after, unpaid, it is broken: first on the list both days.
    const dueDay = await api<Worklist>('/v1/worklist?at=2026-11-21T02:00:00Z&limit=5');
    expect(dueDay.items[0]).toMatchObject({ accountId, promise: { code: 'promise_due_today' } });
    const after = await api<Worklist>('/v1/worklist?at=2026-11-22T02:00:00Z&limit=5');
    expect(after.items[0]).toMatchObject({ accountId, promise: { state: 'broken' } });

    // The page as of the day after shows the row's broken promise in Chinese.
    await page.goto(`${wb.service.url}/#/worklist?at=2026-11-22T02:00:00Z`);
    await page.waitForSelector(`#worklist tr.work-item[data-account="${accountId}"] li.promise`);
    expect(
      await page.textContent(`#worklist tr.work-item[data-account="${accountId}"] li.promise`),
    ).toMatch(/已违约/);
    await page.close();
  });

  it('lists the accounts nobody may contact now apart, with when they open in both zones, relative to the list', async () => {
    const page = await signIn('en');
    await page.waitForSelector('#worklist-apart li.apart-item .opens');
    const opens =
      (await page.locator('#worklist-apart li.apart-item .opens').first().textContent()) ?? '';
    // The relative form counted from the list's moment (not the browser's clock), then the
    // recipient's local time and the collector's.
    expect(opens).toMatch(
      /^Next allowed in 11 h: Nov 20, 08:00 \(Eastern Time\) for the recipient, Nov 20, 13:00 .* for you\.$/,
    );
    await page.close();
  });

  for (const lang of ['zh-CN', 'en'] as const)
    it(`says why a debtor who asked to stop all contact is listed apart (${lang})`, async () => {
      const page = await signIn(lang);
      // US-006 (a cease request in the file) is listed apart on the list's third page.
      const row = page.locator('#worklist-apart li.apart-item[data-account="ACC-US-006-1"]');
      await page.waitForSelector('#worklist tr.work-item');
      for (let n = 0; n < 5 && (await row.count()) === 0; n++) {
        const more = page.locator('.more button');
        if ((await more.count()) === 0) break;
        const rows = '#worklist tr.work-item, #worklist-apart li.apart-item';
        const before = await page.locator(rows).count();
        await more.click();
        await page.waitForFunction(
          ([selector, n]) => document.querySelectorAll(selector).length > n,
          [rows, before] as const,
        );
      }
      expect(await row.locator(':scope > span').textContent()).toBe(
        lang === 'en'
          ? 'The debtor asked to stop all contact: nothing may be contacted.'
          : '债务人已要求停止一切联系：不可联系。',
      );
      await page.close();
    });

  it('refreshes the list once an outcome is recorded, the promise shown once on its row', async () => {
    const page = await signIn('en');
    await page.waitForSelector('#worklist tr.work-item');
    const first = page.locator('#worklist tr.work-item').first();
    const accountId = (await first.getAttribute('data-account')) ?? '';
    await first.locator('button.act').click();
    await page.waitForSelector('#worklist-action #sent');
    await page.selectOption('#outcome-form select[name=outcome]', 'promise_to_pay');
    await page.fill('#outcome-form input[name=amount]', '100');
    // The service's day (the pinned clock): the promise is due today, first on the list.
    await page.fill('#outcome-form input[name=dueDate]', '2026-11-20');
    await page.click('#outcome-form button[type=submit]');
    await page.waitForSelector('#outcome-form .notice.ok');
    const row = `#worklist tr.work-item[data-account="${accountId}"]`;
    // The row as the list now has it: the new promise, due today (an earlier one on the row was due tomorrow).
    await page.waitForSelector(`${row} li.promise:has-text("CN¥100.00")`, { timeout: 5000 });
    const reasons = await page.locator(`${row} ul.reasons li`).allTextContents();
    expect(
      reasons.filter((r) => /CN¥100\.00 is due today/.test(r)),
      reasons.join(' | '),
    ).toHaveLength(1);
    expect(await page.locator('#worklist-action #outcome-form .notice.ok').count()).toBe(1);
    await page.close();
  });
});
