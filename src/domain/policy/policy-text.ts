import { LANGS, type Lang } from '../model/product-language.js';

// Without zod, so the workbench bundle reads policy texts as the service does.

/**
 * Words of a policy file (its name, its description): one text shown as written in every language,
 * or a text per language (`{ zh-CN: …, en: … }`, at least one).
 */
export type PolicyText = string | { readonly [L in Lang]?: string };

/**
 * The text for a reader of `lang`: a plain string as written; by language, the reader's, else the other's.
 * @example textIn({ en: 'China consumer-loan collection' }, 'zh-CN') // 'China consumer-loan collection'
 */
export function textIn(text: PolicyText, lang: Lang): string {
  if (typeof text === 'string') return text;
  const other = LANGS.find((l) => l !== lang && text[l] !== undefined);
  return text[lang] ?? (other === undefined ? '' : (text[other] ?? ''));
}
