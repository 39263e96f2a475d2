import { z } from 'zod';
import { RelationKind } from '../model/index.js';
import { type Reliabilities, reliabilitiesWith } from './reliabilities.js';

/** The calibration file's format name and the version of its layout (a new layout gets a new number). */
export const CALIBRATION_FORMAT = 'skipgraph-calibration';
export const CALIBRATION_VERSION = 1;

const Probability = z.number().min(0).max(1);

const Row = z.object({
  from: z.number(),
  to: z.number(),
  count: z.number().int().min(0),
  meanPredicted: Probability,
  observedRate: Probability,
});

const Report = z.object({
  samples: z.number().int().min(0),
  brier: z.number().min(0).max(1),
  table: z.array(Row),
});

/** A portfolio's calibration of the ranking, as `skipgraph calibrate` writes it and the ranking loads it. */
export const Calibration = z.object({
  format: z.literal(CALIBRATION_FORMAT),
  version: z.literal(CALIBRATION_VERSION),
  /** Names this fit (from the time it was made), so a route's answer can be traced to it. */
  id: z.string().min(1).max(100),
  fittedAt: z.iso.datetime({ offset: true }),
  /** Recorded attempts read, and those decided (used: right party, wrong party, invalid, …). */
  attempts: z.number().int().min(0),
  samples: z.number().int().min(0),
  priorStrength: z.number().positive(),
  source: z.record(z.string().min(1).max(64), Probability),
  relation: z.partialRecord(RelationKind, Probability),
  age: z
    .array(z.object({ fromDays: z.number().int().min(0), factor: z.number().positive().max(10) }))
    .min(1)
    .refine((a) => a[0]?.fromDays === 0, 'the first age bucket starts at 0 days')
    .refine(
      (a) => a.every((b, i) => i === 0 || b.fromDays > a[i - 1]!.fromDays),
      'age buckets ascend by fromDays',
    ),
  /** The workplace route's employment hop; absent in files written before it was fitted (default then). */
  employment: Probability.optional(),
  /** How many decided attempts each fitted value rests on. */
  support: z.object({
    source: z.record(z.string(), z.number().int().min(0)),
    relation: z.partialRecord(RelationKind, z.number().int().min(0)),
    age: z.array(z.number().int().min(0)),
    employment: z.number().int().min(0).optional(),
  }),
  report: z.object({ before: Report, after: Report }),
});
export type Calibration = z.infer<typeof Calibration>;

/** The reliabilities a calibration sets, laid over the defaults. */
export function reliabilitiesOf(calibration: Calibration | undefined): Reliabilities {
  return calibration
    ? reliabilitiesWith({
        source: calibration.source,
        relation: calibration.relation,
        age: calibration.age,
        ...(calibration.employment !== undefined ? { employment: calibration.employment } : {}),
      })
    : reliabilitiesWith(undefined);
}
