// What a reader of one language would find in the other on a page: the checker the language
// tests run over every workbench page.

/** Words that stay as they are in either language: the product's name, file formats, the names of time standards. */
const KEPT = new Set(['skipgraph', 'API', 'YAML', 'CSV', 'UTC', 'GMT']);

/**
 * Takes out of a page's text what is data rather than wording: the given proper names (people,
 * employers, addresses), anything with a digit (ids, numbers, phone numbers, dates, money), policy
 * and rule ids (`cn.calls_per_day`, `us-reg-f`), jurisdictions (`CN`), code words (`no_answer`), keys (`demo-collector`, `comp…ance`, a key's last characters `…ance`) and paths (`policies/*.yaml`).
 */
function withoutData(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length))
    if (name.trim() !== '') out = out.split(name).join(' ');
  return out
    .replace(/\S*\d\S*/g, ' ')
    .replace(/\S*\/\S*/g, ' ')
    .replace(/\b[A-Za-z]+(?:[._\-…][A-Za-z]+)+\b/g, ' ')
    .replace(/…[A-Za-z]+\b/g, ' ')
    .replace(/\b[A-Z]{2}\b/g, ' ')
    .replace(/[A-Za-z.]+/g, (w) => (KEPT.has(w) ? ' ' : w));
}

/** English words left on a Chinese page once the data is taken out. */
export function englishWords(text: string, names: readonly string[] = []): string[] {
  return withoutData(text, names).match(/[A-Za-z]{2,}/g) ?? [];
}

/** Chinese characters left on an English page once the data is taken out. */
export function chineseWords(text: string, names: readonly string[] = []): string[] {
  return withoutData(text, names).match(/[\u3400-\u9fff\uff08-\uff1f\u3001-\u3011]+/g) ?? [];
}
