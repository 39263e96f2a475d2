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

/** A failed check, before decide names its policy (a rule's checks only ever fail; errors are decide's). */
export type RuleFailure = Omit<RuleVerdict, 'policy' | 'kind'>;

/** What a rule answers when every check passes (shared, so passing allocates nothing). */
export const PASS: readonly RuleFailure[] = Object.freeze([]);

/** A rule compiled once (matchers built, durations parsed) and checked on every decision. */
export interface CompiledRule {
  id: string;
  type: string;
  /** The longest history this rule looks back over, ms (0 when it reads none; Infinity for all of it). */
  lookbackMs: number;
  /** One failure per failed check; empty (PASS) when the rule allows. */
  check(input: RuleInput): readonly RuleFailure[];
}
