import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LANGS, negotiateLang } from '../../src/messages/language.js';
import { CATALOGUES, hasMessage, renderMessage } from '../../src/messages/render-message.js';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** Argument names of an ICU message, with the kind of value each needs. */
function argumentsOf(ast: Ast, out = new Map<string, 'number' | 'date' | 'text'>()) {
  for (const el of ast) {
    // types: 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural
    if ('value' in el && typeof el.value === 'string' && el.type >= 1 && el.type <= 6) {
      const kind =
        el.type === 2 || el.type === 6
          ? 'number'
          : el.type === 3 || el.type === 4
            ? 'date'
            : 'text';
      if (!out.has(el.value) || kind !== 'text') out.set(el.value, kind);
    }
    if ('options' in el)
      for (const option of Object.values(el.options as Record<string, { value: Ast }>))
        argumentsOf(option.value, out);
  }
  return out;
}

/** Codes the domain emits for explanations, read from its sources (`code: 'x'`, `fail('x'`). */
function domainCodes(): string[] {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/\bcode: '([a-z][a-z0-9_]*)'/g)) codes.add(m[1]!);
        for (const m of text.matchAll(/\bfail\(\s*'([a-z][a-z0-9_]*)'/g)) codes.add(m[1]!);
      }
    }
  };
  for (const dir of ['guard', 'ranking']) walk(join('src', 'domain', dir));
  return [...codes].sort();
}

/**
 * Messages whose languages deliberately show different arguments, with each language's own. The
 * policy test report's verdict line keeps the guard's English reason in English (the text a case's
 * reasonIncludes is matched against) and words the verdict from the catalogue in other languages.
 */
const OWN_ARGUMENTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  policy_test_verdict: { en: ['reason'], 'zh-CN': ['words'] },
};

describe('message catalogue', () => {
  it('has every code the guard and the ranking can emit, in zh-CN and en', () => {
    const missing = domainCodes().flatMap((code) =>
      LANGS.filter((lang) => !hasMessage(lang, code)).map((lang) => `${lang}:${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('has the same codes and terms in both languages', () => {
    expect(Object.keys(CATALOGUES['zh-CN'].messages).sort()).toEqual(
      Object.keys(CATALOGUES.en.messages).sort(),
    );
    for (const [kind, terms] of Object.entries(CATALOGUES.en.terms))
      expect(Object.keys(CATALOGUES['zh-CN'].terms[kind as 'channel']).sort(), kind).toEqual(
        Object.keys(terms).sort(),
      );
  });

  it('gives every message the same arguments in both languages, and each renders', () => {
    for (const code of Object.keys(CATALOGUES.en.messages)) {
      const args = LANGS.map((lang) =>
        argumentsOf(new IntlMessageFormat(CATALOGUES[lang].messages[code]!, lang).getAst()),
      );
      const shared = LANGS.map((lang, i) =>
        [...args[i]!.keys()].filter((name) => !OWN_ARGUMENTS[code]?.[lang]?.includes(name)).sort(),
      );
      expect(shared[0], code).toEqual(shared[1]);
      const params = Object.fromEntries(
        [...args[0]!, ...args[1]!].map(([name, kind]) => [
          name,
          kind === 'number' ? 2 : kind === 'date' ? '2026-12-02T08:00:00Z' : 'x',
        ]),
      );
      for (const lang of LANGS)
        expect(renderMessage(lang, code, params), `${lang}:${code}`).not.toBe(code);
    }
  });

  it('renders terms, zones, durations, money and plurals in the reader’s language', () => {
    const cap = { count: 3, max: 3, channels: ['call', 'sms'], scope: 'account', window: '24h' };
    expect(renderMessage('zh-CN', 'cap_exceeded', cap)).toBe(
      '已达频次上限：每个账户在 24 小时内已通过电话和短信联系 3 次（上限 3 次）。',
    );
    expect(renderMessage('en', 'cap_exceeded', cap)).toBe(
      'Frequency cap reached: 3 attempts by call and SMS per account in 24 hours (at most 3).',
    );
    expect(renderMessage('en', 'cap_exceeded', { ...cap, count: 1 })).toContain('1 attempt by');
    expect(
      renderMessage('zh-CN', 'outside_hours', {
        from: '08:00',
        to: '21:00',
        outside: ['Asia/Shanghai'],
        basis: ['current address'],
      }),
    ).toBe('不在对方当地时间 08:00–21:00 的允许联系时段内（中国标准时间）；时区依据：现住址。');
    expect(
      renderMessage('zh-CN', 'promise_broken', {
        amount: 1200,
        currency: 'CNY',
        dueDate: '2026-12-03',
      }),
    ).toBe('承诺于2026年12月3日还款 ¥1,200.00，到期未还，已违约。');
  });

  it('shows an unknown code as the code itself, never as an English sentence', () => {
    expect(renderMessage('zh-CN', 'a_rule_nobody_catalogued', { max: 2 })).toBe(
      'a_rule_nobody_catalogued',
    );
    expect(renderMessage('zh-CN', 'cap_exceeded', {})).toBe('cap_exceeded');
  });
});

describe('negotiateLang', () => {
  it('takes ?lang= first, then Accept-Language in q order, else English', () => {
    expect(negotiateLang({ lang: 'zh', acceptLanguage: 'en' })).toBe('zh-CN');
    expect(negotiateLang({ acceptLanguage: 'fr;q=1, zh-TW;q=0.9, en;q=0.5' })).toBe('zh-CN');
    expect(negotiateLang({ acceptLanguage: 'zh-CN;q=0.4, en-GB;q=0.8' })).toBe('en');
    expect(negotiateLang({ acceptLanguage: 'de, fr' })).toBe('en');
    expect(negotiateLang({})).toBe('en');
  });
});
