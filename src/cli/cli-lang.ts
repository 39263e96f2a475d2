import { type Lang, negotiateLang } from '../messages/language.js';

/** The language of a command's output: its `--lang`, else the environment's LANG (zh_CN.UTF-8 → zh-CN), else English. */
export function cliLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  return negotiateLang({ lang: flag, acceptLanguage: env.LANG?.replace('_', '-').split('.')[0] });
}
