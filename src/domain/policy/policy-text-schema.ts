import { z } from 'zod';
import { LANGS, type Lang } from '../model/product-language.js';

/**
 * The schema of a policy text (see PolicyText): a plain string, or a text per language with at
 * least one of the product's languages and no other key; `min`..`max` characters in each language.
 * @example policyText(1, 200).parse({ 'zh-CN': '中国个人消费贷款催收规范', en: 'China consumer-loan collection' })
 */
export function policyText(min: number, max: number) {
  const text = min > 0 ? z.string().min(min).max(max) : z.string().max(max);
  // Every language of the product, and no other: `satisfies` fails when LANGS changes.
  const shape = { 'zh-CN': text.optional(), en: text.optional() } satisfies Record<
    Lang,
    z.ZodOptional<z.ZodString>
  >;
  const byLang = z
    .strictObject(shape)
    .refine((t) => LANGS.some((lang) => t[lang] !== undefined), {
      message: `a text by language needs at least one of ${LANGS.join(', ')}`,
      params: { code: 'issue_text_no_language', langs: LANGS.join(', ') },
    })
    // The refine is lost in JSON Schema; editors still see that an empty map is wrong.
    .meta({ minProperties: 1 });
  return z.union([text, byLang]);
}
