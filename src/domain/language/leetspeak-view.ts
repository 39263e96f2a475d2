import { MASK, type NormalisedText, normaliseText } from './normalise-text.js';

/**
 * Digits and symbols written for letters ("j@il", "k1ll", "pr1s0n", "$hit", "f*ck"), read back as
 * letters. Two readings, because "1" and "!" stand for "i" as often as for "l", and "@" for "a" as
 * often as for a masked vowel ("f@ck"); a second view is built only when the message has one of them.
 */
const FIRST_READING: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '*': MASK,
  '#': MASK,
};
const SECOND_READING: Readonly<Record<string, string>> = {
  ...FIRST_READING,
  '1': 'l',
  '!': MASK,
  '@': MASK,
  '|': 'i',
};
/** A leet character touching a Latin letter: the cheap test that most messages fail. */
const LEET_NEAR_LETTER = /[013457@$!|*#][A-Za-z]|[A-Za-z][013457@$!|*#]/;
const LETTER = /\p{L}/u;
const TOKEN = /[^\s\p{Script=Han}]+/gu;

/**
 * The message read with leetspeak undone, 0–2 views. Only tokens (runs between spaces and Chinese
 * characters) that hold a letter are rewritten, so "$500" or "1-800-555-0100" stay as they are.
 * Each substitution is one UTF-16 unit for one, so the views' position maps point into the original.
 */
export function leetspeakViews(original: string): NormalisedText[] {
  if (!LEET_NEAR_LETTER.test(original)) return [];
  const first = rewrite(original, FIRST_READING);
  if (first === original) return [];
  const views = [normaliseText(first)];
  const second = rewrite(original, SECOND_READING);
  if (second !== first) views.push(normaliseText(second));
  return views;
}

function rewrite(original: string, reading: Readonly<Record<string, string>>): string {
  return original.replace(TOKEN, (token) => {
    if (!LETTER.test(token)) return token;
    let out = '';
    for (const ch of token) out += reading[ch] ?? ch;
    return out;
  });
}

/**
 * A word's masked spellings: every run of its letters after the first written as masks ("f*ck",
 * "f**k", "sh*t", "f***"). Only single words of 4 to 12 letters: shorter ones masked ("f*i") say
 * too little.
 */
export function maskedSpellings(folded: string): string[] {
  if (!/^[a-z]{4,12}$/.test(folded)) return [];
  const out: string[] = [];
  for (let from = 1; from < folded.length; from++)
    for (let to = from + 1; to <= folded.length; to++)
      if (to - from < folded.length)
        out.push(folded.slice(0, from) + MASK.repeat(to - from) + folded.slice(to));
  return out;
}
