import { type IngestSummary, ingest } from '../app/ingest/ingest.js';
import type { Log } from '../log/log.js';
import type { GraphStore } from '../store/graph-store.js';
import type { AssetsFetcher } from './worker-assets.js';

/** Where the build puts the demo dataset among the Worker's static files (never served by a route). */
export const DEMO_ASSET_PATH = 'demo/demo.ndjson';

/**
 * Loads the demo dataset into an empty store (the `SKIPGRAPH_DEMO=1` local Worker), streaming it
 * from the assets binding so the Worker bundle does not carry it. Returns undefined when the store
 * already holds people. Importing is idempotent, so two isolates racing on an empty D1 both load
 * the same rows and nothing doubles.
 * @example await loadDemoIfEmpty(store, env.ASSETS, log)
 */
export async function loadDemoIfEmpty(
  store: GraphStore,
  assets: AssetsFetcher,
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
  return summary;
}
