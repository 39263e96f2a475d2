import { readFile } from 'node:fs/promises';
import { type IngestSummary, ingest } from '../app/ingest/ingest.js';
import type { GraphStore } from '../store/graph-store.js';

/**
 * The demo dataset as NDJSON text, read from the file beside this module (the Worker reads it
 * from its assets instead: src/worker/worker-demo.ts).
 * @example const text = await demoNdjson();
 */
export async function demoNdjson(): Promise<string> {
  return readFile(new URL('./demo.ndjson', import.meta.url), 'utf8');
}

/**
 * Imports the demo dataset (about 50 debtors in China and the US); idempotent like any import.
 * @example const summary = await loadDemo(await openSqliteStore(':memory:'));
 */
export async function loadDemo(store: GraphStore): Promise<IngestSummary> {
  return ingest(store, await demoNdjson(), { format: 'ndjson' });
}
