import { Hono } from 'hono';
import type { ApiEnv } from '../env.js';
import type { StaticAssets } from '../static-assets.js';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>skipgraph API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#docs', persistAuthorization: false });</script>
</body></html>`;

/** Interactive API docs at /docs, with Swagger UI served from the package itself (no CDN). */
export function docsRoutes(assets: StaticAssets | undefined): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.get('/docs', (c) => c.html(PAGE));
  app.get('/docs/assets/:file', async (c) => {
    const file = assets && (await assets.get(`swagger-ui/${c.req.param('file')}`));
    if (!file) return c.notFound();
    c.header('Content-Type', file.contentType);
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(file.body);
  });
  return app;
}
