/** The languages the product speaks: Simplified Chinese first, English second. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
