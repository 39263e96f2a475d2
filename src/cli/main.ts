#!/usr/bin/env node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMessage } from '../messages/render-message.js';
import { cliLang, langFlagOf } from './cli-lang.js';
import { UsageError } from './usage-error.js';

const HELP = `skipgraph — contact graph, route ranking and compliance guard for collection teams

Usage: skipgraph <command> [options]

Commands:
  serve     Start the HTTP service (API, docs, workbench)
  import    Import NDJSON or CSV records into the graph
  routes    Show the ranked contact routes for a debtor
  worklist  Show the collector's worklist: what is due, what may be contacted now
  policy    Test and lint compliance policy files
  migrate   Apply the store schema (e.g. --store neo4j)
  audit     Verify the audit log's hash chain (audit verify)
  retention Purge records past the retention the policies require (--dry-run lists them)
  calibrate Fit the ranking's reliabilities to the portfolio's recorded outcomes

Run "skipgraph <command> --help" for a command's options.
`;

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
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 1;
  }
  const lang = cliLang(langFlagOf(rest), process.env);
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`${renderMessage(lang, 'cli_unknown_command', { name })}\n\n${HELP}`);
    return 1;
  }
  try {
    return await (await load())(rest);
  } catch (error) {
    const words =
      error instanceof UsageError
        ? renderMessage(lang, error.code, error.params)
        : error instanceof TypeError &&
            'code' in error &&
            String(error.code).startsWith('ERR_PARSE_ARGS')
          ? // Node's parser words its own complaint (in English); the frame is the reader's.
            renderMessage(lang, 'cli_bad_arguments', { detail: error.message })
          : undefined;
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
