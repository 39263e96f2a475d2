import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineWranglerEnv, startLocalWorker, tempPersistDir, workerdUnavailable, type LocalWorker } from './local-worker.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = `${ROOT}wrangler.toml`;
const ADMIN = 'worker-test-admin-key';
const COLLECTOR = 'worker-test-collector-key';
const COMPLIANCE = 'worker-test-compliance-key';

const unavailable = workerdUnavailable();
if (unavailable) console.log(`skipping Worker tests: ${unavailable}`);

/** Applies the committed D1 migrations to a local D1 the way an operator does: `wrangler d1 migrations apply`. */
async function applyMigrations(persistDir: string): Promise<string> {
  offlineWranglerEnv();
  const bin = `${ROOT}node_modules/wrangler/bin/wrangler.js`;
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir, '--config', CONFIG], {
    cwd: ROOT,
    env: { ...process.env, CI: '1', WRANGLER_LOG: 'log' },
  });
  return stdout;
}

describe.skipIf(unavailable !== undefined)('the Worker on workerd with a local D1', () => {
  let worker: LocalWorker;
  const auth = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}`, 'content-type': 'application/json' });

  beforeAll(async () => {
    const persistDir = tempPersistDir();
    // The Worker touches D1 only on its first request, so the migrations apply while it builds and starts.
    const [applied, started] = await Promise.all([
      applyMigrations(persistDir),
      startLocalWorker({
        config: CONFIG,
        persistDir,
        vars: { SKIPGRAPH_API_KEYS: `${ADMIN}:admin,${COLLECTOR}:collector,${COMPLIANCE}:compliance` },
      }),
    ]);
    worker = started;
    expect(applied).toMatch(/0001_schema_v1\.sql[\s\S]*0002_schema_v2\.sql/);
  });
  afterAll(async () => {
    await worker?.dispose();
  });

  it('answers liveness, and readiness from the D1 store', async () => {
    expect(await (await worker.fetch('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await worker.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'sqlite' });
  });

  it('refuses the API without a key and answers in the one error shape', async () => {
    const res = await worker.fetch('/v1/persons/P1');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBeTypeOf('string');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('reads through D1: an unknown person is 404', async () => {
    const res = await worker.fetch('/v1/persons/NOBODY', { headers: auth(ADMIN) });
    expect(res.status).toBe(404);
  });

  it('serves the OpenAPI document, Swagger UI from the assets binding, and the workbench page', async () => {
    const doc = (await (await worker.fetch('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toContain('/v1/persons/{id}');
    const css = await worker.fetch('/docs/assets/swagger-ui.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect((await css.text()).length).toBeGreaterThan(10_000);
    const page = await worker.fetch('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const manifest = await worker.fetch('/web/manifest.json');
    expect(manifest.status).toBe(404);
  });
});
