import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/messages/catalogue-en.js';
import { properNames } from './demo-names.js';
import { chineseWords, englishWords } from './page-words.js';
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

const LANGS = ['zh-CN', 'en'] as const;
/** The catalogue's message codes: one shown as it is means its message could not be worded. */
const CODES = new Set(Object.keys(en.messages));

/** Message codes standing as words in a line (a rule id such as `cn.third_party` is not one). */
function bareCodes(line: string): string[] {
  return (line.match(/(?<![.\w-])[a-z]+(?:_[a-z]+)+(?![.\w-])/g) ?? []).filter((w) => CODES.has(w));
}
type Lang = (typeof LANGS)[number];

describe.skipIf(!chromiumAvailable())('the workbench speaks one language at a time', () => {
  let service: WorkbenchService;
  let launched: WorkbenchBrowser | undefined;
  let browser: BrowserContext;
  // The messages a collector typed are theirs, in whatever language they wrote them.
  const names = [
    ...properNames(),
    DEMO_SCENARIO.threat,
    ...DEMO_SCENARIO.threat.split(/[，。]/),
    DEMO_SCENARIO.politeMessage,
  ];

  beforeAll(async () => {
    service = await startWorkbenchService();
    launched = await launchWorkbenchBrowser({ locale: 'zh-CN' });
    browser = launched.context;
  });

  afterAll(async () => {
    await launched?.close();
    await service?.close();
  });

  async function signIn(key: string, lang: Lang): Promise<Page> {
    const page = await browser.newPage();
    await page.addInitScript((l) => localStorage.setItem('skipgraph.lang', l), lang);
    await page.goto(`${service.url}/`);
    await page.fill('#sign-in input[name=key]', key);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#role[data-role]');
    return page;
  }

  /** Everything a reader sees on the page: its text, with every folded section opened, and the hints in fields. */
  async function visibleText(page: Page): Promise<string> {
    await page.locator('details').evaluateAll((ds) => {
      for (const d of ds) d.setAttribute('open', '');
    });
    const hints = await page
      .locator('[placeholder], [title], [aria-label]')
      .evaluateAll((es) =>
        es.flatMap((e) =>
          ['placeholder', 'title', 'aria-label'].map((a) => e.getAttribute(a) ?? ''),
        ),
      );
    // The language picker names each language in its own words. innerText, not textContent: the
    // lines as the reader sees them laid out, so a failure names the line.
    // biome-ignore lint/performance/useDomNodeTextContent: the laid-out lines are what is checked
    const text = (await page.locator('body').innerText()).replace(/中文|English/g, ' ');
    return `${text}\n${hints.join('\n')}`;
  }

  /** Fails with the words of the other language, or a message left as its bare code, each in its line. */
  async function expectOneLanguage(page: Page, lang: Lang, where: string): Promise<void> {
    const text = await visibleText(page);
    const unworded = text
      .split('\n')
      .flatMap((line) => bareCodes(line).map((code) => `${code}  ⟵  ${line.trim().slice(0, 160)}`));
    expect(unworded, `${lang} ${where}: messages left as codes`).toEqual([]);
    const offending = text
      .split('\n')
      .map((line) => ({
        line: line.trim(),
        words: lang === 'zh-CN' ? englishWords(line, names) : chineseWords(line, names),
      }))
      .filter((l) => l.words.length > 0)
      .map((l) => `${l.words.join(' ')}  ⟵  ${l.line.slice(0, 160)}`);
    expect(offending, `${lang} ${where}`).toEqual([]);
  }

  for (const lang of LANGS) {
    it(`collector pages in ${lang}: the worklist and its outcome form, the debtor search, a debtor's routes with every reason, a denied message`, async () => {
      const page = await signIn('demo-collector', lang);
      await page.waitForSelector('#worklist tr.work-item');
      await page.waitForSelector('#worklist-apart li.apart-item');
      await expectOneLanguage(page, lang, 'worklist');
      await page.locator('#worklist tr.work-item button.primary.act').first().click();
      await page.waitForSelector('#worklist-action #sent');
      await page.selectOption('#outcome-form select[name=outcome]', 'promise_to_pay');
      await expectOneLanguage(page, lang, 'worklist outcome form');
      await page.goto(`${service.url}/#/debtors`);
      await page.waitForSelector('#debtor-search');
      await expectOneLanguage(page, lang, 'debtor search');
      for (const id of [
        DEMO_SCENARIO.debtorId,
        DEMO_SCENARIO.invalidPhoneDebtor,
        DEMO_SCENARIO.suspendedPhoneDebtor,
        DEMO_SCENARIO.deceasedDebtor,
        'US-001',
      ]) {
        await page.goto(`${service.url}/#/debtors/${id}`);
        await page.waitForFunction(
          (d) => document.querySelector('#debtor-name')?.textContent?.includes(d),
          id,
        );
        await page.waitForSelector('#routes tr.route, .routes-box p.muted');
        await page.waitForSelector('#graph[data-node-count]');
        await expectOneLanguage(page, lang, `debtor ${id}`);
      }
      await page.goto(`${service.url}/#/debtors/${DEMO_SCENARIO.debtorId}`);
      await page.waitForSelector('#routes tr.route');
      await page.locator('button.use-route').first().click();
      await page.fill('#send-form textarea[name=message]', DEMO_SCENARIO.threat);
      await page.click('#send-form button.send-button');
      await page.waitForSelector('#send-result .decision.deny');
      await expectOneLanguage(page, lang, 'denied message');
      await page.close();
    });

    it(`investigator page in ${lang}: a shared number's holders`, async () => {
      const page = await signIn('demo-investigator', lang);
      await page.goto(
        `${service.url}/#/links?kind=phone&value=${encodeURIComponent(DEMO_SCENARIO.sharedPhone)}`,
      );
      await page.waitForSelector('#holders tr.holder');
      await page.waitForSelector('#graph[data-node-count]');
      await expectOneLanguage(page, lang, 'links');
      await page.close();
    });

    it(`compliance page in ${lang}: policies, a tried message, the audit log and a simulation`, async () => {
      const page = await signIn('demo-compliance', lang);
      await page.waitForSelector('#policies tr.policy');
      await page.fill('#try-form input[name=accountId]', DEMO_SCENARIO.accountId);
      await page.fill('#try-form input[name=to]', DEMO_SCENARIO.debtorPhone);
      await page.fill('#try-form textarea[name=message]', DEMO_SCENARIO.threat);
      await page.click('#try-form button[type=submit]');
      await page.waitForSelector('#try-result .decision');
      await page.fill('#simulate-form textarea[name=policy]', DEMO_SCENARIO.stricterPolicy);
      await page.fill('#simulate-form input[name=from]', DEMO_SCENARIO.historyFrom);
      await page.click('#simulate-form button[type=submit]');
      await page.waitForSelector('#simulation-result .stats');
      // The log as it stands now, with the decision just tried.
      await page.click('#audit-filter button[type=submit]');
      await page.waitForSelector('#audit tr.audit-row');
      // The policy text itself is the officer's YAML, not the workbench's words.
      await page.fill('#simulate-form textarea[name=policy]', '');
      await expectOneLanguage(page, lang, 'compliance');
      await page.close();
    });
  }
});
