import { z } from 'zod';

/**
 * A failed check (`fail`: the rule was evaluated and says no) or a rule that could not be evaluated
 * (`error`: it threw, so it denies without having judged), as Open Policy Agent tells FAIL from ERROR.
 */
export const VerdictKind = z.enum(['fail', 'error']);
export type VerdictKind = z.infer<typeof VerdictKind>;

/** The values a verdict's message is rendered from: numbers, times, terms, lists of names. */
export const VerdictParams = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
);
export type VerdictParams = z.infer<typeof VerdictParams>;

/** One failed check inside a decision: one verdict per check, so a rule may give several. */
export const RuleVerdict = z.object({
  id: z.string(),
  policy: z.string(),
  kind: VerdictKind,
  /** Stable, snake_case name of the failed check (e.g. `outside_hours`), the key of its message. */
  code: z.string(),
  /** What the message for `code` needs, e.g. `{ from: '08:00', to: '21:00', zones: [...] }`. */
  params: VerdictParams,
  /** The verdict in English words, for logs and readers without a catalogue. */
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

/** What the guard decided: allow or deny, every failed check, and the policy version it used. */
export const Decision = z.object({
  outcome: z.enum(['allow', 'deny']),
  rules: z.array(RuleVerdict),
  policyVersion: z.string(),
  /** Present (true) when a rule could not be evaluated: its verdict has kind `error`; the guard denied. */
  errors: z.literal(true).optional(),
});
export type Decision = z.infer<typeof Decision>;
