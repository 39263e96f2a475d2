import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, signInAs } from './workbench-browser.js';
import { useWorkbench } from './workbench-suite.js';

interface Drawn {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The picture as drawn on screen: every label's box (nodes' and edges'), every node's body, and the
 * box the picture sits in. Cytoscape keeps its instance on the container it draws into.
 */
async function drawnPicture(
  page: Page,
): Promise<{ labels: Drawn[]; bodies: Drawn[]; width: number; height: number }> {
  return page.evaluate(() => {
    interface Box {
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      w: number;
    }
    interface Ele {
      id(): string;
      isNode(): boolean;
      data(key: string): unknown;
      renderedBoundingBox(options: Record<string, boolean>): Box;
    }
    const box = document.querySelector('#graph') as HTMLElement & {
      _cyreg?: { cy?: { elements(): { toArray(): Ele[] } } };
    };
    const elements = box._cyreg?.cy?.elements().toArray() ?? [];
    const drawn = (id: string, b: Box): Drawn => ({ id, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
    const texts = (e: Ele): string =>
      ['label', 'sourceLabel', 'targetLabel'].map((k) => String(e.data(k) ?? '')).join('');
    return {
      labels: elements
        .filter((e) => texts(e) !== '')
        .map((e) =>
          drawn(
            e.id(),
            e.renderedBoundingBox({
              includeLabels: true,
              includeNodes: false,
              includeEdges: false,
            }),
          ),
        ),
      bodies: elements
        .filter((e) => e.isNode())
        .map((e) =>
          drawn(e.id(), e.renderedBoundingBox({ includeLabels: false, includeOverlays: false })),
        ),
      width: box.clientWidth,
      height: box.clientHeight,
    };
  });
}

const meet = (a: Drawn, b: Drawn): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe.skipIf(!chromiumAvailable())('the picture on a debtor page', () => {
  const wb = useWorkbench({ timezoneId: 'Asia/Shanghai' });

  // Two dense neighbourhoods (many phones, references, addresses), the US counterpart and a sparse one.
  for (const lang of ['zh-CN', 'en'] as const)
    it(`lays no label over another label or a node, all inside the box (${lang})`, async () => {
      const page = await signInAs(wb.browser, wb.service.url, 'demo-collector', lang);
      for (const id of ['CN-001', 'CN-005', 'US-001', 'CN-018']) {
        await page.goto(`${wb.service.url}/#/debtors/${id}`);
        await page.waitForFunction(
          (debtor) =>
            document.querySelector('#debtor-name')?.textContent?.includes(debtor) &&
            document.querySelector('#graph[data-node-count]'),
          id,
        );
        const { labels, bodies, width, height } = await drawnPicture(page);
        expect(labels.length, id).toBeGreaterThan(10);
        const overlaps: string[] = [];
        labels.forEach((a, i) => {
          for (const b of labels.slice(i + 1))
            if (meet(a, b)) overlaps.push(`${id}: label ${a.id} over label ${b.id}`);
          for (const body of bodies)
            if (body.id !== a.id && meet(a, body))
              overlaps.push(`${id}: label ${a.id} over node ${body.id}`);
        });
        expect(overlaps).toEqual([]);
        const outside = [...labels, ...bodies].filter(
          (b) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height,
        );
        expect(outside.map((b) => `${id}: ${b.id}`)).toEqual([]);
      }
      await page.close();
    });
});
