import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { recordInboundReply } from '../../app/inbound/record-inbound-reply.js';
import { isPlausibleYear, plausibleYearCheck } from '../../domain/model/index.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { MAX_INBOUND_REPLY_CHARS } from '../message-limits.js';

const InboundRequest = z
  .strictObject({
    channel: z.enum(['sms', 'email']),
    from: z.string().min(3).max(320).openapi({
      description: 'The sender: phone (E.164, or national for the default region) or email address',
    }),
    text: z
      .string()
      .max(MAX_INBOUND_REPLY_CHARS)
      .openapi({
        description: `The reply as received, at most ${MAX_INBOUND_REPLY_CHARS} characters (it may quote our message)`,
      }),
    at: z.iso
      .datetime({ offset: true })
      .refine(isPlausibleYear, plausibleYearCheck())
      .optional()
      .openapi({ description: 'When the provider received it (default now)' }),
    providerMessageId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'The provider’s id: a redelivered reply records nothing new' }),
  })
  .openapi('InboundReply', {
    example: { channel: 'sms', from: '+14155550100', text: 'STOP', providerMessageId: 'SM123' },
  });

const InboundResult = z
  .object({
    attemptId: z.string().optional(),
    optOut: z.string().optional(),
    optedOutPersonIds: z.array(z.string()),
    auditId: z.string().optional(),
    duplicate: z.boolean(),
  })
  .openapi('InboundReplyResult');

const inbound = createRoute({
  method: 'post',
  path: '/v1/inbound',
  tags: ['outreach'],
  summary:
    'Record a consumer’s SMS or email reply; STOP, END, QUIT, CANCEL, UNSUBSCRIBE, REVOKE, OPT OUT, 退订, TD or 取消 opts the sender out at once',
  security: [{ bearer: [] }],
  middleware: [requires('outcome:record')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: InboundRequest } } },
  },
  responses: {
    200: {
      description: 'the reply was recorded (and the opt-out, when it is one)',
      content: { 'application/json': { schema: InboundResult } },
    },
    ...errorResponses(400),
  },
});

/**
 * `POST /v1/inbound`: the SMS / email provider's reply webhook.
 * @example createApp(deps, { modules: [inboundModule()] })
 */
export function inboundModule(): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(inbound, async (c) => {
      const body = c.req.valid('json');
      const input = {
        channel: body.channel,
        from: body.from,
        text: body.text,
        ...(body.at !== undefined ? { at: body.at } : {}),
        ...(body.providerMessageId !== undefined
          ? { providerMessageId: body.providerMessageId }
          : {}),
      };
      const result = await recordInboundReply(
        {
          store: deps.store,
          clock: deps.clock,
          newId: deps.newId,
          ...(deps.defaultRegion !== undefined ? { defaultRegion: deps.defaultRegion } : {}),
        },
        input,
      );
      // The reply text and the sender are personal data: only what happened is logged.
      c.get('log').info(
        {
          attemptId: result.attemptId,
          optOut: result.optOut !== undefined,
          duplicate: result.duplicate,
        },
        'inbound reply',
      );
      return c.json(result, 200);
    });
    return app;
  };
}
