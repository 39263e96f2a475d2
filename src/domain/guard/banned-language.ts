import { PhraseMatcher } from '../language/phrase-matcher.js';
import type { BannedLanguageRule } from '../policy/policy-schema.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

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
    check(input: RuleInput): readonly RuleFailure[] {
      const text = input.request.message;
      if (text === undefined || input.message === undefined) return PASS;
      const matches = matcher.scan(text, input.message);
      if (matches.length === 0) return PASS;
      const summary = matches
        .map((m) => `${m.category} "${m.phrase}" at ${m.start}–${m.end}`)
        .join(', ');
      const categories = [...new Set(matches.map((m) => m.category))];
      const phrases = [...new Set(matches.map((m) => m.phrase))];
      return [
        {
          id: rule.id,
          code: 'banned_language',
          params: { categories, phrases },
          reason: `banned language: ${summary}`,
          matches,
        },
      ];
    },
  };
}
