import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { DispatchRelay } from '../../app/dispatch/dispatch-relay.js';
import { retryDispatch } from '../../app/dispatch/retry-dispatch.js';
import type { OutreachCommand } from '../../app/outreach/outreach-command.js';
import type { OutreachGuard } from '../../app/outreach/outreach-guard.js';
import { sendOutreach } from '../../app/outreach/send-outreach.js';
import { type Channel, type ContactPoint, contactKindOf } from '../../domain/model/index.js';
import { ApiError } from '../api-error.js';
import type { RouteModule } from '../app.js';
import { requires } from '../auth.js';
import { emailParam } from '../email-param.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { MAX_OUTBOUND_MESSAGE_CHARS, outboundMessage } from '../message-limits.js';
import { phoneParam } from '../phone-param.js';
import {
  ChannelBody,
  ContactPointBody,
  DecisionBody,
  DispatchStatusBody,
  VisitPlanBody,
} from '../schemas.js';

const security = [{ bearer: [] }];
/** Channels that carry text: an empty one has nothing to send and nothing for the guard to read. */
const TEXT_CHANNELS: readonly Channel[] = ['sms', 'email', 'letter'];

const OutreachRequest = z
  .strictObject({
    accountId: z.string().min(1).max(128).openapi({ example: 'ACC-CN-001-1' }),
    channel: ChannelBody.openapi({ example: 'sms' }),
    to: z.string().trim().min(1).max(320).openapi({
      description: 'Phone number (call, sms), email address, or address id (visit, letter)',
      example: '+8613800138000',
    }),
    region: z.string().length(2).optional().openapi({
      description: 'Region for a national phone number (default: the service default)',
      example: 'CN',
    }),
    recipientPersonId: z.string().min(1).max(128).optional().openapi({ example: 'CN-001' }),
    message: outboundMessage()
      .optional()
      .openapi({
        description: `The text sent (sms, email, letter), at most ${MAX_OUTBOUND_MESSAGE_CHARS} characters`,
        example: '您好，请尽快联系我们处理您的账户。',
      }),
    visit: VisitPlanBody.optional(),
    idempotencyKey: z
      .string()
      .min(8)
      .max(128)
      .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces')
      .openapi({ example: 'b7f1c0de-2b9e-4c51-9a55-2f0b1d6f6a10' }),
  })
  .openapi('OutreachRequest');

const OutreachAcceptedBody = z
  .object({
    attemptId: z.string(),
    decisionId: z.string(),
    decision: DecisionBody,
    dispatch: z.object({ id: z.string(), status: DispatchStatusBody, provider: z.string() }),
  })
  .openapi('OutreachAccepted');
/** The body of a 201 from POST /v1/outreach. */
export type OutreachAccepted = z.infer<typeof OutreachAcceptedBody>;

const DispatchBody = z
  .object({
    id: z.string(),
    attemptId: z.string(),
    channel: ChannelBody,
    to: ContactPointBody,
    message: z.string().optional(),
    provider: z.string(),
    status: DispatchStatusBody,
    tries: z.number().int(),
    lastError: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Dispatch');

const DeliveryBody = z
  .object({
    id: z.string(),
    status: DispatchStatusBody,
    provider: z.string(),
    tries: z.number().int(),
    lastError: z.string().optional(),
  })
  .openapi('Delivery');

const send = createRoute({
  method: 'post',
  path: '/v1/outreach',
  tags: ['outreach'],
  summary: 'Check with the guard, record the attempt and send, once per idempotency key',
  description:
    'The guard decides with the server clock. On allow, the attempt is recorded and the frequency budget consumed in the same transaction as the check, then the message is dispatched (outbox: `sent` at once; webhook: `queued`, then `sent` or `failed` in GET /v1/outbox). On deny: 403 `guard_denied` with the decision as details, nothing sent. Replaying an idempotency key answers the first result and sends nothing; reusing it for a different request is 409 `idempotency_key_reused`.',
  security,
  middleware: [requires('outreach:send')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: OutreachRequest } } },
  },
  responses: {
    201: {
      description: 'allowed, recorded and dispatched',
      content: { 'application/json': { schema: OutreachAcceptedBody } },
    },
    ...errorResponses(400, 404, 409),
  },
});

const outbox = createRoute({
  method: 'get',
  path: '/v1/outbox',
  tags: ['outreach'],
  summary: 'Dispatched messages: the outbox, and the state of every provider hand-over',
  security,
  middleware: [requires('outbox:read')] as const,
  request: {
    query: z.object({
      status: DispatchStatusBody.optional(),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    }),
  },
  responses: {
    200: {
      description: 'dispatches',
      content: { 'application/json': { schema: z.object({ dispatches: z.array(DispatchBody) }) } },
    },
    ...errorResponses(400),
  },
});

const retry = createRoute({
  method: 'post',
  path: '/v1/outbox/{id}/retry',
  tags: ['outreach'],
  summary: 'Hand a failed dispatch to its provider again (within 15 minutes of the attempt)',
  security,
  middleware: [requires('outreach:send')] as const,
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(128)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'the hand-over outcome',
      content: { 'application/json': { schema: DeliveryBody } },
    },
    ...errorResponses(404, 409),
  },
});

/** The guard and the dispatch relay the outreach routes need beyond the API's own deps. */
export interface OutreachModuleDeps {
  guard: OutreachGuard;
  /** Built over the same store as the API deps; `relay.idle()` on shutdown waits for hand-overs. */
  relay: DispatchRelay;
}

/** Turns the request's `to` into the contact point its channel needs, normalised once here. */
function contactOf(channel: Channel, to: string, region: string | undefined): ContactPoint {
  const kind = contactKindOf(channel);
  if (kind === 'phone') return { kind, value: phoneParam(to, region) };
  if (kind === 'email') {
    return { kind, value: emailParam(to, 'to') };
  }
  return { kind, value: to };
}

/**
 * Outreach routes: `POST /v1/outreach`, `GET /v1/outbox`, `POST /v1/outbox/{id}/retry`.
 * @example createApp(deps, { modules: [outreachModule({ guard, relay })] })
 */
export function outreachModule(extra: OutreachModuleDeps): RouteModule {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(send, async (c) => {
      const body = c.req.valid('json');
      if (TEXT_CHANNELS.includes(body.channel) && body.message === undefined) {
        throw new ApiError(400, 'message_required', `a ${body.channel} outreach needs a message`, {
          params: { channel: body.channel },
        });
      }
      if (body.visit !== undefined && body.channel !== 'visit')
        throw new ApiError(400, 'visit_plan_not_a_visit', 'a visit plan belongs to a visit only');
      const command: OutreachCommand = {
        accountId: body.accountId,
        channel: body.channel,
        contact: contactOf(body.channel, body.to, body.region ?? deps.defaultRegion),
        idempotencyKey: body.idempotencyKey,
        actor: c.get('keyLabel'),
        requestId: c.get('requestId'),
      };
      if (body.recipientPersonId !== undefined) command.recipientPersonId = body.recipientPersonId;
      if (body.message !== undefined) command.message = body.message;
      if (body.visit !== undefined) command.visit = body.visit;
      const result = await sendOutreach(
        {
          store: deps.store,
          guard: extra.guard,
          relay: extra.relay,
          clock: deps.clock,
          newId: deps.newId,
          log: c.get('log'),
        },
        command,
      );
      if (result.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(result.accepted, 201);
    });
    app.openapi(outbox, async (c) => {
      const { status, limit } = c.req.valid('query');
      const dispatches = await deps.store.listOutbox(status ? { status, limit } : { limit });
      return c.json({ dispatches }, 200);
    });
    app.openapi(retry, async (c) => {
      const { id } = c.req.valid('param');
      const delivery = await retryDispatch(
        { store: deps.store, relay: extra.relay, clock: deps.clock, log: c.get('log') },
        id,
      );
      return c.json(delivery, 200);
    });
    return app;
  };
}
