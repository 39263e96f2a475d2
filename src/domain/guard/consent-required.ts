import type { ConsentRequiredRule } from '../policy/policy-schema.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/**
 * These channels only with the recipient's recorded consent (6 RCNY 5-77: email and text to a New
 * York City consumer only with their written consent). A recipient the graph does not know has
 * given none.
 */
export function compileConsentRequired(rule: ConsentRequiredRule): CompiledRule {
  const channels = new Set(rule.channels);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): readonly RuleFailure[] {
      const channel = input.request.channel;
      if (!channels.has(channel)) return PASS;
      const consent = input.context.recipient.person?.flags.consent ?? [];
      if (consent.includes(channel)) return PASS;
      return [
        {
          id: rule.id,
          code: 'consent_missing',
          params: { channel },
          reason: `no recorded consent from the recipient to be contacted by ${channel}`,
        },
      ];
    },
  };
}
