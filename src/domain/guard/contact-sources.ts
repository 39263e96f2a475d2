import type { ContactSourcesRule } from '../policy/policy-schema.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/**
 * Pre-agreed contacts only: a third party may be contacted only when the evidence linking them to the
 * debtor comes from an allowed source (the 银行业协会指引 2026 and 自律公约: contacts the debtor gave,
 * `application` or `contract`), and never when any evidence about them or the contact point comes from
 * a forbidden one (`address_book`: numbers harvested from a phone, the guideline's ban on 爆通讯录).
 * A third party with no recorded source fails closed.
 */
export function compileContactSources(rule: ContactSourcesRule): CompiledRule {
  const allowed = new Set(rule.allowed);
  const forbidden = new Set(rule.forbidden);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): readonly RuleFailure[] {
      if (!input.thirdParty) return PASS;
      const { relationSources = [], contactSources = [] } = input.context.recipient;
      const failures: RuleFailure[] = [];
      const banned = [...new Set([...relationSources, ...contactSources])].filter((s) =>
        forbidden.has(s),
      );
      if (banned.length > 0)
        failures.push({
          id: rule.id,
          code: 'source_forbidden',
          params: { sources: banned },
          reason: `the third party or this contact point is known only from a forbidden source (${banned.join(', ')})`,
        });
      if (allowed.size > 0 && relationSources.length === 0)
        failures.push({
          id: rule.id,
          code: 'source_not_recorded',
          params: { allowedSources: [...allowed] },
          reason: `the third party has no recorded source, so is not shown to be a contact the debtor gave (allowed: ${[...allowed].join(', ')})`,
        });
      else if (allowed.size > 0 && !relationSources.some((s) => allowed.has(s)))
        failures.push({
          id: rule.id,
          code: 'source_not_pre_agreed',
          params: { sources: [...relationSources], allowedSources: [...allowed] },
          reason: `the third party is not a contact the debtor gave (known from ${relationSources.join(', ')}; allowed: ${[...allowed].join(', ')})`,
        });
      return failures;
    },
  };
}
