import { LexiconMatcher } from '../language/lexicon-matcher.js';
import type { BannedLanguageRule } from '../policy/policy-schema.js';
import { type CompiledRule, PASS, type RuleFailure, type RuleInput } from './rule.js';

/** Builds the rule's matcher once: every category's terms, sounds-like terms and proximity patterns. */
export function bannedLanguageMatcher(rule: Pick<BannedLanguageRule, 'phrases'>): LexiconMatcher {
  return new LexiconMatcher(
    rule.phrases.map((group) => ({
      category: group.category,
      terms: group.terms,
      soundsLike: group.soundsLike,
      near: group.near.map((pattern) => ({
        within: pattern.within,
        ordered: pattern.ordered,
        terms: pattern.terms.map((slot) => (typeof slot === 'string' ? [slot] : slot)),
      })),
    })),
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
      // The words as the message has them: a proximity pattern's own spelling lists its alternatives.
      const phrases = [...new Set(matches.map((m) => m.text))];
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
