import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWorkbenchBrowser, type WorkbenchBrowser } from './workbench-browser.js';
import { startWorkbenchService, type WorkbenchService } from './workbench-service.js';

/** The demo service and a browser shared by one describe block's tests. */
export interface WorkbenchSuite {
  readonly service: WorkbenchService;
  readonly browser: BrowserContext;
}

/**
 * Starts the demo service and headless Chromium before the block's tests and closes both after
 * them; `options` goes to the browser (locale, zone, downloads), `serviceOptions` to the service.
 * @example const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' }); … signInAs(wb.browser, wb.service.url, key, lang)
 */
export function useWorkbench(
  options: Parameters<typeof launchWorkbenchBrowser>[0] = {},
  serviceOptions?: Parameters<typeof startWorkbenchService>[0],
): WorkbenchSuite {
  let service: WorkbenchService | undefined;
  let launched: WorkbenchBrowser | undefined;
  beforeAll(async () => {
    service = await startWorkbenchService(serviceOptions);
    launched = await launchWorkbenchBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
    await service?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the workbench suite has not started (use it inside a test)');
    return value;
  };
  return {
    get service() {
      return started(service);
    },
    get browser() {
      return started(launched).context;
    },
  };
}
