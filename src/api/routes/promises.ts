import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { promiseLedgerOf } from '../../app/promises/promise-ledger-of.js';
import { recordPayments } from '../../app/promises/record-payments.js';
import { Payment } from '../../domain/model/index.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { AsOfQuery, IdParam } from '../schemas.js';

const security = [{ bearer: [] }];

const PromiseLine = z
  .object({
    id: z.string(),
    accountId: z.string(),
    amount: z.number(),
    currency: z.string(),
    dueDate: z.string(),
    madeAt: z.string(),
    state: z.enum(['open', 'due', 'kept', 'partly_kept', 'broken']),
    paid: z.number(),
    short: z.number(),
    reminder: z.boolean().openapi({ description: 'True on the day before the due date' }),
    paymentIds: z.array(z.string()),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    text: z.string().optional().openapi({ description: "The state in the reader's language" }),
  })
  .openapi('PromiseLine');

const PaymentBody = z
  .object({
    id: z.string(),
    accountId: z.string(),
    amount: z.number(),
    currency: z.string(),
    at: z.string(),
  })
  .openapi('Payment');

const LedgerBody = z
  .object({
    accountId: z.string(),
    at: z.string(),
    today: z.string(),
    promises: z.array(PromiseLine),
    payments: z.array(PaymentBody),
  })
  .openapi('PromiseLedger');

const ledgerRoute = createRoute({
  method: 'get',
  path: '/v1/accounts/{id}/promises',
  tags: ['promises'],
  summary:
    "An account's promises to pay, each kept, partly kept, broken, due or open, and its payments",
  security,
  middleware: [requires('routes:read')] as const,
  request: {
    params: IdParam,
    query: z.object({
      at: AsOfQuery,
    }),
  },
  responses: {
    200: { description: 'the ledger', content: { 'application/json': { schema: LedgerBody } } },
    ...errorResponses(400, 404),
  },
});

const PaymentsRequest = z
  .strictObject({
    payments: z
      .array(Payment)
      .min(1)
      .max(1000)
      .superRefine((rows, ctx) => {
        // A second row with an id already in the request would be dropped as "already recorded".
        const seen = new Set<string>();
        rows.forEach((row, i) => {
          if (seen.has(row.id))
            ctx.addIssue({
              code: 'custom',
              message: `payment id ${row.id} is given twice`,
              params: { code: 'issue_payment_twice', id: row.id },
              path: [i, 'id'],
            });
          seen.add(row.id);
        });
      }),
  })
  .openapi('PaymentsRequest', {
    example: {
      payments: [
        {
          id: 'PAY-1',
          accountId: 'ACC-CN-001-1',
          amount: 500,
          currency: 'CNY',
          at: '2026-12-02T10:00:00+08:00',
        },
      ],
    },
  });

const paymentsRoute = createRoute({
  method: 'post',
  path: '/v1/payments',
  tags: ['promises'],
  summary: 'Records payments (an id already recorded is left as it is); promises are re-judged',
  security,
  middleware: [requires('ingest:write')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: PaymentsRequest } } },
  },
  responses: {
    201: {
      description: 'payments recorded',
      content: {
        'application/json': {
          schema: z
            .object({ added: z.number().int(), received: z.number().int() })
            .openapi('PaymentsRecorded'),
        },
      },
    },
    ...errorResponses(400, 404),
  },
});

/**
 * Promise ledgers and payments.
 * @example createApp(deps, { modules: [promisesModule()] })
 */
export function promisesModule(): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(ledgerRoute, async (c) => {
      const { id } = c.req.valid('param');
      const { at } = c.req.valid('query');
      const ledger = await promiseLedgerOf(deps, id, at ? new Date(at) : deps.clock());
      return c.json(ledger, 200);
    });
    app.openapi(paymentsRoute, async (c) => {
      const { payments } = c.req.valid('json');
      const { added } = await recordPayments(deps, payments);
      c.get('log').info({ received: payments.length, added }, 'payments recorded');
      return c.json({ added, received: payments.length }, 201);
    });
    return app;
  };
}
