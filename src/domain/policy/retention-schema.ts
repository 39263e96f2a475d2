import { z } from 'zod';

/**
 * How long a policy's law requires an account's records (attempts, audit records, outbox entries)
 * to be kept. Records are kept at least this long after the account's last collection activity,
 * and purged after it: kept as long as the law says, and no longer.
 */
export const RetentionPeriod = z
  .strictObject({
    years: z
      .number()
      .int()
      .min(1)
      .max(100)
      .describe('Whole years the records are kept after the account’s last collection activity.'),
    after: z
      .enum(['last_activity'])
      .default('last_activity')
      .describe(
        'What the period runs from: the latest attempt, decision, promise or payment on the account.',
      ),
  })
  .describe(
    'How long records are kept (Regulation F 1006.100: 3 years after the last collection activity). With several applicable policies the longest period wins; with none stated, nothing is purged.',
  );
export type RetentionPeriod = z.infer<typeof RetentionPeriod>;
