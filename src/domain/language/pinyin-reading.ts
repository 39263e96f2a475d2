import { pinyin } from 'pinyin-pro';
import { isHan } from './chinese-simplifier.js';
import { decodeUnits, type NormalisedText, normalisePhrase } from './normalise-text.js';

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
/** The longest toneless syllable ("zhuang", "chuang", "shuang") has six letters. */
const LONGEST_SYLLABLE = 6;
/** BMP Han code point → its reading, filled lazily (the hot path is one array read). */
const bmpReadings: (string | undefined)[] = new Array<string | undefined>(0x10000);

function cachedReading(cp: number): string {
  if (cp < 0x10000) {
    const known = bmpReadings[cp];
    if (known !== undefined) return known;
    const reading = readingOf(cp);
    bmpReadings[cp] = reading;
    return reading;
  }
  return readingOf(cp);
}

/**
 * The pinyin reading of folded text: each Chinese character becomes its syllable (positions: that
 * character in the original), Latin letters stay, everything else (spaces, digits for tones,
 * punctuation) only marks a boundary. "坐 lao" and "做牢" both read "zuolao". With `readHan` false,
 * Chinese characters are boundaries too (only pinyin spellings are read: the caller's shortcut for
 * text holding none of the characters its terms are made of).
 */
export function pinyinReading(folded: NormalisedText, readHan = true): PinyinText {
  const { text } = folded;
  if (scratch.units.length < text.length * LONGEST_SYLLABLE)
    scratch = scratchOf(text.length * LONGEST_SYLLABLE);
  const { units, starts, ends, syllableStart, midSyllable, hanOf } = scratch;
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= A && unit <= Z) {
      units[n] = unit;
      starts[n] = folded.starts[i] as number;
      ends[n] = folded.ends[i] as number;
      syllableStart[n] = inWord ? 0 : 1;
      midSyllable[n] = 0;
      hanOf[n] = 0; // scratch is reused: every field of every unit is written
      n++;
      inWord = true;
      continue;
    }
    inWord = false;
    if (unit < 0x3400) continue; // below the CJK blocks: a boundary only
    const cp = text.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const syllable = readHan && isHan(cp) ? cachedReading(cp) : '';
    const start = folded.starts[i] as number;
    const end = folded.ends[i + width - 1] as number;
    for (let k = 0; k < syllable.length; k++) {
      units[n] = syllable.charCodeAt(k);
      starts[n] = start;
      ends[n] = end;
      syllableStart[n] = k === 0 ? 1 : 0;
      midSyllable[n] = k === syllable.length - 1 ? 0 : 1;
      hanOf[n] = cp;
      n++;
    }
    i += width - 1;
  }
  // Copies of the used part: allocating (and zeroing) six full-size arrays per message cost more
  // than reading it.
  return {
    text: decodeUnits(units, n),
    starts: starts.slice(0, n),
    ends: ends.slice(0, n),
    syllableStart: syllableStart.slice(0, n),
    midSyllable: midSyllable.slice(0, n),
    hanOf: hanOf.slice(0, n),
  };
}

interface Scratch {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  syllableStart: Uint8Array;
  midSyllable: Uint8Array;
  hanOf: Uint32Array;
}

function scratchOf(size: number): Scratch {
  return {
    units: new Uint16Array(size),
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    syllableStart: new Uint8Array(size),
    midSyllable: new Uint8Array(size),
    hanOf: new Uint32Array(size),
  };
}

let scratch = scratchOf(4096);

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
