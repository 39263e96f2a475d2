import { z } from '@hono/zod-openapi';
import { Decision } from '../domain/guard/decision.js';
import { PersonFlags } from '../domain/model/index.js';

/** A plain subgraph as JSON: node keys like `person:P1`, edges between keys. */
export const SubgraphBody = z
  .object({
    nodes: z.array(
      z.object({ key: z.string(), kind: z.string(), data: z.record(z.string(), z.unknown()) }),
    ),
    edges: z.array(
      z.object({
        type: z.string(),
        from: z.string(),
        to: z.string(),
        props: z.record(z.string(), z.unknown()),
      }),
    ),
    truncated: z
      .array(z.string())
      .optional()
      .openapi({ description: 'Hub nodes whose relationships were cut at the fan-out cap' }),
  })
  .openapi('Subgraph');

export const PersonBody = z
  .object({
    id: z.string(),
    name: z.string(),
    locale: z.string().optional(),
    timezone: z.string().optional(),
    flags: z.object(PersonFlags.shape),
  })
  .openapi('Person');

export const AccountBody = z
  .object({
    id: z.string(),
    debtorId: z.string(),
    product: z.string(),
    currency: z.string(),
    principal: z.number(),
    balance: z.number(),
    dueDate: z.string(),
    jurisdiction: z.string(),
    status: z.string(),
  })
  .openapi('Account');

export const HolderBody = z
  .object({
    kind: z.enum(['person', 'employer']),
    id: z.string(),
    name: z.string(),
    isDebtor: z.boolean(),
    source: z.string(),
    lastSeen: z.string().optional(),
  })
  .openapi('Holder');

export const SharedBody = z
  .object({
    contact: z.object({ kind: z.enum(['phone', 'email', 'address']), value: z.string() }),
    phone: z.record(z.string(), z.unknown()).optional(),
    holders: z.array(HolderBody),
  })
  .openapi('SharedIdentifier');

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'CN-D001' }),
});

/**
 * The guard's decision, with the domain's fields. Built here with the OpenAPI-extended zod rather
 * than by calling `.openapi` on the domain schema, which only has that method when the domain module
 * was loaded after @hono/zod-openapi.
 */
export const DecisionBody = z.object(Decision.shape).openapi('Decision');

/** The wire shapes above as types, for clients (the workbench imports these). */
export type SubgraphJson = z.infer<typeof SubgraphBody>;
export type PersonJson = z.infer<typeof PersonBody>;
export type AccountJson = z.infer<typeof AccountBody>;
