import { compileBannedLanguage } from '../guard/banned-language.js';
import { compileCoolDown } from '../guard/cool-down.js';
import { compileFrequencyCap } from '../guard/frequency-cap.js';
import type { CompiledRule } from '../guard/rule.js';
import { compileStopFlags } from '../guard/stop-flags.js';
import { compileThirdParty } from '../guard/third-party-disclosure.js';
import { compileTimeWindow } from '../guard/time-window.js';
import type { LoadedPolicy } from './parse-policy.js';
import type { Policy, RecipientRelation, Rule } from './policy-schema.js';

/** A policy ready for `decide`: matchers built, durations parsed, once per file version. */
export interface CompiledPolicy {
  id: string;
  name: string;
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
    version: loaded.version,
    file: loaded.file,
    jurisdictions: loaded.policy.appliesTo.jurisdictions,
    consumerRelations: new Set<RecipientRelation>(['self', ...loaded.policy.consumerRelations]),
    rules,
    lookbackMs: Math.max(0, ...rules.map((r) => r.lookbackMs)),
    source: loaded.policy,
  };
}
