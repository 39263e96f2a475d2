import { z } from 'zod';
import { hanCount, soundKeys } from '../language/pinyin-reading.js';
import { base, StableId, Term } from './policy-fields.js';

/**
 * A term matched by its toneless pinyin: two Chinese characters at least, or a pinyin spelling of
 * four letters at least (one syllable has too many homophones to deny on).
 */
const SoundTerm = Term.refine(
  (t) => hanCount(t) >= 2 || (hanCount(t) === 0 && (soundKeys(t)[0]?.length ?? 0) >= 4),
  {
    message: 'a sounds-like term needs two Chinese characters, or four letters of pinyin',
    params: { code: 'issue_sound_term' },
  },
);

/** Terms that are banned only near each other. */
export const NearPattern = z
  .strictObject({
    terms: z
      .array(z.union([Term, z.array(Term).min(1).max(100)]))
      .min(2)
      .max(4)
      .describe(
        'Two to four slots, each a term or a list of alternatives; all must occur, in this order.',
      ),
    within: z
      .number()
      .int()
      .min(0)
      .max(200)
      .describe(
        'Most characters between one slot and the next, counted in folded text (spaces inside Chinese and inserted separators not counted).',
      ),
    ordered: z
      .boolean()
      .default(true)
      .describe('false: the two slots match in either order (only for two slots).'),
  })
  .refine((p) => p.ordered || p.terms.length === 2, {
    message: 'an unordered pattern has exactly two slots',
    path: ['ordered'],
    params: { code: 'issue_unordered_slots' },
  });
export type NearPattern = z.infer<typeof NearPattern>;

/** One banned-language category: its terms, sounds-like terms and proximity patterns. */
export const PhraseGroup = z
  .strictObject({
    category: StableId.describe('Category named in decisions, e.g. threat_arrest.'),
    terms: z
      .array(Term)
      .default([])
      .describe(
        'Phrases matched after folding (look-alike letters, leetspeak, masked and spaced-out letters too).',
      ),
    soundsLike: z
      .array(SoundTerm)
      .default([])
      .describe(
        'Phrases also matched by toneless pinyin: homophones (做牢 for 坐牢) and pinyin spellings (zuo lao). Use for phrases whose homophones are not ordinary words.',
      ),
    near: z
      .array(NearPattern)
      .default([])
      .describe('Terms banned when they occur near each other, e.g. 通知 … 领导, "call" … "boss".'),
  })
  .refine((g) => g.terms.length + g.soundsLike.length + g.near.length > 0, {
    message: 'a category needs at least one of terms, soundsLike or near',
    params: { code: 'issue_category_empty' },
  });
export type PhraseGroup = z.infer<typeof PhraseGroup>;

export const BannedLanguageRule = z.strictObject({
  ...base,
  type: z
    .literal('banned_language')
    .describe(
      'Messages must not contain these phrases (folded: full-width, case, traditional Chinese, look-alike letters, leetspeak, inserted separators; Chinese also read as pinyin for soundsLike terms).',
    ),
  phrases: z.array(PhraseGroup).min(1),
});
export type BannedLanguageRule = z.infer<typeof BannedLanguageRule>;
