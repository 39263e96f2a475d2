import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_SCENARIO,
  startWorkbenchService,
  type WorkbenchService,
} from './workbench-service.js';

/** Debian's Chromium (CI installs it); CHROMIUM_PATH points elsewhere on other systems. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium)
  console.warn(
    `workbench browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );

describe.skipIf(!haveChromium)('the workbench in a browser', () => {
  let service: WorkbenchService;
  let profile: string;
  let browser: BrowserContext;
  const errors: string[] = [];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    service = await startWorkbenchService();
    profile = await mkdtemp(join(tmpdir(), 'skipgraph-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 1000 },
      locale: 'zh-CN',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  /** A fresh tab (its own sessionStorage) signed in with the key, in the given language. */
  async function signIn(key: string, lang: 'zh-CN' | 'en'): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text()))
        errors.push(m.text());
    });
    await page.addInitScript((l) => localStorage.setItem('skipgraph.lang', l), lang);
    await page.goto(`${service.url}/`);
    await page.fill('#sign-in input[name=key]', key);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#role[data-role]');
    return page;
  }

  it('refuses an unknown key on the sign-in page', async () => {
    const page = await browser.newPage();
    await page.goto(`${service.url}/`);
    await page.fill('#sign-in input[name=key]', 'not-a-key');
    await page.click('#sign-in button[type=submit]');
    const refusal = await page.locator('.sign-in-status .notice.error').textContent();
    // The browser speaks Chinese: the refusal is in Chinese, with the service's code beside it.
    expect(refusal).toContain('该 API 密钥无效。');
    expect(refusal).toContain('unknown_api_key');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });

  it('a collector finds a demo debtor, sees ranked routes and the graph, sends an allowed SMS and records the outcome, and sees a threat denied with the span marked', async () => {
    const page = await signIn('demo-collector', 'zh-CN');
    expect(await page.getAttribute('#role', 'data-role')).toBe('collector');
    await expect(page.locator('#nav-compliance').count()).resolves.toBe(0);

    await page.click('#nav-debtors');
    await page.fill('#debtor-search input[name=q]', DEMO_SCENARIO.debtorQuery);
    await page.click('#debtor-search button[type=submit]');
    await page.waitForSelector('#debtor-name');
    expect(await page.textContent('#debtor-name')).toContain(DEMO_SCENARIO.debtorId);

    await page.waitForSelector('#routes tr.route');
    const routes = await page.locator('#routes tr.route').count();
    expect(routes).toBeGreaterThan(0);
    await page.waitForSelector('#graph[data-node-count]');
    expect(Number(await page.getAttribute('#graph', 'data-node-count'))).toBeGreaterThan(1);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(Number(await page.getAttribute('#graph', 'data-route-edge-count'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'collector-debtor.png'), fullPage: true });

    // The top allowed phone route: use it, and send a polite SMS.
    const allowed = page
      .locator('#routes tr.route[data-contact^="phone:"]', {
        has: page.locator('.badge.ok.verdict'),
      })
      .first();
    await allowed.locator('button.use-route').click();
    await page.selectOption('#send-form select[name=channel]', 'sms');
    await page.fill('#send-form textarea[name=message]', DEMO_SCENARIO.politeMessage);
    await page.click('#send-form button.send-button');
    await page.waitForSelector('#sent, #send-result .decision, #send-result .notice.error');
    const sent = await page.textContent('#send-result');
    expect(await page.locator('#sent').count(), sent ?? '').toBe(1);

    await page.selectOption('#outcome-form select[name=outcome]', 'no_answer');
    await page.click('#outcome-form button[type=submit]');
    await page.waitForSelector('#outcome-form .notice');
    expect(
      await page.locator('#outcome-form .notice.ok').count(),
      (await page.textContent('#outcome-form')) ?? '',
    ).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'collector-sent.png'), fullPage: true });

    // The same route with a threat: denied, every failed rule in words, the threat marked.
    await page.fill('#send-form textarea[name=message]', DEMO_SCENARIO.threat);
    await page.click('#send-form button.send-button');
    await page.waitForSelector('#send-result .decision.deny');
    expect(await page.locator('#send-result tr.rule').count()).toBeGreaterThan(0);
    const marked = await page.locator('#send-result mark').allTextContents();
    expect(marked.join('')).toContain(DEMO_SCENARIO.threatSpan);
    await page.locator('#send-result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'collector-denied.png'), fullPage: true });
    await page.close();
  });

  it('the picture marks dead and suspended numbers', async () => {
    const page = await signIn('demo-collector', 'en');
    await page.goto(`${service.url}/#/debtors/${DEMO_SCENARIO.invalidPhoneDebtor}`);
    await page.waitForSelector('#graph[data-node-count]');
    expect(Number(await page.getAttribute('#graph', 'data-invalid-count'))).toBeGreaterThan(0);
    await page.goto(`${service.url}/#/debtors/${DEMO_SCENARIO.suspendedPhoneDebtor}`);
    await page.waitForFunction(
      (id) =>
        document.querySelector('#debtor-name')?.textContent?.includes(id) &&
        document.querySelector('#graph[data-node-count]'),
      DEMO_SCENARIO.suspendedPhoneDebtor,
    );
    expect(Number(await page.getAttribute('#graph', 'data-suspended-count'))).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'collector-suspended.png'), fullPage: true });
    await page.close();
  });

  it('an investigator looks up a shared phone and jumps to a linked debtor', async () => {
    const page = await signIn('demo-investigator', 'en');
    await page.goto(
      `${service.url}/#/links?kind=phone&value=${encodeURIComponent(DEMO_SCENARIO.sharedPhone)}`,
    );
    await page.waitForSelector('#holders tr.holder');
    expect(await page.locator('#holders tr.holder').count()).toBeGreaterThan(1);
    await page.waitForSelector('#graph[data-node-count]');
    expect(Number(await page.getAttribute('#graph', 'data-node-count'))).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS, 'investigator-links.png'), fullPage: true });
    // Switching the language redraws the page in Chinese.
    await page.selectOption('#lang', 'zh-CN');
    await expect(page.locator('#nav-links').textContent()).resolves.toBe('关联查询');
    await page.waitForSelector('#holders tr.holder');
    await page.locator('#holders a.open-debtor').first().click();
    await page.waitForSelector('#routes tr.route');
    // An investigator reads routes but cannot send.
    expect(await page.locator('#send-form').count()).toBe(0);
    // The key survives a reload of the tab, and signing out forgets it.
    await page.reload();
    await page.waitForSelector('#role[data-role=investigator]');
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });

  it('a compliance officer sees the policies, tries a message, reads the audit log and simulates a stricter policy', async () => {
    const page = await signIn('demo-compliance', 'en');
    await page.waitForSelector('#policies table.policies tr.policy');
    expect(await page.locator('#policies tr.policy code.hash').first().textContent()).not.toBe('');

    await page.fill('#try-form input[name=accountId]', DEMO_SCENARIO.accountId);
    await page.fill('#try-form input[name=to]', DEMO_SCENARIO.debtorPhone);
    await page.fill('#try-form textarea[name=message]', DEMO_SCENARIO.threat);
    await page.click('#try-form button[type=submit]');
    await page.waitForSelector('#try-result .decision.deny mark');
    expect((await page.locator('#try-result mark').allTextContents()).join('')).toContain(
      DEMO_SCENARIO.threatSpan,
    );

    await page.waitForSelector('#audit tr.audit-row');

    // An invalid candidate is refused with its problems located.
    await page.fill(
      '#simulate-form textarea[name=policy]',
      DEMO_SCENARIO.stricterPolicy.replace('max: 2', 'max: two'),
    );
    await page.click('#simulate-form button[type=submit]');
    await page.waitForSelector('#simulation-result .notice.error ul.problems li');
    expect(await page.textContent('#simulation-result .notice.error')).toContain('policy_invalid');

    // The candidate comes from a file, as an officer would open an edited copy of the China policy.
    await page.setInputFiles('#simulate-form input[name=file]', {
      name: 'cn-stricter.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(DEMO_SCENARIO.stricterPolicy),
    });
    await expect
      .poll(() => page.inputValue('#simulate-form textarea[name=policy]'))
      .toBe(DEMO_SCENARIO.stricterPolicy);
    await page.fill('#simulate-form input[name=from]', DEMO_SCENARIO.historyFrom);
    await page.click('#simulate-form button[type=submit]');
    await page.waitForSelector('#simulation-result .stats, #simulation-result .notice.error');
    expect(
      await page.locator('#simulation-result .notice.error').count(),
      (await page.textContent('#simulation-result')) ?? '',
    ).toBe(0);
    const toDeny = Number(
      await page.locator('#simulation-result .stat.stop .stat-value').textContent(),
    );
    expect(toDeny).toBeGreaterThan(0);
    // Every attempt the stricter cap would have denied is listed, each for the call cap.
    const changed = page.locator('#simulation-result tr.changed');
    expect(await changed.count()).toBe(Math.min(toDeny, 20));
    for (const row of await changed.all())
      expect(await row.textContent()).toContain('cn.calls_per_day');
    await page.screenshot({ path: join(ARTIFACTS, 'compliance.png'), fullPage: true });
    await page.close();
  });

  it('threw no script errors or content-security-policy refusals in any page', () => {
    expect(errors).toEqual([]);
  });
});
