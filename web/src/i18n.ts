import { IntlMessageFormat } from 'intl-messageformat';
import { en, type Key } from './i18n/ui-en.js';
import { zh } from './i18n/ui-zh-CN.js';

/** The workbench's two languages. */
export type Lang = 'en' | 'zh-CN';

const LANG_KEY = 'skipgraph.lang';
let current: Lang = initialLang();

function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The language in use. */
export function lang(): Lang {
  return current;
}

/** Switches the language and remembers the choice (a preference, not a secret). */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(LANG_KEY, next);
  document.documentElement.lang = next;
}

const compiled = new Map<string, IntlMessageFormat>();

/** A UI string in the current language (ICU MessageFormat: `{name}`, plurals), filled from `params`. */
export function t(key: Key, params: Record<string, string | number> = {}): string {
  const text: string = current === 'zh-CN' ? zh[key] : en[key];
  const id = `${current}\u0000${key}`;
  let f = compiled.get(id);
  if (f === undefined) {
    f = new IntlMessageFormat(text, current, undefined, { ignoreTag: true });
    compiled.set(id, f);
  }
  try {
    return String(f.format(params));
  } catch {
    return text;
  }
}

/** A UI string looked up by a key built at run time (e.g. `oc_${outcome}`), falling back to the raw value. */
export function tr(prefix: string, value: string): string {
  const key = `${prefix}${value}`;
  return key in en ? t(key as Key) : value;
}

/** A money amount in the current language's formatting. */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(current, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}
