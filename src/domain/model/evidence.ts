import { z } from 'zod';
import { isPlausibleYear, plausibleYearCheck } from './plausible-year.js';

/** ISO-8601 date or date-time string, kept as text so the domain never reads a clock. */
export const IsoDate = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), {
    message: 'not an ISO-8601 date',
    params: { code: 'issue_iso_date' },
  })
  .refine((s) => Number.isNaN(Date.parse(s)) || isPlausibleYear(s), plausibleYearCheck());
export type IsoDate = z.infer<typeof IsoDate>;

/** Where a fact came from (application, bureau, collector_note, inbound_call, reference, …). */
export const Source = z.string().min(1).max(64);

/** Evidence carried by every relationship: its source, when it was seen and how sure we are. */
export const Evidence = z.object({
  source: Source,
  firstSeen: IsoDate.optional(),
  lastSeen: IsoDate.optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Evidence = z.infer<typeof Evidence>;
