#!/usr/bin/env node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMessage } from '../messages/render-message.js';
import { argumentProblem, isParseArgsError } from './argument-problem.js';
import { cliLang, langFlagOf } from './cli-lang.js';
import { helpText } from './help-text.js';
import { UsageError } from './usage-error.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve.js')).runServeCommand,
  import: async () => (await import('./commands/import.js')).runImportCommand,
  routes: async () => (await import('./commands/routes.js')).runRoutesCommand,
  worklist: async () => (await import('./commands/worklist.js')).runWorklistCommand,
  policy: async () => (await import('./commands/policy.js')).runPolicyCommand,
  migrate: async () => (await import('./commands/migrate.js')).runMigrateCommand,
  audit: async () => (await import('./commands/audit.js')).runAuditCommand,
  retention: async () => (await import('./commands/retention.js')).runRetentionCommand,
  calibrate: async () => (await import('./commands/calibrate.js')).runCalibrateCommand,
};

/** Dispatches a subcommand and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const lang = cliLang(langFlagOf(rest), process.env);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${helpText(lang, 'skipgraph')}\n`);
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(
      `${renderMessage(lang, 'cli_unknown_command', { name })}\n\n${helpText(lang, 'skipgraph')}\n`,
    );
    return 1;
  }
  try {
    return await (await load())(rest);
  } catch (error) {
    const problem =
      error instanceof UsageError
        ? { code: error.code, params: error.params }
        : isParseArgsError(error)
          ? argumentProblem(error, rest)
          : undefined;
    const words = problem && renderMessage(lang, problem.code, problem.params);
    if (words !== undefined) {
      process.stderr.write(`${words}\n${renderMessage(lang, 'cli_run_help', { command: name })}\n`);
      return 1;
    }
    throw error;
  }
}

/** True when this module is the program being run (bin/skipgraph.mjs, `npm start`), not an import. */
function isEntry(): boolean {
  return (
    process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)
  );
}

if (isEntry()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `skipgraph: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
