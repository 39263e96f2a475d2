import { LANGS, type Lang } from '../domain/model/product-language.js';

// One list of languages: the domain's (policy texts are keyed by it), spoken here by the catalogue.
export { LANGS, type Lang };

/** When a request names no language the service knows. */
export const DEFAULT_LANG: Lang = 'en';

/** True for a language the catalogue has. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Language tags of an Accept-Language header, best first (q-values respected, `*` dropped). */
function acceptedTags(header: string): string[] {
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q.slice(2)) || 0, index };
    })
    .filter((t) => t.tag !== '' && t.tag !== '*' && t.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((t) => t.tag);
}

/** The catalogue language for one tag: any Chinese tag reads Simplified Chinese (the team's written
 * language), any English tag English; others have none. */
function langOf(tag: string): Lang | undefined {
  const primary = tag.split('-')[0]?.toLowerCase();
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
}

/**
 * The reader's language: an explicit `lang` (e.g. `?lang=zh-CN`, `zh`, `en-US`) wins, then the
 * Accept-Language header in q order; anything the catalogue lacks falls back to English.
 * @example negotiateLang({ acceptLanguage: 'fr;q=1, zh-TW;q=0.9, en;q=0.5' }) // 'zh-CN'
 */
export function negotiateLang(input: {
  lang?: string | undefined;
  acceptLanguage?: string | undefined;
}): Lang {
  const wanted = [
    ...(input.lang ? [input.lang.trim()] : []),
    ...acceptedTags(input.acceptLanguage ?? ''),
  ];
  for (const tag of wanted) {
    const lang = langOf(tag);
    if (lang !== undefined) return lang;
  }
  return DEFAULT_LANG;
}
