/**
 * A person's language, as a BCP 47 tag (zh-CN, en-US). Well-formed is not enough: "english" or
 * "xx" are well-formed tags naming no language, and a locale nobody can render messages in is a
 * data mistake, so the language subtag must be one the runtime's CLDR data names.
 */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The tag in its canonical form ("zh-cn" → "zh-CN"), or undefined when it is not a known language's BCP 47 tag. */
export function canonicalLanguageTag(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined; // not well-formed: "en_US", "zh CN"
  }
  if (canonical === undefined) return undefined;
  const language = new Intl.Locale(canonical).language;
  return languageNames.of(language) === undefined ? undefined : canonical;
}

/** The message for a locale that is not a known language's BCP 47 tag. */
export const LANGUAGE_TAG_MESSAGE = 'expected a BCP 47 language tag (zh-CN, en-US)';
