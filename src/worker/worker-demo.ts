import { type IngestSummary, ingest } from '../app/ingest/ingest.js';
import type { PolicySource } from '../app/policy/policy-registry.js';
import { recordDemoDecisions } from '../demo/demo-decisions.js';
import type { Log } from '../log/log.js';
import type { GraphStore } from '../store/graph-store.js';
import type { AssetsFetcher } from './worker-assets.js';

/** Where the build puts the demo dataset among the Worker's static files (never served by a route). */
export const DEMO_ASSET_PATH = 'demo/demo.ndjson';

/**
 * Loads the demo dataset into an empty store (the `SKIPGRAPH_DEMO=1` local Worker), streaming it
 * from the assets binding so the Worker bundle does not carry it. Returns undefined when the store
 * already holds people. Importing is idempotent, so two isolates racing on an empty D1 both load
 * the same rows and nothing doubles. Then the guard decides the demo's checks with `policies`, so the
 * audit log starts with real decisions (fixed ids: a racing isolate conflicts, it never doubles them).
 * @example await loadDemoIfEmpty(store, env.ASSETS, policies, log)
 */
export async function loadDemoIfEmpty(
  store: GraphStore,
  assets: AssetsFetcher,
  policies: PolicySource,
  log: Log,
): Promise<IngestSummary | undefined> {
  const counts = await store.counts();
  if ((counts.nodes.person ?? 0) > 0) return undefined;
  const res = await assets.fetch(new Request(`https://assets.invalid/${DEMO_ASSET_PATH}`));
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    log.warn(
      { status: res.status },
      'demo dataset missing from the Worker assets; the store stays empty',
    );
    return undefined;
  }
  const summary = await ingest(store, res.body, { format: 'ndjson' });
  log.info({ accepted: summary.accepted, rejected: summary.rejectedCount }, 'demo data loaded');
  const decided = await recordDemoDecisions({ store, registry: policies, clock: () => new Date() });
  log.info({ decisions: decided.length }, 'demo guard decisions audited');
  return summary;
}
