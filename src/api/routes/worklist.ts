import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  DEFAULT_WORKLIST_LIMIT,
  getWorklist,
  MAX_WORKLIST_LIMIT,
  type WorklistPreview,
} from '../../app/worklist/get-worklist.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { readerOf } from '../localise.js';
import { AsOfQuery, ContactPointBody, PostalAddressBody, ZoneQuery } from '../schemas.js';

const Explained = {
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  text: z.string().optional().openapi({ description: "The explanation in the reader's language" }),
};
const PromiseMark = z.object({ ...Explained, state: z.string(), dueDate: z.string() });

const WorklistItem = z
  .object({
    accountId: z.string(),
    debtorId: z.string(),
    debtorName: z.string(),
    balance: z.number(),
    currency: z.string(),
    jurisdiction: z.string(),
    daysPastDue: z.number().int(),
    stage: z.enum(['current', 'early', 'mid', 'late', 'writeoff']),
    promise: PromiseMark.optional(),
    route: z.object({
      contact: ContactPointBody,
      address: PostalAddressBody.optional().openapi({
        description: "An address route's street and city: `contact.value` is only the address's id",
      }),
      recipientPersonId: z.string(),
      recipientName: z.string().optional(),
      relation: z.string(),
      score: z.number(),
      tier: z.enum(['consumer', 'workplace', 'third_party']),
      channel: z.string(),
    }),
    why: z.array(z.object(Explained)),
    betterRouteOpensAt: z.string().optional(),
  })
  .openapi('WorklistItem');

const WorklistApart = z
  .object({
    accountId: z.string(),
    debtorId: z.string(),
    debtorName: z.string(),
    balance: z.number(),
    currency: z.string(),
    stage: z.enum(['current', 'early', 'mid', 'late', 'writeoff']),
    promise: PromiseMark.optional(),
    ...Explained,
    opensAt: z.string().optional(),
    rules: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('WorklistApart');

const WorklistBody = z
  .object({
    at: z.string(),
    today: z.string(),
    items: z.array(WorklistItem),
    apart: z.array(WorklistApart),
    nextCursor: z.string().optional(),
  })
  .openapi('Worklist');

const worklistRoute = createRoute({
  method: 'get',
  path: '/v1/worklist',
  tags: ['worklist'],
  summary:
    "The collector's worklist: what is due, then what is callable now; accounts nothing may contact now listed apart",
  security: [{ bearer: [] }],
  middleware: [requires('routes:read')] as const,
  request: {
    query: z.object({
      at: AsOfQuery,
      limit: z.coerce.number().int().min(1).max(MAX_WORKLIST_LIMIT).default(DEFAULT_WORKLIST_LIMIT),
      cursor: z
        .string()
        .max(512)
        .optional()
        .openapi({ description: "The previous page's nextCursor" }),
      tz: ZoneQuery.openapi({
        description: "The collector's IANA zone: today's date and times are shown in it",
      }),
    }),
  },
  responses: {
    200: { description: 'one page', content: { 'application/json': { schema: WorklistBody } } },
    ...errorResponses(400),
  },
});

/**
 * `GET /v1/worklist` with the given guard preview.
 * @example createApp(deps, { modules: [worklistModule({ preview })] })
 */
export function worklistModule(extra: {
  preview: (deps: ApiDeps) => WorklistPreview;
}): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    const preview = extra.preview(deps);
    app.openapi(worklistRoute, async (c) => {
      const q = c.req.valid('query');
      const reader = readerOf(c);
      const page = await getWorklist(
        { store: deps.store, preview },
        {
          at: q.at ? new Date(q.at) : deps.clock(),
          limit: q.limit,
          zone: reader.zone,
          ...(q.cursor ? { cursor: q.cursor } : {}),
        },
      );
      return c.json(page as z.infer<typeof WorklistBody>, 200);
    });
    return app;
  };
}
