import { compileBannedLanguage } from '../guard/banned-language.js';
import { compileConsentRequired } from '../guard/consent-required.js';
import { compileConsumerRequests } from '../guard/consumer-requests.js';
import { compileContactSources } from '../guard/contact-sources.js';
import { compileCoolDown } from '../guard/cool-down.js';
import { compileFrequencyCap } from '../guard/frequency-cap.js';
import { compileRequiredContent } from '../guard/required-content.js';
import type { CompiledRule } from '../guard/rule.js';
import { compileStopFlags } from '../guard/stop-flags.js';
import { compileThirdParty } from '../guard/third-party-disclosure.js';
import { compileTimeWindow } from '../guard/time-window.js';
import { compileVisitRequirements } from '../guard/visit-requirements.js';
import type { LoadedPolicy } from './parse-policy.js';
import type { Policy, RecipientRelation, Rule } from './policy-schema.js';
import type { PolicyText } from './policy-text.js';

/** A policy ready for `decide`: matchers built, durations parsed, once per file version. */
export interface CompiledPolicy {
  id: string;
  /** As the file wrote it: one text, or one per language (see `textIn`). */
  name: PolicyText;
  description?: PolicyText;
  version: string;
  file: string;
  jurisdictions: readonly string[];
  consumerRelations: ReadonlySet<RecipientRelation>;
  rules: readonly CompiledRule[];
  /** The longest history any rule reads, ms (Infinity when a rule counts all of the account's history). */
  lookbackMs: number;
  source: Policy;
}

function compileRule(rule: Rule): CompiledRule {
  switch (rule.type) {
    case 'time_window':
      return compileTimeWindow(rule);
    case 'frequency_cap':
      return compileFrequencyCap(rule);
    case 'cool_down':
      return compileCoolDown(rule);
    case 'third_party':
      return compileThirdParty(rule);
    case 'banned_language':
      return compileBannedLanguage(rule);
    case 'stop_flags':
      return compileStopFlags(rule);
    case 'required_content':
      return compileRequiredContent(rule);
    case 'consent_required':
      return compileConsentRequired(rule);
    case 'consumer_requests':
      return compileConsumerRequests(rule);
    case 'contact_sources':
      return compileContactSources(rule);
    case 'visit_requirements':
      return compileVisitRequirements(rule);
  }
}

/**
 * Compiles a validated policy once so that `decide` does no parsing or matcher building.
 * @example const compiled = compilePolicy(parsed.loaded)
 */
export function compilePolicy(loaded: LoadedPolicy): CompiledPolicy {
  const rules = loaded.policy.rules.map(compileRule);
  return {
    id: loaded.policy.id,
    name: loaded.policy.name,
    ...(loaded.policy.description === undefined ? {} : { description: loaded.policy.description }),
    version: loaded.version,
    file: loaded.file,
    jurisdictions: loaded.policy.appliesTo.jurisdictions,
    consumerRelations: new Set<RecipientRelation>(['self', ...loaded.policy.consumerRelations]),
    rules,
    lookbackMs: Math.max(0, ...rules.map((r) => r.lookbackMs)),
    source: loaded.policy,
  };
}
