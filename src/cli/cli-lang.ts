import { type Lang, negotiateLang } from '../messages/language.js';

/** The locale the environment names for messages, as POSIX reads it: LC_ALL, then LC_MESSAGES, then LANG. */
function envLocale(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.replace('_', '-').split('.')[0];
}

/**
 * The language of a command's output: its `--lang`, else the environment's locale (LC_ALL,
 * LC_MESSAGES, LANG; zh_CN.UTF-8 → zh-CN), else English.
 */
export function cliLang(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Lang {
  return negotiateLang({ lang: flag, acceptLanguage: envLocale(env) });
}

/** The `--lang` an argument list gives (`--lang zh-CN` or `--lang=zh-CN`), read before it is parsed. */
export function langFlagOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
