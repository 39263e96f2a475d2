import { isHan, simplifyHan } from './chinese-simplifier.js';
import { latinLookAlike, stripMarks } from './confusables.js';

/**
 * Text folded for phrase matching, with a map back to the original: normalised UTF-16 unit `i`
 * came from original units `[starts[i], ends[i])`.
 */
export interface NormalisedText {
  text: string;
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
}

// Separators people insert to dodge filters ("坐　牢", "f.u.c.k", "f-u-c-k") and invisible format characters.
const DROPPED = /^[\p{Z}\p{P}\p{S}\p{Cc}\p{Cf}\p{M}]$/u;
const foldCache = new Map<number, string>();
/** Basic Multilingual Plane folds, by code point: the hot path is one array read. */
const bmpFolds: (string | undefined)[] = new Array<string | undefined>(0x10000);
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

/**
 * A letter masked out ("f*ck"): the leetspeak view writes it for "*" and "#" inside a word, and a
 * policy term's masked variants carry it, so "f*ck" and "f**k" match "fuck". A private-use code
 * point, so no text means it.
 */
export const MASK = '\ue000';
const MASK_UNIT = 0xe000;

/**
 * How one code point reads after folding: NFKC, look-alikes of Latin letters from other scripts
 * (Unicode confusables), lower case, accents removed, simplified Chinese, separators dropped.
 */
export function foldCodePoint(codePoint: number): string {
  if (codePoint < 128) return ASCII_FOLD[codePoint] ?? '';
  if (codePoint < 0x10000) {
    const known = bmpFolds[codePoint];
    if (known !== undefined) return known;
    const computed = computeFold(codePoint);
    bmpFolds[codePoint] = computed;
    return computed;
  }
  const cached = foldCache.get(codePoint);
  if (cached !== undefined) return cached;
  const out = computeFold(codePoint);
  // Bounded: messages can carry any astral code point; the table must not grow without limit.
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(codePoint, out);
  return out;
}

function computeFold(codePoint: number): string {
  if (codePoint === MASK_UNIT) return MASK;
  let out = '';
  for (const ch of String.fromCodePoint(codePoint).normalize('NFKC')) {
    // Upper and lower case look-alikes differ (Cyrillic "В" imitates "B", "в" nothing): ask first.
    const direct = latinLookAlike(ch);
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    for (const lower of stripMarks(ch.toLowerCase())) {
      if (DROPPED.test(lower)) continue;
      const cp = lower.codePointAt(0) ?? 0;
      out += isHan(cp) ? simplifyHan(cp) : (latinLookAlike(lower) ?? lower);
    }
  }
  return out;
}

/**
 * True for a folded unit of a script that separates words with spaces (Latin, digits, Cyrillic, Greek,
 * Hangul …); false for Chinese and Japanese, which do not, so spaces between their characters are noise.
 */
export function isSpacedWordUnit(unit: number): boolean {
  return unit < 0x2e80 || (unit >= 0xac00 && unit <= 0xd7af) || unit === MASK_UNIT;
}

/** True when the code point at `i` is the end of the text or folds to nothing (a separator). */
function breakAt(original: string, i: number): boolean {
  if (i >= original.length) return true;
  return foldCodePoint(original.codePointAt(i) ?? 0) === '';
}

interface Scratch {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}

function scratchOf(size: number): Scratch {
  return { units: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size) };
}

let scratch = scratchOf(1024);
const UNKNOWN = -3;
const DROP = -1;
const MULTI = -2;
/** BMP code point → its single folded unit, DROP, MULTI (several units: use the string), or UNKNOWN yet. */
const unitTable = new Int32Array(0x10000).fill(UNKNOWN);

function unitOf(codeUnit: number): number {
  const known = unitTable[codeUnit] as number;
  if (known !== UNKNOWN) return known;
  const folded = foldCodePoint(codeUnit);
  const unit = folded === '' ? DROP : folded.length === 1 ? folded.charCodeAt(0) : MULTI;
  unitTable[codeUnit] = unit;
  return unit;
}

/**
 * Folds text for matching: NFKC (full-width → half-width), lower case, traditional → simplified
 * Chinese; spaces, punctuation and symbols are dropped inside Chinese text ("坐　牢" reads "坐牢") and
 * between single letters ("f.u.c.k" reads "fuck"), and collapse to one space between words, so
 * "of birth" never reads "ofbirth".
 * @example normaliseText('ｆｕｃｋ').text // 'fuck'
 */
export function normaliseText(original: string): NormalisedText {
  // Typed-array allocation costs more than folding a short message: work in reused scratch buffers
  // and allocate once at the end (one buffer holding both position maps).
  if (scratch.units.length < original.length * 2 + 16)
    scratch = scratchOf(original.length * 2 + 16);
  let { units, starts, ends } = scratch;
  let length = 0;
  let inGap = false;
  let gapStart = 0;
  let gapEnd = 0;
  let runLength = 0;
  let previousRunLength = 0;
  let i = 0;
  const n = original.length;
  while (i < n) {
    const code = original.charCodeAt(i);
    const known = unitTable[code] as number;
    if (known >= 0 && !inGap && length < units.length) {
      // Hot path: a code unit that folds to one unit, inside a run.
      units[length] = known;
      starts[length] = i;
      ends[length] = i + 1;
      length++;
      runLength++;
      i++;
      continue;
    }
    let width = 1;
    let unit: number;
    let folded = '';
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const cp = original.codePointAt(i) ?? code;
      width = cp > 0xffff ? 2 : 1;
      folded = foldCodePoint(cp);
      unit = folded === '' ? DROP : folded.length === 1 ? folded.charCodeAt(0) : MULTI;
    } else {
      unit = known === UNKNOWN ? unitOf(code) : known;
      if (unit === MULTI) folded = foldCodePoint(code);
    }
    if (unit === DROP) {
      if (!inGap) {
        inGap = true;
        gapStart = i;
        previousRunLength = runLength;
      }
      gapEnd = i + width;
      i += width;
      continue;
    }
    const first = unit === MULTI ? folded.charCodeAt(0) : unit;
    const count = unit === MULTI ? folded.length : 1;
    // Room for a separator and this code point's units.
    if (length + count + 1 > units.length) {
      const bigger = scratchOf(units.length * 2 + count);
      bigger.units.set(units);
      bigger.starts.set(starts);
      bigger.ends.set(ends);
      scratch = bigger;
      ({ units, starts, ends } = bigger);
    }
    if (inGap) {
      inGap = false;
      if (length > 0 && isSpacedWordUnit(units[length - 1] as number) && isSpacedWordUnit(first)) {
        const lettersSpelledOut =
          previousRunLength === 1 && count === 1 && breakAt(original, i + width);
        if (!lettersSpelledOut) {
          units[length] = 32;
          starts[length] = gapStart;
          ends[length] = gapEnd;
          length++;
        }
      }
      runLength = 0;
    }
    for (let k = 0; k < count; k++) {
      units[length] = k === 0 ? first : folded.charCodeAt(k);
      starts[length] = i;
      ends[length] = i + width;
      length++;
    }
    runLength += count;
    i += width;
  }
  const positions = new Int32Array(length * 2);
  positions.set(starts.subarray(0, length));
  positions.set(ends.subarray(0, length), length);
  return {
    text: decodeUnits(units, length),
    starts: positions.subarray(0, length),
    ends: positions.subarray(length),
  };
}

const CHUNK = 4096;
const utf16 = utf16Decoder();

function utf16Decoder(): TextDecoder | undefined {
  try {
    return new TextDecoder('utf-16le');
  } catch {
    return undefined; // runtimes without the UTF-16 decoder fall back to fromCharCode
  }
}

/** UTF-16 code units → string (native decoder; fromCharCode in chunks where there is none). */
export function decodeUnits(units: Uint16Array, length: number): string {
  const view = units.subarray(0, length);
  if (utf16) return utf16.decode(view);
  let text = '';
  for (let at = 0; at < length; at += CHUNK)
    text += String.fromCharCode.apply(
      null,
      Array.from(view.subarray(at, Math.min(length, at + CHUNK))),
    );
  return text;
}

/** A phrase folded the same way as messages, so both sides of a match agree. */
export function normalisePhrase(phrase: string): string {
  return normaliseText(phrase).text;
}
