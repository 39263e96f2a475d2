import type { VisitRequirementsRule } from '../policy/policy-schema.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/**
 * On-site visits (外访): the request names the collectors going and whether the visit is recorded;
 * the rule asks for at least `minCollectors` of them (银行业协会指引 2026: at least two) and, with
 * `recording`, a recording of the whole visit (自律公约 2018: on-site visits recorded). A visit request
 * that says neither fails closed.
 */
export function compileVisitRequirements(rule: VisitRequirementsRule): CompiledRule {
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): readonly RuleFailure[] {
      if (input.request.channel !== 'visit') return PASS;
      const visit = input.request.visit;
      if (!visit)
        return [
          {
            id: rule.id,
            code: 'visit_unplanned',
            params: { minCollectors: rule.minCollectors, recording: rule.recording },
            reason: 'a visit must name its collectors and whether it is recorded',
          },
        ];
      const failures: RuleFailure[] = [];
      const collectors = [
        ...new Set(visit.collectors.map((c) => c.trim()).filter((c) => c !== '')),
      ];
      if (collectors.length < rule.minCollectors)
        failures.push({
          id: rule.id,
          code: 'visit_too_few_collectors',
          params: { count: collectors.length, min: rule.minCollectors },
          reason: `${collectors.length} collector(s) named for the visit; at least ${rule.minCollectors} must go`,
        });
      if (rule.recording && !visit.recorded)
        failures.push({
          id: rule.id,
          code: 'visit_not_recorded',
          params: {},
          reason: 'the visit must be recorded from start to end',
        });
      return failures;
    },
  };
}
