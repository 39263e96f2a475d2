import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

/** The classes of each person drawn, as Cytoscape holds them on the picture's container. */
async function personClasses(page: Page): Promise<Record<string, string[]>> {
  await page.waitForSelector('#graph[data-node-count]');
  return page.evaluate(() => {
    interface Ele {
      id(): string;
      classes(): string[];
    }
    const box = document.querySelector('#graph') as HTMLElement & {
      _cyreg?: { cy?: { nodes(selector: string): { toArray(): Ele[] } } };
    };
    const persons = box._cyreg?.cy?.nodes('.person').toArray() ?? [];
    return Object.fromEntries(persons.map((e) => [e.id(), e.classes()]));
  });
}

describe.skipIf(!chromiumAvailable())('the contact graph: debtor and co-obligor', () => {
  const wb = useWorkbench();

  it('on the debtor’s page: the borrower dark, the co-borrower and the guarantor in their own colour', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'zh-CN');
    await page.goto(`${wb.service.url}/#/debtors/CN-001`);
    const classes = await personClasses(page);
    expect(classes['person:CN-001']).toEqual(expect.arrayContaining(['focus', 'debtor']));
    // 张明 (CN-R002) guarantees ACC-CN-001-1: never drawn as the one who owes it.
    expect(classes['person:CN-R002']).toContain('obligor');
    expect(classes['person:CN-R002']).not.toContain('debtor');
    const obligors = Object.values(classes).filter((c) => c.includes('obligor'));
    expect(obligors.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.legend .swatch.obligor').count()).toBe(1);
    await page.close();
  });

  it('on the guarantor’s own page the guarantor is the focus, the borrower the debtor', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', 'en');
    await page.goto(`${wb.service.url}/#/debtors/CN-R002`);
    const classes = await personClasses(page);
    expect(classes['person:CN-R002']).toEqual(expect.arrayContaining(['focus', 'obligor']));
    expect(classes['person:CN-001']).toContain('debtor');
    await page.close();
  });

  it('keys the picture of a shared number without a top route, as none is drawn there', async () => {
    const page = await signInAs(wb.browser, wb.service.url, 'demo-investigator', 'zh-CN');
    await page.goto(`${wb.service.url}/#/links?kind=phone&value=%2B8613509820217`);
    await page.waitForSelector('#graph[data-node-count]');
    expect(await page.locator('.legend .swatch.route').count()).toBe(0);
    expect(await page.locator('.legend .swatch.debtor').count()).toBe(1);
    await page.close();
  });
});
