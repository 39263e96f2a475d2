import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { type IngestSummary, ingest } from '../../app/ingest/ingest.js';
import { IngestInputError } from '../../app/ingest/ingest-problem.js';
import { RECORD_TYPES } from '../../app/ingest/record-schemas.js';
import { ApiError } from '../api-error.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';

const Problem = z
  .object({
    line: z.number().int(),
    code: z.string(),
    message: z
      .string()
      .openapi({ description: "Why, in the reader's language where the code has params" }),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'the values the message names' }),
  })
  .openapi('IngestProblem');

const Summary = z
  .object({
    complete: z.boolean().openapi({ description: 'True when every non-empty line was accepted' }),
    lines: z.number().int(),
    accepted: z.number().int(),
    rejectedCount: z.number().int(),
    rejected: z.array(Problem),
    skipped: z.number().int(),
    byType: z.record(z.string(), z.number()),
    warnings: z.array(Problem),
  })
  .openapi('IngestSummary');

const route = createRoute({
  method: 'post',
  path: '/v1/ingest',
  tags: ['import'],
  summary:
    'Imports NDJSON (or CSV with ?format=csv&type=T) records; every bad line reported, the good ones kept',
  description:
    'Body: one record per line with a `type` (person, account, phone, email, address, employment, relation, obligation, attempt). ' +
    'Re-importing the same data changes nothing. Rejected lines are listed as {line, code, message}. ' +
    'A body with no record (`no_records`), or whose every record is rejected (`nothing_imported`), is a 400 with the rejected lines in `details.rejected`.',
  security: [{ bearer: [] }],
  middleware: [requires('ingest:write')] as const,
  request: {
    query: z.object({
      format: z.enum(['ndjson', 'csv']).default('ndjson'),
      type: z
        .enum(RECORD_TYPES as [string, ...string[]])
        .optional()
        .openapi({ description: 'CSV: the record type of every row' }),
      region: z
        .string()
        .length(2)
        .optional()
        .openapi({ description: 'Region for national phone numbers, e.g. CN', example: 'CN' }),
    }),
    body: {
      required: true,
      content: {
        'application/x-ndjson': {
          schema: z.string().openapi({ example: '{"type":"person","id":"P1","name":"张伟"}' }),
        },
        'text/csv': { schema: z.string() },
      },
    },
  },
  responses: {
    200: {
      description: 'what was imported and what was rejected',
      content: { 'application/json': { schema: Summary } },
    },
    ...errorResponses(400, 413),
  },
});

/** `POST /v1/ingest`: the request body is streamed into batched store transactions. */
export function ingestModule(): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(route, async (c) => {
      const q = c.req.valid('query');
      if (q.format === 'csv' && !q.type)
        throw new ApiError(
          400,
          'type_required',
          'a CSV import needs ?type= (person, account, phone, …)',
        );
      const body = c.req.raw.body;
      if (!body) throw new ApiError(400, 'empty_body', 'send the records in the request body');
      const region = q.region ?? deps.defaultRegion;
      let summary: IngestSummary;
      try {
        summary = await ingest(deps.store, body, {
          format: q.format,
          now: deps.clock(),
          ...(q.type ? { type: q.type } : {}),
          ...(region ? { defaultRegion: region } : {}),
        });
      } catch (error) {
        // A problem with the input as a whole (unknown type, broken CSV header) is the caller's to fix.
        if (error instanceof IngestInputError)
          throw new ApiError(400, error.code, error.message, { params: error.params });
        throw error;
      }
      c.get('log').info(
        { accepted: summary.accepted, rejected: summary.rejectedCount, byType: summary.byType },
        'ingest',
      );
      // An import that kept nothing is refused as a whole, naming every line it rejected.
      if (summary.accepted === 0) {
        const { lines, skipped, rejectedCount, rejected } = summary;
        const details = { lines, skipped, rejectedCount, rejected };
        if (rejectedCount > 0)
          throw new ApiError(
            400,
            'nothing_imported',
            `no record was imported: all ${rejectedCount} rejected (details.rejected names each line)`,
            { details, params: { rejectedCount } },
          );
        throw new ApiError(400, 'no_records', 'the body holds no record to import', { details });
      }
      // A row's params nest read-only messages (its issues), which Hono's JSON type does not take as is.
      const answer = { complete: summary.rejectedCount === 0, ...summary };
      return c.json(answer as unknown as z.infer<typeof Summary>, 200);
    });
    return app;
  };
}
