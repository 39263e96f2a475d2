import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  listConsumerRequests,
  recordConsumerRequest,
} from '../../app/requests/record-consumer-requests.js';
import { ConsumerRequest, ConsumerRequestInput } from '../../domain/model/index.js';
import type { RouteModule } from '../app.js';
import { requires } from '../auth.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { IdParam } from '../schemas.js';

const security = [{ bearer: [] }];

const RequestBody = z.optional(ConsumerRequestInput).openapi('ConsumerRequestInput', {
  description:
    'A limit the consumer set: `opt_out` of a channel and/or one contact point (12 CFR 1006.14(h)); `inconvenient_time` from–to local time, on some days (1006.6(b)(1)); `inconvenient_place`: `workplace` or `{addressId}`, one of the person’s addresses (lived at, or an employer’s; else 400 `request_address_unknown`) (1006.6(b)(3)). `requestedAt` defaults to now.',
  example: { kind: 'inconvenient_time', from: '20:00', to: '24:00', note: '客户说晚上8点后别打' },
});
const RequestsBody = z
  .object({ requests: z.array(z.optional(ConsumerRequest)) })
  .openapi('ConsumerRequests');

const add = createRoute({
  method: 'post',
  path: '/v1/persons/{id}/requests',
  tags: ['graph'],
  summary: 'Records a limit the consumer set on contact; the guard enforces it from its date',
  security,
  middleware: [requires('outcome:record')] as const,
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: RequestBody } } },
  },
  responses: {
    201: {
      description: 'recorded',
      content: {
        'application/json': { schema: z.object({ request: z.optional(ConsumerRequest) }) },
      },
    },
    ...errorResponses(400, 404),
  },
});

const list = createRoute({
  method: 'get',
  path: '/v1/persons/{id}/requests',
  tags: ['graph'],
  summary: 'The limits the consumer set on contact, each with its date and source',
  security,
  middleware: [requires('graph:read')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'requests', content: { 'application/json': { schema: RequestsBody } } },
    ...errorResponses(404),
  },
});

/**
 * The consumer's own limits on a person: `POST` and `GET /v1/persons/{id}/requests`.
 * @example createApp(deps, { modules: [consumerRequestsModule()] })
 */
export function consumerRequestsModule(): RouteModule {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(add, async (c) => {
      const { id } = c.req.valid('param');
      const request = await recordConsumerRequest(deps, id, c.req.valid('json'));
      c.get('log').info(
        { personId: id, request: request.id, kind: request.kind },
        'consumer request recorded',
      );
      return c.json({ request }, 201);
    });
    app.openapi(list, async (c) => {
      const { id } = c.req.valid('param');
      return c.json({ requests: [...(await listConsumerRequests(deps.store, id))] }, 200);
    });
    return app;
  };
}
