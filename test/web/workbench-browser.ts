import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the browser tests can run here. */
export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

/** A headless Chromium with a throw-away profile, and the way to close both. */
export interface WorkbenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium on a fresh profile, offline-minded (no background networking), at the
 * size the workbench pages are tested at; `options` adds what a suite needs (locale, zone, downloads).
 * @example const { context, close } = await launchWorkbenchBrowser({ locale: 'zh-CN' })
 */
export async function launchWorkbenchBrowser(
  options: { locale?: string; timezoneId?: string; acceptDownloads?: boolean } = {},
): Promise<WorkbenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'skipgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    viewport: { width: 1400, height: 1000 },
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** A new page of the workbench at `url`, its language set to `lang` before the app starts. */
export async function openWorkbench(
  context: BrowserContext,
  url: string,
  lang: 'zh-CN' | 'en',
): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((l) => localStorage.setItem('skipgraph.lang', l), lang);
  await page.goto(`${url}/`);
  return page;
}

/** A new page signed in with `key` in `lang`; resolves once the workbench shows the role. */
export async function signInAs(
  context: BrowserContext,
  url: string,
  key: string,
  lang: 'zh-CN' | 'en',
): Promise<Page> {
  const page = await openWorkbench(context, url, lang);
  await page.fill('#sign-in input[name=key]', key);
  await page.click('#sign-in button[type=submit]');
  await page.waitForSelector('#role[data-role]');
  return page;
}
