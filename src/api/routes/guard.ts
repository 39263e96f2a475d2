import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { checkGuard } from '../../app/guard/check-guard.js';
import type { PolicySource } from '../../app/policy/policy-registry.js';
import { Channel, isPlausibleYear, plausibleYearCheck } from '../../domain/model/index.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { MAX_OUTBOUND_MESSAGE_CHARS, outboundMessage } from '../message-limits.js';
import { DecisionBody, VisitPlanBody } from '../schemas.js';

const CheckRequest = z
  .strictObject({
    accountId: z.string().min(1).max(128),
    channel: Channel,
    to: z.string().min(1).max(320).openapi({
      description:
        'Phone (E.164, or national for the account’s country), email address, or address id',
    }),
    recipientPersonId: z.string().min(1).max(128).optional(),
    message: outboundMessage()
      .optional()
      .openapi({
        description: `The text to be sent, checked as the outreach will send it (at most ${MAX_OUTBOUND_MESSAGE_CHARS} characters, as there)`,
      }),
    visit: VisitPlanBody.optional(),
    at: z.iso
      .datetime({ offset: true })
      .refine(isPlausibleYear, plausibleYearCheck())
      .optional()
      .openapi({ description: 'Decide as if at this instant (default now)' }),
  })
  .openapi('GuardCheckRequest', {
    example: {
      accountId: 'ACC-CN-001-1',
      channel: 'sms',
      to: '+8613800138000',
      message: '您好，我是安信客服，请尽快回电。',
    },
  });

const CheckResponse = z
  .object({ decisionId: z.string(), at: z.string(), decision: DecisionBody })
  .openapi('GuardCheckResult');

const check = createRoute({
  method: 'post',
  path: '/v1/guard/check',
  tags: ['guard'],
  summary:
    'The guard’s decision for a contact, with every failed rule; no side effects but the audit record',
  security: [{ bearer: [] }],
  middleware: [requires('guard:check')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: CheckRequest } } } },
  responses: {
    200: {
      description: 'the decision (allow or deny)',
      content: { 'application/json': { schema: CheckResponse } },
    },
    ...errorResponses(400, 404),
  },
});

/**
 * `POST /v1/guard/check` over the given policies.
 * @example createApp(deps, { modules: [guardModule({ registry })] })
 */
export function guardModule(extra: {
  registry: PolicySource;
}): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(check, async (c) => {
      const body = c.req.valid('json');
      const input = { ...body, actor: c.get('keyLabel'), requestId: c.get('requestId') };
      const result = await checkGuard(
        { store: deps.store, registry: extra.registry, clock: deps.clock, newId: deps.newId },
        input,
      );
      c.get('log').info(
        {
          decisionId: result.decisionId,
          outcome: result.decision.outcome,
          rules: result.decision.rules.map((r) => r.id),
        },
        'guard check',
      );
      return c.json(result, 200);
    });
    return app;
  };
}
