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

type Operation = {
  operationId?: string;
  requestBody?: unknown;
  parameters?: unknown[];
  responses?: Record<string, { content?: unknown; description: string }>;
};

/** A media type whose body the OpenAPI layer parses itself (JSON or a form), and so gates by Content-Type. */
const GATED_MEDIA =
  /^application\/([\w.-]+\+)?json$|^multipart\/form-data$|^application\/x-www-form-urlencoded$/i;

/** True when the operation's body is gated: another Content-Type is refused with 415. */
function gatesMediaType(op: Operation): boolean {
  const content = (op.requestBody as { content?: Record<string, unknown> } | undefined)?.content;
  return content !== undefined && Object.keys(content).some((type) => GATED_MEDIA.test(type));
}

/**
 * Statuses the edge answers before a route's own code runs, added where a route does not list
 * them: 400 for a malformed parameter or body (the validation hook), 413 past the body limit,
 * 415 `http_415` for a JSON (or form) body sent with a Content-Type the operation does not declare.
 */
function documentEdgeStatuses(path: string, op: Operation): void {
  const responses = op.responses;
  const error = responses?.['401'];
  if (!responses || !error || !path.startsWith('/v1/')) return;
  const takesInput = op.requestBody !== undefined || (op.parameters?.length ?? 0) > 0;
  if (takesInput && !responses['400'])
    responses['400'] = { description: 'Invalid input', content: error.content };
  if (op.requestBody !== undefined && !responses['413'])
    responses['413'] = { description: 'Body too large', content: error.content };
  if (gatesMediaType(op) && !responses['415'])
    responses['415'] = {
      description:
        'Unsupported media type (`http_415`): the body is not of a Content-Type the operation declares',
      content: error.content,
    };
}

/**
 * Serves the OpenAPI 3.1 document at /openapi.json: every operation named (see operationIdOf), the
 * statuses the edge itself answers, the server, and bearer authentication unless an operation says otherwise.
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
        if (!op) continue;
        if (op.operationId === undefined) op.operationId = operationIdOf(method, path);
        documentEdgeStatuses(path, op);
      }
    return c.json(doc);
  });
}
