// Regenerates the README screenshots in docs/img/ (Chinese and English) from the real service on the demo data:
//   npx tsx test/web/docs-screenshots.ts
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DEMO_SCENARIO, startWorkbenchService } from './workbench-service.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const svc = await startWorkbenchService();
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pw-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
  viewport: { width: 1360, height: 1500 },
  deviceScaleFactor: 0.75,
});
async function signIn(key: string, lang: string): Promise<import('playwright-core').Page> {
  const page = await ctx.newPage();
  await page.addInitScript((l) => localStorage.setItem('skipgraph.lang', l), lang);
  await page.goto(`${svc.url}/`);
  await page.fill('#sign-in input[name=key]', key);
  await page.click('#sign-in button[type=submit]');
  await page.waitForSelector('#role[data-role]');
  return page;
}
// The collector's home in each language: the worklist, the first row called, the outcome form open.
for (const [lang, file] of [
  ['zh-CN', 'workbench-worklist-zh.png'],
  ['en', 'workbench-worklist-en.png'],
] as const) {
  const w = await signIn('demo-collector', lang);
  await w.waitForSelector('#worklist tr.work-item');
  await w.locator('#worklist tr.work-item button.primary.act').first().click();
  await w.waitForSelector('#worklist-action #sent');
  await w.selectOption('#outcome-form select[name=outcome]', 'promise_to_pay');
  await w.fill('#outcome-form input[name=amount]', '2000');
  await w.fill('#outcome-form input[name=dueDate]', '2026-11-21');
  // Eight rows show the order; the rest would only lengthen the picture.
  await w.evaluate(() =>
    document.querySelectorAll('#worklist tr.work-item').forEach((r, i) => {
      if (i >= 8) (r as HTMLElement).style.display = 'none';
    }),
  );
  await w.evaluate(() => window.scrollTo(0, 0));
  await w.screenshot({ path: join(ROOT, 'docs/img', file), fullPage: true });
  await w.close();
}
const p = await signIn('demo-collector', 'zh-CN');
await p.goto(`${svc.url}/#/debtors/CN-001`);
await p.waitForSelector('#graph[data-node-count]');
await p.locator('button.use-route').first().click();
await p.fill('#send-form textarea[name=message]', DEMO_SCENARIO.threat);
await p.click('#send-form button.send-button');
await p.waitForSelector('#send-result .decision.deny');
await p.evaluate(() => window.scrollTo(0, 0));
// Five routes are enough to show the ranking; the rest would only lengthen the picture.
await p.evaluate(() =>
  document.querySelectorAll('#routes tr.route').forEach((r, i) => {
    if (i >= 5) (r as HTMLElement).style.display = 'none';
  }),
);
await p.screenshot({ path: join(ROOT, 'docs/img/workbench-collector.png'), fullPage: true });
const c = await signIn('demo-compliance', 'en');
await c.fill('#denials-filter input[name=from]', '2026-11-01');
await c.fill('#denials-filter input[name=to]', '2026-11-30');
await c.click('#denials-filter button[type=submit]');
await c.waitForSelector('#denials-by-rule[data-bars]');
await c.fill('#try-form input[name=accountId]', DEMO_SCENARIO.accountId);
await c.fill('#try-form input[name=to]', DEMO_SCENARIO.debtorPhone);
await c.fill('#try-form textarea[name=message]', DEMO_SCENARIO.threat);
await c.click('#try-form button[type=submit]');
await c.waitForSelector('#try-result .decision');
await c.fill('#simulate-form textarea[name=policy]', DEMO_SCENARIO.stricterPolicy);
await c.fill('#simulate-form input[name=from]', DEMO_SCENARIO.historyFrom);
await c.click('#simulate-form button[type=submit]');
await c.waitForSelector('#simulation-result .stats');
await c.waitForSelector('#simulation-by-rule[data-bars]');
await c.evaluate(() => {
  (document.querySelector('#audit') as HTMLElement).style.display = 'none';
  // Show the edited rule in the policy box rather than the end of the file.
  const box = document.querySelector('#simulate-form textarea') as HTMLTextAreaElement;
  const line = box.value.slice(0, box.value.indexOf('id: cn.calls_per_day')).split('\n').length - 4;
  const lineHeight = parseFloat(getComputedStyle(box).lineHeight);
  box.scrollTop = line * (Number.isFinite(lineHeight) ? lineHeight : 15);
});
await c.screenshot({ path: join(ROOT, 'docs/img/workbench-compliance.png'), fullPage: true });
await ctx.close();
await svc.close();
