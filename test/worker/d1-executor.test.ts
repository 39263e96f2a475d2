import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker, workerdUnavailable } from './local-worker.js';

const unavailable = workerdUnavailable();
if (unavailable) console.log(`skipping D1 executor tests: ${unavailable}`);

describe.skipIf(unavailable !== undefined)('D1Executor on a local D1 in workerd', () => {
  let worker: LocalWorker;
  const call = async (name: string): Promise<Record<string, unknown>> =>
    (await (await worker.fetch(`/${name}`)).json()) as Record<string, unknown>;

  beforeAll(async () => {
    worker = await startLocalWorker({
      config: fileURLToPath(new URL('./fixtures/wrangler.d1-executor.toml', import.meta.url)),
    });
    await call('reset');
  });
  afterAll(async () => {
    await worker?.dispose();
  });

  it('runs, reads and counts changes; bigint within 2^53 binds as a number; no row is undefined', async () => {
    expect(await call('crud')).toEqual({
      inserted: 2,
      updated: 0,
      all: [
        { k: 'a', v: 1 },
        { k: 'b', v: 2 },
      ],
      first: { v: 2 },
      none: 'undefined',
    });
  });

  it('batch is all or none, and a constraint failure is a StoreConflictError', async () => {
    const out = await call('batch-atomic');
    expect(out.error).toMatch(/^StoreConflictError: /);
    expect(out.cStored).toBe(false);
  });

  it('transactions in one isolate are serialised: five racing read-then-insert bodies each see the previous one', async () => {
    expect(await call('tx-serialised')).toEqual({ seen: [0, 1, 2, 3, 4] });
  });

  it('a transaction handle used after its body is refused; a nested transaction joins the outer one', async () => {
    expect((await call('tx-leak')).error).toMatch(/transaction already finished/);
    expect(await call('tx-nested')).toEqual({ value: 42 });
  });

  it('a missing table says the migrations were not applied, as a StoreUnavailableError', async () => {
    expect((await call('missing-table')).error).toBe(
      'StoreUnavailableError: D1 schema missing: apply the migrations (wrangler d1 migrations apply)',
    );
  });

  it('an integer beyond 2^53 is refused, not rounded', async () => {
    expect((await call('bigint-too-large')).error).toMatch(
      /^RangeError: D1 cannot store an integer beyond 2\^53/,
    );
  });
});
