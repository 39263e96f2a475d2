import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/** The locales the CLI tests read from. */
export const ZH = { LANG: 'zh_CN.UTF-8' };
export const EN = { LANG: 'en_US.UTF-8' };

/**
 * What `main` wrote to stdout and stderr, and its exit code, with the locale set (LC_ALL,
 * LC_MESSAGES and LANG empty unless `env` names them); the caller unstubs the environment.
 */
export async function runMain(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  for (const [k, v] of Object.entries({ LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env }))
    vi.stubEnv(k, v);
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out, err };
}
