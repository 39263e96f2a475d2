import type { NormalisedText } from '../language/normalise-text.js';
import type { RuleVerdict } from './decision.js';
import type { GuardContext, GuardRequest } from './guard-context.js';

/** What a compiled rule reads: the request, the context, the instant, and facts decide works out once. */
export interface RuleInput {
  request: GuardRequest;
  context: GuardContext;
  /** The decision instant, epoch ms. */
  at: number;
  /** The message folded for matching, computed once per decision; undefined without a message. */
  message?: NormalisedText;
  /** True when the recipient is not the consumer under the policy being evaluated. */
  thirdParty: boolean;
  /** `context.history[i].at` as epoch ms, parsed once per decision (an unreadable time reads as `at`). */
  historyTimes: readonly number[];
}

/** A failed rule, before decide names its policy. */
export type RuleFailure = Omit<RuleVerdict, 'policy'>;

/** A rule compiled once (matchers built, durations parsed) and checked on every decision. */
export interface CompiledRule {
  id: string;
  type: string;
  /** The longest history this rule looks back over, ms (0 when it reads none; Infinity for all of it). */
  lookbackMs: number;
  check(input: RuleInput): RuleFailure | undefined;
}
