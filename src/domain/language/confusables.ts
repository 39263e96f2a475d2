import confusableData from 'unhomoglyph/data.json' with { type: 'json' };

/**
 * Letters of other scripts that look like Latin letters (Cyrillic "а", Greek "ο", Cherokee "Ꭺ",
 * mathematical "ℂ" …), folded to the Latin letters they imitate, so "jаil" with a Cyrillic "а"
 * reads "jail".
 *
 * Source: Unicode's confusables.txt (UTS #39, "Recommended confusable mapping for IDN"), as shipped
 * by the unhomoglyph package (data.json, one entry per code point). Only entries that fold a
 * non-ASCII code point outside the CJK and Hangul blocks to one to three Latin letters are used:
 * ASCII itself is never remapped ("m" → "rn", "1" → "l" in that table are for comparing names, not
 * for reading text; digits used as letters are the leetspeak view's job), and Chinese characters
 * keep their own folding (traditional → simplified).
 */
const LOOK_ALIKES: ReadonlyMap<string, string> = buildLookAlikes(
  confusableData as Record<string, string>,
);

function buildLookAlikes(data: Record<string, string>): Map<string, string> {
  const table = new Map<string, string>();
  for (const [source, target] of Object.entries(data)) {
    const cp = source.codePointAt(0) ?? 0;
    if (source.length > 2 || cp < 128 || !isSpacedScript(cp)) continue;
    const latin = stripMarks(target).toLowerCase();
    if (/^[a-z]{1,3}$/.test(latin)) table.set(source, latin);
  }
  return table;
}

/** True outside the CJK and Hangul ranges (scripts whose look-alikes of Latin letters we fold). */
function isSpacedScript(cp: number): boolean {
  return cp < 0x2e80 || (cp >= 0xa640 && cp <= 0xabff && !(cp >= 0xa960 && cp <= 0xa97f));
}

/** The Latin letters a look-alike character imitates, or undefined when it imitates none. */
export function latinLookAlike(ch: string): string | undefined {
  return LOOK_ALIKES.get(ch);
}

/**
 * The character without its accents ("é" → "e", "ò" → "o", tone marks of pinyin "zuò" → "zuo"),
 * for scripts that space their words; Hangul syllables and CJK characters are left whole.
 */
export function stripMarks(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 128 || cp >= 0x2e80) out += ch;
    else out += ch.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return out;
}
