import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { type ApiDeps, DEFAULT_LIMITS } from '../../src/api/deps.js';
import { webRoutes } from '../../src/api/routes/web.js';
import type { Role } from '../../src/domain/access/roles.js';
import { silentLog } from '../../src/log/log.js';
import { nodeAssets } from '../../src/node/node-assets.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { buildWorkbench, type WorkbenchBuild } from '../../web/build.js';

// These routes never reach the store; a store that fails loudly proves it.
const unusedStore = new Proxy({} as GraphStore, {
  get: (_t, name) => () => {
    throw new Error(`store.${String(name)} should not be called`);
  },
});

function deps(): ApiDeps {
  return {
    store: unusedStore,
    log: silentLog,
    clock: () => new Date('2026-03-10T02:00:00Z'),
    newId: () => randomUUID(),
    keys: new Map<string, Role>([
      ['web-test-collector', 'collector'],
      ['web-test-compliance', 'compliance'],
    ]),
    limits: DEFAULT_LIMITS,
  };
}

describe('workbench serving', () => {
  let dir: string;
  let built: WorkbenchBuild;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skipgraph-web-'));
    built = await buildWorkbench(join(dir, 'dist'));
    const assets = nodeAssets({ 'web/': built.dir });
    app = createApp(deps(), { assets, web: webRoutes(assets) });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the page at / pointing at the bundle by content hash, with a strict content security policy', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`/web/app.js?v=${built.hash}`);
    expect(html).toContain(`/web/styles.css?v=${built.hash}`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('serves the bundle and styles from the build, not a CDN', async () => {
    const js = await app.request(`/web/app.js?v=${built.hash}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const body = await js.text();
    expect(body).toBe(await readFile(join(built.dir, 'app.js'), 'utf8'));
    expect(body).not.toMatch(/https:\/\/(cdn|unpkg|cdnjs)\./);
    const css = await app.request('/web/styles.css');
    expect(css.headers.get('content-type')).toContain('text/css');
  });

  it('does not serve the manifest or anything outside the build', async () => {
    expect((await app.request('/web/manifest.json')).status).toBe(404);
    expect((await app.request('/web/..%2Fbuild.ts')).status).toBe(404);
    expect((await app.request('/web/nothing.js')).status).toBe(404);
  });

  it('reuses the build while the sources are unchanged', async () => {
    const again = await buildWorkbench(built.dir);
    expect(again).toEqual({ hash: built.hash, dir: built.dir, reused: true });
  });

  it('GET /v1/me answers the role of the key, and 401 without one', async () => {
    const me = await app.request('/v1/me', {
      headers: { authorization: 'Bearer web-test-compliance' },
    });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ role: 'compliance' });
    const anonymous = await app.request('/v1/me');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
      'unauthenticated',
    );
  });

  it('documents GET /v1/me in the OpenAPI description', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toContain('/v1/me');
  });

  it('says the workbench is not built (503) rather than serving a broken page', async () => {
    const empty = nodeAssets({ 'web/': join(dir, 'missing') });
    const bare = createApp(deps(), { assets: empty, web: webRoutes(empty) });
    const res = await bare.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('not built');
  });
});
