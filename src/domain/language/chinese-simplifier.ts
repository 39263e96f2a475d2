import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional → simplified Chinese, one character at a time.
 * Phrase-level conversion (opencc's segmenter) would change string lengths and cost ~20 µs per
 * 500-character message; character-level conversion keeps a 1:1 position map and, since banned
 * phrases go through the same function, both sides of a match agree.
 */
let converter: ((text: string) => string) | undefined;
const cache = new Map<number, string>();

/** The simplified form of one Han code point (itself when it has none). */
export function simplifyHan(codePoint: number): string {
  const cached = cache.get(codePoint);
  if (cached !== undefined) return cached;
  const convert = converter ?? OpenCC.Converter({ from: 't', to: 'cn' });
  converter = convert;
  const original = String.fromCodePoint(codePoint);
  const converted = convert(original);
  // A conversion that is not a single code point would break the position map; keep the original.
  const result = [...converted].length === 1 ? converted : original;
  cache.set(codePoint, result);
  return result;
}

/** True for code points in the CJK ideograph blocks opencc knows. */
export function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f)
  );
}
