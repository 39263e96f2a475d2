import { PhraseMatcher } from '../language/phrase-matcher.js';
import type { Attempt } from '../model/index.js';
import type { RequiredContentRule } from '../policy/policy-schema.js';
import { reachedRecipient } from './attempt-scope.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/** True when an earlier outbound attempt on this account reached the request's recipient. */
function contactedBefore(input: RuleInput): boolean {
  const { request, context } = input;
  return context.history.some(
    (a: Attempt, i) =>
      a.direction !== 'inbound' &&
      a.accountId === request.accountId &&
      (input.historyTimes[i] as number) < input.at &&
      reachedRecipient(a, request, context),
  );
}

/**
 * Messages on the rule's channels must carry every element (12 CFR 1006.6(e): an opt-out notice in
 * every email and text; 自律公约: the collector states who is calling). The denial names each missing
 * element; with no message at all the rule denies unless `missingMessage: allow`.
 */
export function compileRequiredContent(rule: RequiredContentRule): CompiledRule {
  const channels = new Set(rule.channels);
  const matchers = rule.elements.map((e) => ({
    id: e.id,
    matcher: new PhraseMatcher(e.anyOf.map((phrase) => ({ phrase, category: e.id }))),
  }));
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: rule.firstContactOnly ? Number.POSITIVE_INFINITY : 0,
    check(input: RuleInput): readonly RuleFailure[] {
      const channel = input.request.channel;
      if (!channels.has(channel)) return PASS;
      if (rule.recipients === 'consumer' && input.thirdParty) return PASS;
      if (rule.recipients === 'third_party' && !input.thirdParty) return PASS;
      if (rule.firstContactOnly && contactedBefore(input)) return PASS;
      const text = input.request.message;
      const ids = matchers.map((m) => m.id);
      if (text === undefined || input.message === undefined) {
        if (rule.missingMessage === 'allow') return PASS;
        return [
          {
            id: rule.id,
            code: 'required_content_unchecked',
            params: { channel, elements: ids },
            reason: `no message text to check for the required ${ids.join(', ')}; a ${channel} must carry it`,
          },
        ];
      }
      const folded = input.message;
      // One verdict per missing element: each is its own check.
      return matchers
        .filter((m) => m.matcher.scan(text, folded).length === 0)
        .map((m) => ({
          id: rule.id,
          code: 'required_content_missing',
          params: { channel, element: m.id },
          reason: `the ${channel} lacks required content: ${m.id}`,
        }));
    },
  };
}
