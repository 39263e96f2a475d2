import { z } from 'zod';

/** One rule's verdict inside a decision. */
export const RuleVerdict = z.object({
  id: z.string(),
  policy: z.string(),
  reason: z.string(),
  nextAllowedAt: z.string().optional(),
  /** Banned-language matches: category and span in the original message. */
  matches: z
    .array(
      z.object({
        category: z.string(),
        phrase: z.string(),
        start: z.number(),
        end: z.number(),
        text: z.string(),
      }),
    )
    .optional(),
});
export type RuleVerdict = z.infer<typeof RuleVerdict>;

/** What the guard decided: allow or deny, every failed rule, and the policy version it used. */
export const Decision = z.object({
  outcome: z.enum(['allow', 'deny']),
  rules: z.array(RuleVerdict),
  policyVersion: z.string(),
});
export type Decision = z.infer<typeof Decision>;
