import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ROLES } from '../../domain/access/roles.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import type { StaticAssets } from '../static-assets.js';

/** The asset prefix the workbench bundle is served from (`web/` → `web/dist` on Node). */
export const WEB_ASSET_PREFIX = 'web/';

// Only our own bundle may run; styles may be set inline because the graph library sizes its canvas that way.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function page(hash: string): string {
  const v = encodeURIComponent(hash);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>skipgraph workbench</title>
<link rel="stylesheet" href="/web/styles.css?v=${v}">
</head>
<body>
<div id="app"><noscript>The skipgraph workbench needs JavaScript.</noscript></div>
<script type="module" src="/web/app.js?v=${v}"></script>
</body>
</html>`;
}

const MISSING = `<!doctype html><html><head><meta charset="utf-8"><title>skipgraph</title></head><body>
<h1>The workbench is not built</h1><p>Run the service with <code>npm start</code> (it builds the workbench), or see <a href="/docs">the API docs</a>.</p></body></html>`;

const me = createRoute({
  method: 'get',
  path: '/v1/me',
  tags: ['session'],
  summary: 'The role of the presented API key (the workbench shows pages by it)',
  security: [{ bearer: [] }],
  responses: {
    200: {
      description: 'the caller',
      content: {
        'application/json': {
          schema: z.object({ role: z.enum(ROLES as [string, ...string[]]) }).openapi('Me'),
        },
      },
    },
    ...errorResponses(401),
  },
});

async function buildHash(assets: StaticAssets | undefined): Promise<string | undefined> {
  const manifest = await assets?.get(`${WEB_ASSET_PREFIX}manifest.json`);
  if (!manifest) return undefined;
  const text =
    typeof manifest.body === 'string' ? manifest.body : new TextDecoder().decode(manifest.body);
  try {
    const parsed = JSON.parse(text) as { hash?: unknown };
    return typeof parsed.hash === 'string' ? parsed.hash : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The web workbench at `/`, its bundle under `/web/`, and `GET /v1/me` (the caller's role, which decides the pages).
 * @example createApp(deps, { assets, web: webRoutes(assets) })
 */
export function webRoutes(
  assets: StaticAssets | undefined,
): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return () => {
    const app = new OpenAPIHono<ApiEnv>();
    app.get('/', async (c) => {
      const hash = await buildHash(assets);
      c.header('Content-Security-Policy', CSP);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Referrer-Policy', 'no-referrer');
      c.header('Cache-Control', 'no-cache');
      if (!hash) return c.html(MISSING, 503);
      return c.html(page(hash));
    });
    app.get('/web/:file{[A-Za-z0-9._-]+}', async (c) => {
      const name = c.req.param('file');
      if (name === 'manifest.json') return c.notFound();
      const file = assets && (await assets.get(`${WEB_ASSET_PREFIX}${name}`));
      if (!file) return c.notFound();
      c.header('Content-Type', file.contentType);
      c.header('X-Content-Type-Options', 'nosniff');
      // The page asks for ?v=<content hash>, so a versioned URL can be cached for long.
      c.header(
        'Cache-Control',
        c.req.query('v') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return c.body(file.body);
    });
    app.openapi(me, (c) => c.json({ role: c.get('role') }, 200));
    return app;
  };
}
