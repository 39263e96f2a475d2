import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { PolicySnapshot, PolicySource } from '../../app/policy/policy-registry.js';
import { simulatePolicy } from '../../app/policy/simulate-policy.js';
import { validatePolicyText } from '../../app/policy/validate-policy.js';
import { RuleVerdict } from '../../domain/guard/decision.js';
import { Channel } from '../../domain/model/channel.js';
import { policyText } from '../../domain/policy/policy-text-schema.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';

const security = [{ bearer: [] }];

const Problem = z
  .object({
    file: z.string(),
    path: z.string(),
    code: z.string(),
    message: z.string().openapi({ description: "The problem in the reader's language" }),
    params: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The message's arguments (the schema's issue, figures, names)" }),
    line: z.number().optional(),
    column: z.number().optional(),
  })
  .openapi('PolicyProblem');

// The policy file's own schema of a text (a name's limits are within a description's).
const PolicyTextBody = policyText(0, 4000).openapi('PolicyText', {
  description:
    'As the policy file wrote it: a plain string, shown as written in every language, or a text per language ({ "zh-CN": …, "en": … }, at least one; a reader of the missing language is shown the other)',
  example: { 'zh-CN': '中国个人消费贷款催收规范', en: 'China consumer-loan collection' },
});

const Snapshot = z
  .object({
    dir: z.string(),
    loadedAt: z.string(),
    policies: z.array(
      z.object({
        id: z.string(),
        name: PolicyTextBody,
        description: PolicyTextBody.optional(),
        file: z.string(),
        version: z.string(),
        jurisdictions: z.array(z.string()),
        rules: z.array(z.object({ id: z.string(), type: z.string() })),
        stale: z.boolean(),
      }),
    ),
    errors: z.array(Problem),
  })
  .openapi('PolicySnapshot');

const list = createRoute({
  method: 'get',
  path: '/v1/policies',
  tags: ['policies'],
  summary: 'The loaded policies with their version hashes, and every load error',
  security,
  middleware: [requires('policies:read')] as const,
  responses: {
    200: {
      description: 'policies in force',
      content: { 'application/json': { schema: Snapshot } },
    },
    ...errorResponses(),
  },
});

const validate = createRoute({
  method: 'post',
  path: '/v1/policies/validate',
  tags: ['policies'],
  summary:
    'Validates a policy file (YAML body) without loading it: every problem with path and line',
  security,
  middleware: [requires('policies:read')] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/yaml': { schema: z.string().openapi({ example: 'id: cn-collection\n…' }) },
      },
    },
  },
  responses: {
    200: {
      description: 'valid or not, with problems',
      content: {
        'application/json': {
          schema: z
            .object({
              valid: z.boolean(),
              problems: z.array(Problem),
              policy: z.record(z.string(), z.unknown()).optional(),
            })
            .openapi('PolicyValidation'),
        },
      },
    },
    ...errorResponses(400),
  },
});

const SimulateRequest = z
  .strictObject({
    policy: z
      .string()
      .min(1)
      .max(512 * 1024)
      .openapi({ description: 'The candidate policy, as YAML text' }),
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    limit: z.number().int().min(1).max(50_000).optional(),
  })
  .openapi('SimulationRequest');

const ChangedDecisionBody = z
  .object({
    source: z.enum(['attempt', 'denied_outreach']).openapi({
      description: 'A recorded attempt, or a send the guard denied (it has no attempt)',
    }),
    id: z.string().openapi({ description: "The attempt's id, or the denied send's audit id" }),
    accountId: z.string(),
    at: z.string(),
    channel: Channel,
    rules: z
      .array(
        RuleVerdict.pick({
          id: true,
          policy: true,
          kind: true,
          code: true,
          params: true,
          reason: true,
        }),
      )
      .openapi({
        description:
          "The rules of the decision that denies: the candidate's for allow → deny, the current policies' for deny → allow",
      }),
  })
  .openapi('ChangedDecision');

const ChangeCounts = z.object({
  rule: z.string(),
  allowToDeny: z.number().int(),
  denyToAllow: z.number().int(),
});

const SimulationBody = z
  .object({
    policy: z.object({ id: z.string(), version: z.string() }),
    from: z.string(),
    to: z.string(),
    decided: z.number().int().openapi({ description: 'Contacts of the period re-decided' }),
    truncated: z
      .boolean()
      .openapi({ description: 'True when the period held more contacts than were re-decided' }),
    unchanged: z.number().int(),
    allowToDeny: z.number().int(),
    denyToAllow: z.number().int(),
    withoutMessage: z.number().int().openapi({
      description:
        'Contacts whose message cannot be re-read (only its digest is kept): banned-language and disclosure rules see no text',
    }),
    examples: z.object({
      allowToDeny: z.array(ChangedDecisionBody),
      denyToAllow: z.array(ChangedDecisionBody),
    }),
    byRule: z.array(ChangeCounts).openapi({
      description:
        'Every changed decision counted under each rule that denies it, most changes first',
    }),
  })
  .openapi('SimulationResult');

const simulate = createRoute({
  method: 'post',
  path: '/v1/policies/simulate',
  tags: ['policies'],
  summary:
    'Re-decides every recorded contact in a period under a candidate policy; counts and examples of changes',
  security,
  middleware: [requires('policies:write')] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: SimulateRequest } } },
  },
  responses: {
    200: {
      description: 'what would change',
      content: {
        'application/json': {
          schema: SimulationBody,
        },
      },
    },
    ...errorResponses(400),
  },
});

/**
 * Policy routes for compliance officers: list, validate, simulate.
 * @example createApp(deps, { modules: [policiesModule({ registry })] })
 */
export function policiesModule(extra: {
  registry: PolicySource & { snapshot(): PolicySnapshot };
}): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return (deps) => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(list, (c) => {
      const snapshot = extra.registry.snapshot();
      const policies = snapshot.policies.map((p) => ({
        ...p,
        jurisdictions: [...p.jurisdictions],
        rules: [...p.rules],
      }));
      return c.json({ ...snapshot, policies, errors: [...snapshot.errors] }, 200);
    });
    app.openapi(validate, async (c) => {
      const text = await c.req.text();
      return c.json(validatePolicyText(text), 200);
    });
    app.openapi(simulate, async (c) => {
      const body = c.req.valid('json');
      const result = await simulatePolicy(
        { store: deps.store, registry: extra.registry, clock: deps.clock, newId: deps.newId },
        {
          policyYaml: body.policy,
          from: body.from,
          to: body.to,
          ...(body.limit ? { limit: body.limit } : {}),
        },
      );
      return c.json(result, 200);
    });
    return app;
  };
}
