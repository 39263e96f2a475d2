import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  DEFAULT_ROUTE_LIMIT,
  getRoutes,
  MAX_ROUTE_LIMIT,
  type RoutesDeps,
} from '../../app/routes/get-routes.js';
import { MAX_NOTE_LENGTH, recordOutcome } from '../../app/routes/record-outcome.js';
import {
  Channel,
  ConsumerRequestInput,
  LearntFacts,
  Outcome,
  PromiseTerms,
} from '../../domain/model/index.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { ContactPointBody, IdParam } from '../schemas.js';

const security = [{ bearer: [] }];

const Hop = z.object({
  type: z.string(),
  from: z.string(),
  to: z.string(),
  source: z.string(),
  lastSeen: z.string().optional(),
  confidence: z.number().optional(),
  kind: z.string().optional(),
  reliability: z.number(),
});

const PreviewVerdict = z
  .object({
    id: z.string(),
    policy: z.string(),
    reason: z.string(),
    nextAllowedAt: z.string().optional(),
  })
  .passthrough();

const GuardPreview = z.object({
  outcome: z.enum(['allow', 'deny']),
  rules: z.array(PreviewVerdict),
  conditions: z.array(PreviewVerdict).optional().openapi({
    description:
      'What the contact must satisfy once it is prepared: the content an email must carry (code `required_content_pending`, e.g. the collector’s identity under cn.identity_written) and the plan a visit must have (code `visit_plan_pending`, e.g. two collectors and a recording under cn.visit). The preview has neither text nor plan to check, so these are conditions of the contact, which the guard checks when it is made, not a denial of the route.',
  }),
  nextAllowedAt: z.string().optional(),
  policyVersion: z.string().optional(),
});

const Params = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));

const NestedReason = z.object({
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
});

const RouteReason = z
  .object({
    code: z.string().openapi({
      description:
        'route_own, route_co_obligor, route_employer, route_person, route_since_then, route_attempts_so_far, route_evidence, route_shared, route_moved_on, route_suspended_retry, route_stale, route_third_party_duty, route_workplace_duty; notes: note_*',
    }),
    params: z
      .record(
        z.string(),
        z.union([z.string(), z.number(), z.array(z.string()), z.array(NestedReason)]),
      )
      .openapi({ description: 'The figures, names, days and nested reasons the text is made of' }),
    text: z.string().openapi({ description: 'The reason in the language of the request' }),
  })
  .openapi('RouteReason');

const Route = z
  .object({
    rank: z.number().int(),
    contact: ContactPointBody,
    recipient: z.object({
      personId: z.string(),
      relation: z.string(),
      name: z.string().optional(),
      employerId: z.string().optional(),
    }),
    score: z.number().min(0).max(1),
    tier: z.enum(['consumer', 'workplace', 'third_party']),
    paths: z.array(z.array(Hop)),
    reasons: z.array(RouteReason),
    flags: z.object({
      shared: z.number().optional(),
      suspendedUntil: z.string().optional(),
      stale: z.boolean().optional(),
      wrongPartyFor: z.number().int().optional().openapi({
        description: 'Unrelated debtors whose calls this number answered as a wrong party',
      }),
      movedOnDoubt: z.number().int().optional().openapi({
        description:
          "Failed calls to the debtor's known numbers since this number's newest evidence: the debtor may have moved on, so its score is discounted",
      }),
    }),
    guard: GuardPreview.optional().openapi({
      description: "The guard's verdict on this route at `at`",
    }),
  })
  .openapi('Route');

const RoutesBody = z
  .object({
    debtorId: z.string(),
    accountId: z.string(),
    at: z.string(),
    routes: z.array(Route),
    excluded: z.array(
      z.object({
        contact: z.object({ kind: z.string(), value: z.string() }),
        code: z.string().openapi({
          description:
            'number_invalid, line_suspended, wrong_party, someone_else_holds, employment_ended, employment_not_started, employer_forbids_contact, recipient_deceased, recipient_ceased_contact, recipient_opted_out',
        }),
        params: Params,
        reason: z.string(),
        until: z.string().optional(),
      }),
    ),
    notes: z.array(RouteReason),
    lost: z
      .object({
        since: z.string(),
        because: z.array(
          z.object({
            code: z.enum(['no_own_route', 'consecutive_failures', 'days_unreachable']),
            params: Params,
          }),
        ),
        policyId: z.string(),
      })
      .optional()
      .openapi({
        description: 'The debtor is lost under the policy in force: since when, and why',
      }),
    notLost: z
      .object({
        code: z.literal('debtor_not_lost'),
        params: Params,
        policyId: z.string(),
        text: z.string(),
      })
      .optional()
      .openapi({
        description:
          'The policy opens third parties only once the debtor is lost, and the debtor is not yet',
      }),
    noAllowedRoute: z
      .object({ code: z.string(), params: Params, text: z.string() })
      .optional()
      .openapi({
        description:
          'No listed route is allowed now: debtor_ceased_contact, no_known_contact, every_contact_excluded, third_parties_need_lost_debtor, wait_until, policy_denies_all',
      }),
  })
  .openapi('Routes');

const routesRoute = createRoute({
  method: 'get',
  path: '/v1/debtors/{id}/routes',
  tags: ['routes'],
  summary:
    'The ranked next contact routes to a debtor, with evidence, reasons and the guard verdict',
  security,
  middleware: [requires('routes:read')] as const,
  request: {
    params: IdParam,
    query: z.object({
      accountId: z.string().min(1).max(128).optional(),
      at: z.iso.datetime({ offset: true }).optional().openapi({
        description: 'When the contact would happen (default: now)',
        example: '2026-11-20T10:00:00+08:00',
      }),
      channel: Channel.optional(),
      limit: z.coerce.number().int().min(1).max(MAX_ROUTE_LIMIT).default(DEFAULT_ROUTE_LIMIT),
    }),
  },
  responses: {
    200: { description: 'ranked routes', content: { 'application/json': { schema: RoutesBody } } },
    ...errorResponses(400, 404),
  },
});

const OutcomeRequest = z
  .strictObject({
    outcome: Outcome,
    note: z.string().max(MAX_NOTE_LENGTH).optional(),
    learnt: z.optional(LearntFacts).openapi({
      description:
        "What the call revealed about the debtor: new phones, addresses, employers, each with the person who told it (`from`, default the person reached) and when it held (`seenAt`, default now); written as evidence in the outcome's transaction",
    }),
    amount: z
      .optional(PromiseTerms.shape.amount)
      .openapi({ description: 'promise_to_pay only (required there): the amount promised' }),
    currency: z.optional(PromiseTerms.shape.currency).openapi({
      description: "promise_to_pay only: the promise's currency (default: the account's)",
    }),
    dueDate: z
      .optional(PromiseTerms.shape.dueDate)
      .openapi({ description: 'promise_to_pay only (required there): the day it is promised by' }),
    requests: z.optional(z.array(ConsumerRequestInput).max(20)).openapi({
      description:
        'Limits the consumer set on the call (a barred channel or number, an inconvenient time or place), recorded on the person reached; limits the note states in words (en, zh-CN) are recorded too',
    }),
  })
  .superRefine((body, ctx) => {
    if (body.outcome === 'promise_to_pay')
      for (const field of ['amount', 'dueDate'] as const)
        if (body[field] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `a promise_to_pay needs ${field}`,
            params: { code: 'issue_promise_needs', field },
          });
    if (body.outcome !== 'promise_to_pay')
      for (const field of ['amount', 'currency', 'dueDate'] as const)
        if (body[field] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `${field} belongs to a promise_to_pay only`,
            params: { code: 'issue_promise_only', field },
          });
  })
  .openapi('OutcomeRequest', {
    example: {
      outcome: 'promise_to_pay',
      amount: 1200,
      dueDate: '2026-12-05',
      note: '月底前先还一部分',
    },
  });

const outcomeRoute = createRoute({
  method: 'post',
  path: '/v1/attempts/{id}/outcome',
  tags: ['routes'],
  summary: "Records an attempt's outcome; updates the line's status and the person's flags",
  security,
  middleware: [requires('outcome:record')] as const,
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: OutcomeRequest } } },
  },
  responses: {
    200: {
      description: 'outcome recorded',
      content: {
        'application/json': {
          schema: z
            .object({
              attempt: z.record(z.string(), z.unknown()),
              effects: z.object({
                phoneStatus: z.string().optional(),
                ceaseContactPersonId: z.string().optional(),
                learnt: z
                  .object({ phones: z.number(), addresses: z.number(), employers: z.number() })
                  .optional(),
                requests: z
                  .object({
                    personId: z.string(),
                    recorded: z.array(
                      z.object({ id: z.string(), kind: z.string(), description: z.string() }),
                    ),
                  })
                  .optional(),
              }),
            })
            .openapi('OutcomeRecorded'),
        },
      },
    },
    ...errorResponses(400, 404),
  },
});

/**
 * Routes for collectors: ranked routes and attempt outcomes. Pass `preview` to attach the guard's verdict.
 * @example createApp(deps, { modules: [routesModule({ preview })] })
 */
export function routesModule(
  extra: Pick<RoutesDeps, 'preview' | 'consumerRelations' | 'lostPolicy' | 'reliabilities'> = {},
): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(routesRoute, async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const result = await getRoutes(
        { store: deps.store, promises: deps.store, ...extra },
        {
          debtorId: id,
          at: q.at ? new Date(q.at) : deps.clock(),
          limit: q.limit,
          ...(q.accountId ? { accountId: q.accountId } : {}),
          ...(q.channel ? { channel: q.channel } : {}),
        },
      );
      return c.json(result as unknown as z.infer<typeof RoutesBody>, 200);
    });
    app.openapi(outcomeRoute, async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const recorded = await recordOutcome(
        { store: deps.store, ...(deps.defaultRegion ? { defaultRegion: deps.defaultRegion } : {}) },
        id,
        {
          outcome: body.outcome,
          ...(body.requests === undefined ? {} : { requests: body.requests }),
          ...(body.note === undefined ? {} : { note: body.note }),
          ...(body.learnt === undefined ? {} : { learnt: body.learnt }),
          ...(body.amount !== undefined && body.dueDate !== undefined
            ? {
                promise: {
                  amount: body.amount,
                  dueDate: body.dueDate,
                  ...(body.currency ? { currency: body.currency } : {}),
                },
              }
            : {}),
        },
        deps.clock(),
      );
      c.get('log').info(
        { attemptId: id, outcome: body.outcome, effects: recorded.effects },
        'outcome recorded',
      );
      return c.json({ attempt: recorded.attempt, effects: recorded.effects }, 200);
    });
    return app;
  };
}
