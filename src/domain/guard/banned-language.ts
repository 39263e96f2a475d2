import { PhraseMatcher } from '../language/phrase-matcher.js';
import type { BannedLanguageRule } from '../policy/policy-schema.js';
import type { CompiledRule, RuleFailure, RuleInput } from './rule.js';

/** Builds the rule's matcher once: every category's terms in one automaton. */
export function bannedLanguageMatcher(rule: Pick<BannedLanguageRule, 'phrases'>): PhraseMatcher {
  return new PhraseMatcher(
    rule.phrases.flatMap((group) =>
      group.terms.map((phrase) => ({ phrase, category: group.category })),
    ),
  );
}

/** No message may contain a banned phrase; the failure names each category and the span in the original text. */
export function compileBannedLanguage(rule: BannedLanguageRule): CompiledRule {
  const matcher = bannedLanguageMatcher(rule);
  return {
    id: rule.id,
    type: rule.type,
    lookbackMs: 0,
    check(input: RuleInput): RuleFailure | undefined {
      const text = input.request.message;
      if (text === undefined || input.message === undefined) return undefined;
      const matches = matcher.scan(text, input.message);
      if (matches.length === 0) return undefined;
      const summary = matches
        .map((m) => `${m.category} "${m.phrase}" at ${m.start}–${m.end}`)
        .join(', ');
      return { id: rule.id, reason: `banned language: ${summary}`, matches };
    },
  };
}
