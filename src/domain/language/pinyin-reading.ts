import { pinyin } from 'pinyin-pro';
import { isHan } from './chinese-simplifier.js';
import { type NormalisedText, normalisePhrase } from './normalise-text.js';

/**
 * Chinese read aloud: toneless pinyin from pinyin-pro, so homophones written to dodge a filter
 * ("做牢", "坐劳" for 坐牢) and pinyin spellings ("zuo lao", "ZUOLAO", "zuò láo") read alike.
 *
 * Messages are read one character at a time, each with its most common reading: pinyin-pro's
 * phrase-aware reading costs ~600 µs per 500-character message, the per-character table a few µs
 * once warm. A term is registered under its per-character reading (so it always matches its own
 * text) and, where that differs, under its phrase-aware reading (so "huan qian" matches 还钱).
 */
const readings = new Map<number, string>();

/** The toneless pinyin of one Han code point ("" when pinyin-pro knows none). */
export function readingOf(codePoint: number): string {
  const known = readings.get(codePoint);
  if (known !== undefined) return known;
  const [syllable = ''] = pinyin(String.fromCodePoint(codePoint), {
    toneType: 'none',
    type: 'array',
    v: true,
  });
  const reading = /^[a-z]+$/.test(syllable) ? syllable : '';
  readings.set(codePoint, reading);
  return reading;
}

/** Folded text read as pinyin: letters only, and which units start a syllable or a word. */
export interface PinyinText extends NormalisedText {
  /** 1 where a syllable (from a Chinese character) or a Latin word starts. */
  syllableStart: Uint8Array;
  /** 1 inside a Chinese character's syllable, before its last letter (a match may not end there). */
  midSyllable: Uint8Array;
  /** The (simplified) Chinese character a unit was read from; 0 for a Latin letter. */
  hanOf: Uint32Array;
}

const A = 97;
const Z = 122;

/**
 * The pinyin reading of folded text: each Chinese character becomes its syllable (positions: that
 * character in the original), Latin letters stay, everything else (spaces, digits for tones,
 * punctuation) only marks a boundary. "坐 lao" and "做牢" both read "zuolao".
 */
export function pinyinReading(folded: NormalisedText): PinyinText {
  const units: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const syllableStart: number[] = [];
  const midSyllable: number[] = [];
  const hanOf: number[] = [];
  let inWord = false;
  const { text } = folded;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= A && unit <= Z) {
      units.push(unit);
      starts.push(folded.starts[i] as number);
      ends.push(folded.ends[i] as number);
      syllableStart.push(inWord ? 0 : 1);
      midSyllable.push(0);
      hanOf.push(0);
      inWord = true;
      continue;
    }
    inWord = false;
    const cp = text.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const syllable = isHan(cp) ? readingOf(cp) : '';
    for (let k = 0; k < syllable.length; k++) {
      units.push(syllable.charCodeAt(k));
      starts.push(folded.starts[i] as number);
      ends.push(folded.ends[i + width - 1] as number);
      syllableStart.push(k === 0 ? 1 : 0);
      midSyllable.push(k === syllable.length - 1 ? 0 : 1);
      hanOf.push(cp);
    }
    i += width - 1;
  }
  return {
    text: fromUnits(units),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    syllableStart: Uint8Array.from(syllableStart),
    midSyllable: Uint8Array.from(midSyllable),
    hanOf: Uint32Array.from(hanOf),
  };
}

function fromUnits(units: readonly number[]): string {
  let out = '';
  // In chunks: spreading a long message's units into one call would overflow the stack.
  for (let at = 0; at < units.length; at += 4096)
    out += String.fromCharCode(...units.slice(at, at + 4096));
  return out;
}

/**
 * The keys a sounds-like term is registered under: its per-character reading and its
 * phrase-aware reading, letters only ("坐牢" → ["zuolao"], "zuo lao" → ["zuolao"]).
 */
export function soundKeys(term: string): string[] {
  const folded = normalisePhrase(term);
  const perCharacter = pinyinReading({
    text: folded,
    starts: new Int32Array(folded.length),
    ends: new Int32Array(folded.length),
  }).text;
  const inContext = pinyin(folded, { toneType: 'none', type: 'array', v: true })
    .join('')
    .replace(/[^a-z]/g, '');
  return [...new Set([perCharacter, inContext].filter((key) => key !== ''))];
}

/** The term's Chinese characters, folded (simplified), in order. */
export function hanCharacters(term: string): number[] {
  const out: number[] = [];
  for (const ch of normalisePhrase(term)) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isHan(cp)) out.push(cp);
  }
  return out;
}

/** How many Chinese characters a term has (a sounds-like term needs two: one syllable has too many homophones). */
export function hanCount(term: string): number {
  let n = 0;
  for (const ch of term) if (isHan(ch.codePointAt(0) ?? 0)) n++;
  return n;
}
