import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { exportAudit, MAX_EXPORT_RECORDS } from '../../app/audit/export-audit.js';
import { VerdictKind, VerdictParams } from '../../domain/guard/decision.js';
import { ApiError } from '../api-error.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { readerOf } from '../localise.js';
import { VisitPlanBody, ZoneQuery } from '../schemas.js';

const AuditEntry = z
  .object({
    id: z.string(),
    at: z.string(),
    kind: z.enum(['check', 'outreach', 'simulation', 'inbound', 'purge']),
    accountId: z.string(),
    debtorId: z.string().optional(),
    channel: z.string().optional().openapi({ description: 'absent on a purge record' }),
    contact: z
      .object({ kind: z.string(), value: z.string() })
      .optional()
      .openapi({ description: 'absent on a purge record' }),
    recipientPersonId: z.string().optional(),
    inputDigest: z.string(),
    outcome: z.enum(['allow', 'deny']),
    rules: z.array(
      z.object({
        id: z.string(),
        policy: z.string(),
        kind: VerdictKind.optional(),
        code: z.string().optional(),
        params: VerdictParams.optional(),
        reason: z.string(),
        nextAllowedAt: z.string().optional(),
      }),
    ),
    policyVersion: z.string(),
    actor: z.string().optional(),
    attemptId: z.string().optional(),
    requestId: z
      .string()
      .optional()
      .openapi({ description: 'X-Request-Id of the request that asked; joins audit and logs' }),
    visit: VisitPlanBody.optional(),
    purge: z
      .object({
        accounts: z.array(z.string()),
        attempts: z.number().int(),
        audit: z.number().int(),
        outbox: z.number().int(),
        periods: z.array(z.object({ policy: z.string(), years: z.number().int() })),
      })
      .optional()
      .openapi({
        description:
          'On a retention purge (kind purge, accountId "*"): the accounts whose records were purged and how many of each kind',
      }),
  })
  .openapi('AuditRecord');

const list = createRoute({
  method: 'get',
  path: '/v1/audit',
  tags: ['audit'],
  summary: 'Guard decisions, newest first (append-only)',
  security: [{ bearer: [] }],
  middleware: [requires('audit:read')] as const,
  request: {
    query: z.object({
      accountId: z.string().max(128).optional(),
      debtorId: z.string().max(128).optional(),
      outcome: z.enum(['allow', 'deny']).optional(),
      from: z.iso.datetime({ offset: true }).optional(),
      to: z.iso.datetime({ offset: true }).optional(),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    }),
  },
  responses: {
    200: {
      description: 'audit records',
      content: { 'application/json': { schema: z.object({ records: z.array(AuditEntry) }) } },
    },
    ...errorResponses(400),
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/v1/audit/export',
  tags: ['audit'],
  summary: 'The audit log of a period as CSV, safe to open in a spreadsheet',
  description: `Oldest first, one row per record, the rules' reasons in the language of the request (\`?lang=\` or Accept-Language) with times in \`?tz=\`. Cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab, CR) are prefixed with an apostrophe. At most ${MAX_EXPORT_RECORDS} records: a longer period is a 400 \`export_too_large\`, never a silent cut.`,
  security: [{ bearer: [] }],
  middleware: [requires('audit:read')] as const,
  request: {
    query: z.object({
      from: z.iso.datetime({ offset: true }),
      to: z.iso.datetime({ offset: true }),
      outcome: z.enum(['allow', 'deny']).optional(),
      lang: z.string().max(35).optional(),
      tz: ZoneQuery,
    }),
  },
  responses: {
    200: {
      description: 'the records as CSV (UTF-8 with a byte-order mark)',
      content: { 'text/csv': { schema: z.string() } },
    },
    ...errorResponses(400),
  },
});

/** A range that ends before it starts holds nothing: say so rather than answer an empty list. */
function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && Date.parse(from) > Date.parse(to))
    throw new ApiError(400, 'invalid_range', '`from` is after `to`: the range holds no time', {
      params: { from, to },
    });
}

/** `GET /v1/audit` and `GET /v1/audit/export` for compliance officers. */
export function auditModule(): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(list, async (c) => {
      const q = c.req.valid('query');
      checkRange(q.from, q.to);
      const filter = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined));
      const records = await deps.store.listAudit(filter);
      return c.json({ records }, 200);
    });
    app.openapi(exportRoute, async (c) => {
      const q = c.req.valid('query');
      checkRange(q.from, q.to);
      const reader = readerOf(c);
      const csv = await exportAudit(deps.store, {
        from: q.from,
        to: q.to,
        ...(q.outcome ? { outcome: q.outcome } : {}),
        lang: reader.lang,
        zone: reader.zone,
      });
      const name = `audit-${q.from.slice(0, 10)}-${q.to.slice(0, 10)}.csv`;
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    });
    return app;
  };
}
