import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './env.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * The operationId a route gets when it names none: method, then the path's words, a parameter as
 * `By<Name>`, so generated clients have stable method names.
 * @example operationIdOf('get', '/v1/debtors/{id}/routes') // 'getDebtorsByIdRoutes'
 */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((s) => s !== '' && s !== 'v1')
    .map((s) => {
      const param = /^\{(.+)\}$/.exec(s);
      const word = (param ? `by-${param[1]}` : s).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c?: string) =>
        c ? c.toUpperCase() : '',
      );
      return word.charAt(0).toUpperCase() + word.slice(1);
    });
  return `${method}${words.join('')}`;
}

type Operation = { operationId?: string };

/**
 * Serves the OpenAPI 3.1 document at /openapi.json: every operation named (see operationIdOf),
 * the local server, and bearer authentication unless an operation says otherwise.
 * @example serveOpenApiDocument(app)
 */
export function serveOpenApiDocument(app: OpenAPIHono<ApiEnv>): void {
  app.get('/openapi.json', (c) => {
    const doc = app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'skipgraph',
        version: '0.1.0',
        description:
          'Contact graph, route ranking and compliance guard for collection teams. Authenticate with `Authorization: Bearer KEY`.',
        // OpenAPI 3.1 names a license by SPDX identifier; the library's type predates the field.
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' } as { name: string },
      },
      // Relative: the document describes the service that serves it, wherever it is deployed.
      servers: [{ url: '/', description: 'this service' }],
      security: [{ bearer: [] }],
    });
    for (const [path, item] of Object.entries(doc.paths ?? {}))
      for (const method of METHODS) {
        const op = (item as Record<string, Operation | undefined>)[method];
        if (op && op.operationId === undefined) op.operationId = operationIdOf(method, path);
      }
    return c.json(doc);
  });
}
