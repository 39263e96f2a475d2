import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type CalibrationInForce,
  calibrationView,
  defaultsInForce,
} from '../../app/calibration/calibration-in-force.js';
import { requires } from '../auth.js';
import type { ApiDeps } from '../deps.js';
import type { ApiEnv } from '../env.js';
import { errorResponses } from '../error-body.js';

const Values = z.object({
  source: z.record(z.string(), z.number()),
  relation: z.record(z.string(), z.number()),
  age: z.array(z.object({ fromDays: z.number(), factor: z.number() })),
  employment: z.number().openapi({
    description:
      "The hop from the debtor to an employer (workplace routes' reliability before age)",
  }),
});

const Report = z.object({
  samples: z.number(),
  brier: z.number(),
  table: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      count: z.number(),
      meanPredicted: z.number(),
      observedRate: z.number(),
    }),
  ),
});

const CalibrationBody = z
  .object({
    inForce: z.enum(['defaults', 'calibration']).openapi({
      description:
        '`defaults`: the documented values of ranking-parameters.ts; `calibration`: a fit to the portfolio (skipgraph calibrate)',
    }),
    path: z.string().optional(),
    id: z.string().optional(),
    format: z.string().optional(),
    version: z.number().optional(),
    fittedAt: z.string().optional(),
    attempts: z.number().optional(),
    samples: z.number().optional(),
    priorStrength: z.number().optional(),
    reliabilities: Values.openapi({ description: 'The values ranking routes now' }),
    defaults: Values,
    support: z
      .object({
        source: z.record(z.string(), z.number()),
        relation: z.record(z.string(), z.number()),
        age: z.array(z.number()),
        employment: z.number().optional(),
      })
      .optional(),
    report: z.object({ before: Report, after: Report }).optional().openapi({
      description:
        'Brier score and reliability table on the decided attempts, with the defaults (before) and the fit (after)',
    }),
  })
  .openapi('RankingCalibration');

const calibrationRoute = createRoute({
  method: 'get',
  path: '/v1/ranking/calibration',
  tags: ['routes'],
  summary: 'The calibration the ranking uses: its values, version and fit report, or the defaults',
  security: [{ bearer: [] }],
  middleware: [requires('routes:read')] as const,
  responses: {
    200: {
      description: 'calibration in force',
      content: { 'application/json': { schema: CalibrationBody } },
    },
    ...errorResponses(),
  },
});

/**
 * GET /v1/ranking/calibration: which reliabilities rank routes (a portfolio's calibration or the defaults).
 * @example createApp(deps, { modules: [rankingModule(inForce)] })
 */
export function rankingModule(
  inForce: CalibrationInForce = defaultsInForce(),
): (deps: ApiDeps) => OpenAPIHono<ApiEnv> {
  return () => {
    const app = new OpenAPIHono<ApiEnv>();
    app.openapi(calibrationRoute, (c) =>
      c.json(calibrationView(inForce) as z.infer<typeof CalibrationBody>, 200),
    );
    return app;
  };
}
