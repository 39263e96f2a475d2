import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

describe.skipIf(!chromiumAvailable())('the account a debtor’s page opens on', () => {
  const wb = useWorkbench();

  /** The account whose radio is checked once the routes are in. */
  const opened = async (hash: string): Promise<string | null> => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'zh-CN');
    await page.goto(`${wb.service.url}/${hash}`);
    await page.waitForSelector('#routes tr.route');
    const account = await page
      .locator('table.accounts input[type=radio]:checked')
      .getAttribute('value');
    await page.close();
    return account;
  };

  it('is the one the service ranks for (open, largest balance), the one asked for, or that again for a stranger’s', async () => {
    // 罗雨桐 (CN-016) owes ACC-CN-016-1 (¥20,502.32) and ACC-CN-016-2 (¥49,774.48), both open.
    expect(await opened('#/debtors/CN-016')).toBe('ACC-CN-016-2');
    expect(await opened('#/debtors/CN-016?account=ACC-CN-016-1')).toBe('ACC-CN-016-1');
    expect(await opened('#/debtors/CN-016?account=ACC-CN-001-1')).toBe('ACC-CN-016-2');
  });
});
