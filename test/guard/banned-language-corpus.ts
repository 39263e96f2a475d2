import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { bannedLanguageMatcher } from '../../src/domain/guard/banned-language.js';
import type { PhraseMatch } from '../../src/domain/language/phrase-matcher.js';
import { parsePolicy } from '../../src/domain/policy/parse-policy.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One labelled message: a threat (banned, with its category), a harmless look-alike, or a negated threat. */
export const CorpusMessage = z.strictObject({
  text: z.string().min(1),
  label: z.enum(['banned', 'harmless', 'negated']),
  category: z.string().optional(),
  /** tune: the lexicons were grown on these; heldout: written with them, never tuned on. */
  split: z.enum(['tune', 'heldout']),
});
export type CorpusMessage = z.infer<typeof CorpusMessage>;

/** The corpus of one language, each line validated. */
export function loadCorpus(language: 'zh' | 'en'): CorpusMessage[] {
  const file = `${ROOT}test/fixtures/banned-language-corpus/${language}.jsonl`;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = CorpusMessage.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The banned-language rule of a reference policy, compiled. */
export function packMatcher(file: string): (text: string) => PhraseMatch[] {
  const parsed = parsePolicy(file, readFileSync(`${ROOT}policies/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems.map((p) => p.message).join('; ')}`);
  const rule = parsed.loaded.policy.rules.find((r) => r.type === 'banned_language');
  if (rule?.type !== 'banned_language') throw new Error(`${file}: no banned_language rule`);
  const matcher = bannedLanguageMatcher(rule);
  return (text) => matcher.scan(text);
}

/** Recall, false positives and negations of one split. */
export interface CorpusFigures {
  banned: number;
  caught: number;
  /** Caught with the labelled category among the matches. */
  caughtInCategory: number;
  harmless: number;
  falsePositives: number;
  negated: number;
  negatedDenied: number;
  missed: CorpusMessage[];
  flagged: { message: CorpusMessage; matches: PhraseMatch[] }[];
}

/** Runs every message of `messages` through `scan`. */
export function measure(
  messages: readonly CorpusMessage[],
  scan: (text: string) => PhraseMatch[],
): CorpusFigures {
  const f: CorpusFigures = {
    banned: 0,
    caught: 0,
    caughtInCategory: 0,
    harmless: 0,
    falsePositives: 0,
    negated: 0,
    negatedDenied: 0,
    missed: [],
    flagged: [],
  };
  for (const message of messages) {
    const matches = scan(message.text);
    const denied = matches.length > 0;
    if (message.label === 'banned') {
      f.banned++;
      if (denied) f.caught++;
      else f.missed.push(message);
      if (matches.some((m) => m.category === message.category)) f.caughtInCategory++;
    } else if (message.label === 'harmless') {
      f.harmless++;
      if (denied) {
        f.falsePositives++;
        f.flagged.push({ message, matches });
      }
    } else {
      f.negated++;
      if (denied) f.negatedDenied++;
    }
  }
  return f;
}

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

/** One table row: split, recall, false-positive rate, negations denied. */
export function row(language: string, split: string, f: CorpusFigures): string {
  return `| ${language} | ${split} | ${f.caught}/${f.banned} = ${pct(f.caught, f.banned)} | ${pct(f.caughtInCategory, f.banned)} | ${f.falsePositives}/${f.harmless} = ${pct(f.falsePositives, f.harmless)} | ${f.negatedDenied}/${f.negated} |`;
}
