import { isHan, simplifyHan } from './chinese-simplifier.js';

/**
 * Text folded for phrase matching, with a map back to the original: normalised UTF-16 unit `i`
 * came from original units `[starts[i], ends[i])`.
 */
export interface NormalisedText {
  text: string;
  starts: number[];
  ends: number[];
}

// Separators people insert to dodge filters ("坐　牢", "f.u.c.k", "f-u-c-k") and invisible format characters.
const DROPPED = /^[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}\p{M}]$/u;
const foldCache = new Map<number, string>();
const ASCII_FOLD: string[] = buildAsciiFold();

function buildAsciiFold(): string[] {
  const table: string[] = [];
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 65 && c <= 90) table.push(ch.toLowerCase());
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) table.push(ch);
    else table.push('');
  }
  return table;
}

/** How one code point reads after folding: NFKC, lower case, simplified Chinese, separators dropped. */
export function foldCodePoint(codePoint: number): string {
  if (codePoint < 128) return ASCII_FOLD[codePoint] ?? '';
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase()) {
    if (DROPPED.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    out += isHan(cp) ? simplifyHan(cp) : ch;
  }
  // Bounded: messages can carry any code point; the table must not grow without limit.
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(codePoint, out);
  return out;
}

/**
 * True for a folded unit of a script that separates words with spaces (Latin, digits, Cyrillic, Greek,
 * Hangul …); false for Chinese and Japanese, which do not, so spaces between their characters are noise.
 */
export function isSpacedWordUnit(unit: number): boolean {
  return unit < 0x2e80 || (unit >= 0xac00 && unit <= 0xd7af);
}

/** True when the code point at `i` is the end of the text or folds to nothing (a separator). */
function breakAt(original: string, i: number): boolean {
  if (i >= original.length) return true;
  return foldCodePoint(original.codePointAt(i) ?? 0) === '';
}

/**
 * Folds text for matching: NFKC (full-width → half-width), lower case, traditional → simplified
 * Chinese; spaces, punctuation and symbols are dropped inside Chinese text ("坐　牢" reads "坐牢") and
 * between single letters ("f.u.c.k" reads "fuck"), and collapse to one space between words, so
 * "of birth" never reads "ofbirth".
 * @example normaliseText('ｆｕｃｋ').text // 'fuck'
 */
export function normaliseText(original: string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let inGap = false;
  let gapStart = 0;
  let gapEnd = 0;
  let runLength = 0;
  let previousRunLength = 0;
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded === '') {
      if (!inGap) {
        inGap = true;
        gapStart = i;
        previousRunLength = runLength;
      }
      gapEnd = i + width;
      i += width;
      continue;
    }
    if (inGap) {
      inGap = false;
      if (text.length > 0 && isSpacedWordUnit(text.charCodeAt(text.length - 1)) && isSpacedWordUnit(folded.charCodeAt(0))) {
        const lettersSpelledOut = previousRunLength === 1 && folded.length === 1 && breakAt(original, i + width);
        if (!lettersSpelledOut) {
          text += ' ';
          starts.push(gapStart);
          ends.push(gapEnd);
        }
      }
      runLength = 0;
    }
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    text += folded;
    runLength += folded.length;
    i += width;
  }
  return { text, starts, ends };
}

/** A phrase folded the same way as messages, so both sides of a match agree. */
export function normalisePhrase(phrase: string): string {
  return normaliseText(phrase).text;
}
