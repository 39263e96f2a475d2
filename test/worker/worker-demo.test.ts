import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DEMO_ACTOR, DEMO_DECISIONS } from '../../src/demo/demo-decisions.js';
import { silentLog } from '../../src/log/log.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { BUNDLED_POLICIES } from '../../src/worker/bundled-policies.js';
import { BundledPolicySource } from '../../src/worker/bundled-policy-source.js';
import type { AssetsFetcher } from '../../src/worker/worker-assets.js';
import { DEMO_ASSET_PATH, loadDemoIfEmpty } from '../../src/worker/worker-demo.js';

/** An assets binding serving the demo file at the path the build puts it, and recording what was asked. */
function assetsWithDemo(text: string | undefined): AssetsFetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async fetch(request: Request): Promise<Response> {
      const path = new URL(request.url).pathname.slice(1);
      asked.push(path);
      return path === DEMO_ASSET_PATH && text !== undefined
        ? new Response(text)
        : new Response('not found', { status: 404 });
    },
  };
}

const policies = new BundledPolicySource(BUNDLED_POLICIES);

describe('demo data on a Worker', () => {
  it('an empty store gets the demo dataset streamed from the assets binding and the demo decisions audited; a second call leaves it alone', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      const assets = assetsWithDemo(
        await readFile(new URL('../../src/demo/demo.ndjson', import.meta.url), 'utf8'),
      );
      const summary = await loadDemoIfEmpty(store, assets, policies, silentLog);
      expect(summary?.rejectedCount).toBe(0);
      expect(summary?.accepted).toBeGreaterThan(100);
      expect((await store.counts()).nodes.person).toBeGreaterThan(50);
      const audited = await store.listAudit({ limit: 1000 });
      expect(audited.map((r) => r.id).sort()).toEqual(DEMO_DECISIONS.map((d) => d.id).sort());
      expect(audited.every((r) => r.actor === DEMO_ACTOR && r.kind === 'check')).toBe(true);
      expect(await loadDemoIfEmpty(store, assets, policies, silentLog)).toBeUndefined();
      expect(await store.listAudit({ limit: 1000 })).toHaveLength(DEMO_DECISIONS.length);
      expect(assets.asked).toEqual([DEMO_ASSET_PATH]);
    } finally {
      await store.close();
    }
  });

  it('a build without the demo file leaves the store empty and says so', async () => {
    const store = await openSqliteStore(':memory:');
    const warnings: string[] = [];
    try {
      const log = {
        ...silentLog,
        warn: (_o: Record<string, unknown>, msg?: string) => void warnings.push(msg ?? ''),
      };
      expect(
        await loadDemoIfEmpty(store, assetsWithDemo(undefined), policies, log),
      ).toBeUndefined();
      expect((await store.counts()).nodes.person ?? 0).toBe(0);
      expect(await store.listAudit({})).toEqual([]);
      expect(warnings).toEqual([
        'demo dataset missing from the Worker assets; the store stays empty',
      ]);
    } finally {
      await store.close();
    }
  });
});
