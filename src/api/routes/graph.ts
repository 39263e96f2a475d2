import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '../../app/app-error.js';
import { daysPastDue } from '../../domain/model/account.js';
import { normalisePhone } from '../../domain/phone/normalise-phone.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import { emailParam } from '../email-param.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';
import { phoneParam } from '../phone-param.js';
import {
  AccountBody,
  AccountRoleBody,
  ContactKindBody,
  IdParam,
  PersonBody,
  PersonHitBody,
  SharedBody,
  SubgraphBody,
} from '../schemas.js';

/** A person with the accounts they are party to (GET /v1/persons/{id}). */
const PersonDetailBody = z
  .object({
    person: PersonBody,
    accounts: z.array(
      z.object({ role: AccountRoleBody, daysPastDue: z.number(), account: AccountBody }),
    ),
  })
  .openapi('PersonDetail');
/** The body of GET /v1/persons/{id}. */
export type PersonDetail = z.infer<typeof PersonDetailBody>;

const security = [{ bearer: [] }];

const personGraph = createRoute({
  method: 'get',
  path: '/v1/persons/{id}/graph',
  tags: ['graph'],
  summary: "A person's neighbourhood as a plain subgraph",
  security,
  middleware: [requires('graph:read')] as const,
  request: {
    params: IdParam,
    query: z.object({
      depth: z.coerce.number().int().min(1).max(3).default(2).openapi({ example: 2 }),
    }),
  },
  responses: {
    200: {
      description: 'nodes and edges',
      content: { 'application/json': { schema: SubgraphBody } },
    },
    ...errorResponses(400, 404),
  },
});

const person = createRoute({
  method: 'get',
  path: '/v1/persons/{id}',
  tags: ['graph'],
  summary: 'A person with their flags and the accounts they owe, guarantee or co-borrow',
  security,
  middleware: [requires('graph:read')] as const,
  request: { params: IdParam },
  responses: {
    200: {
      description: 'the person',
      content: {
        'application/json': {
          schema: PersonDetailBody,
        },
      },
    },
    ...errorResponses(404),
  },
});

const search = createRoute({
  method: 'get',
  path: '/v1/persons',
  tags: ['graph'],
  summary: 'Find persons by id, name or phone number',
  security,
  middleware: [requires('graph:read')] as const,
  request: {
    query: z.object({
      q: z.string().min(1).max(128).openapi({ example: '张' }),
      region: z.string().length(2).optional().openapi({ example: 'CN' }),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: {
      description: 'matching persons',
      content: { 'application/json': { schema: z.object({ persons: z.array(PersonHitBody) }) } },
    },
    ...errorResponses(400),
  },
});

const phoneLinks = createRoute({
  method: 'get',
  path: '/v1/phones/{number}/links',
  tags: ['links'],
  summary: 'Everyone holding a phone number (a family home, a shared work line, or a fraud ring)',
  security,
  middleware: [requires('links:read')] as const,
  request: {
    params: z.object({
      number: z
        .string()
        .min(3)
        .max(32)
        .openapi({ param: { name: 'number', in: 'path' }, example: '+8613800138000' }),
    }),
    query: z.object({ region: z.string().length(2).optional().openapi({ example: 'CN' }) }),
  },
  responses: {
    200: { description: 'holders', content: { 'application/json': { schema: SharedBody } } },
    ...errorResponses(400),
  },
});

const contactLinks = createRoute({
  method: 'get',
  path: '/v1/links',
  tags: ['links'],
  summary: 'Everyone linked to a phone, email or address id',
  security,
  middleware: [requires('links:read')] as const,
  request: {
    query: z.object({
      kind: ContactKindBody,
      value: z.string().min(1).max(320),
      region: z.string().length(2).optional(),
    }),
  },
  responses: {
    200: { description: 'holders', content: { 'application/json': { schema: SharedBody } } },
    ...errorResponses(400),
  },
});

/** Read access to the contact graph: persons, neighbourhoods and shared identifiers. */
export function graphRoutes(deps: ApiDeps): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();
  app.openapi(personGraph, async (c) => {
    const { id } = c.req.valid('param');
    const { depth } = c.req.valid('query');
    const store = deps.store;
    if (!(await store.getPerson(id)))
      throw new AppError('not_found', 'person_not_found', `no person with id ${id}`, {
        params: { id },
      });
    const graph = await store.neighbourhood(id, depth);
    return c.json(graph, 200);
  });
  app.openapi(person, async (c) => {
    const { id } = c.req.valid('param');
    const { store, clock } = deps;
    const found = await store.getPerson(id);
    if (!found)
      throw new AppError('not_found', 'person_not_found', `no person with id ${id}`, {
        params: { id },
      });
    const now = clock();
    const accounts = (await store.accountsOf(id)).map((a) => ({
      role: a.role,
      daysPastDue: daysPastDue(a.account, now),
      account: a.account,
    }));
    return c.json({ person: found, accounts }, 200);
  });
  app.openapi(search, async (c) => {
    const { q, region, limit } = c.req.valid('query');
    const { store, defaultRegion } = deps;
    const looksLikePhone = /^[+\d][\d\s().-]{5,}$/.test(q);
    let persons = await store.findPersons({ text: q, limit });
    // Text that is not a valid number is searched as text only; a store failure still answers 503.
    const phone = looksLikePhone ? normalisePhone(q, region ?? defaultRegion) : undefined;
    if (phone?.ok) {
      const byPhone = await store.findPersons({ phone: phone.phone.e164, limit });
      const seen = new Set(persons.map((p) => p.id));
      persons = [...persons, ...byPhone.filter((p) => !seen.has(p.id))].slice(0, limit);
    }
    // A collector tells the debtor from a guarantor or a reference of the same name at a glance;
    // one read answers every hit.
    const roles = await store.accountRolesOf(persons.map((p) => p.id));
    const hits = persons.map((p, i) => {
      const accountRoles = roles[i] ?? [];
      return { ...p, isDebtor: accountRoles.length > 0, accountRoles };
    });
    return c.json({ persons: hits }, 200);
  });
  app.openapi(phoneLinks, async (c) => {
    const { number } = c.req.valid('param');
    const { region } = c.req.valid('query');
    // Hono hands the path parameter over decoded already: decoding again breaks on a literal "%".
    const e164 = phoneParam(number, region ?? deps.defaultRegion);
    const shared = await deps.store.sharedIdentifiers({ kind: 'phone', value: e164 });
    return c.json(shared as z.infer<typeof SharedBody>, 200);
  });
  app.openapi(contactLinks, async (c) => {
    const { kind, value, region } = c.req.valid('query');
    const normalised =
      kind === 'phone'
        ? phoneParam(value, region ?? deps.defaultRegion)
        : kind === 'email'
          ? emailParam(value)
          : value;
    const shared = await deps.store.sharedIdentifiers({ kind, value: normalised });
    return c.json(shared as z.infer<typeof SharedBody>, 200);
  });
  return app;
}
