import { parseArgs } from 'node:util';
import { renderMessage } from '../../messages/render-message.js';
import { Neo4jConfigError, neo4jConfigFromEnv } from '../../store/neo4j/neo4j-config.js';
import { StoreUnavailableError } from '../../store/store-errors.js';
import { cliLang } from '../cli-lang.js';
import { helpText } from '../help-text.js';
import { UsageError } from '../usage-error.js';

/** Writes a line to stdout or stderr. */
type Print = (line: string) => void;

/**
 * `skipgraph migrate`: applies the schema of the chosen store and prints what it did. Exit code 0
 * on success, 1 on a usage or configuration error or when the store cannot be reached.
 * @example await runMigrateCommand(['--store', 'neo4j'])
 */
export async function runMigrateCommand(
  argv: string[],
  io: { env?: Record<string, string | undefined>; out?: Print; err?: Print } = {},
): Promise<number> {
  const env = io.env ?? process.env;
  const out: Print = io.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err: Print = io.err ?? ((line) => process.stderr.write(`${line}\n`));
  const { values } = parseArgs({
    args: argv,
    options: {
      store: { type: 'string' },
      db: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    out(helpText(cliLang(values.lang, env), 'migrate'));
    return 0;
  }
  const lang = cliLang(values.lang, env);
  const store = values.store ?? env.SKIPGRAPH_STORE ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'neo4j') throw new UsageError('cli_store_kind');
  try {
    if (store === 'neo4j') {
      const config = neo4jConfigFromEnv(env);
      const { openCypherRunner } = await import('../../store/neo4j/open-neo4j-store.js');
      const { applyNeo4jSchema } = await import('../../store/neo4j/neo4j-schema.js');
      const runner = openCypherRunner(config);
      try {
        const { applied, version } = await applyNeo4jSchema(runner);
        out(
          renderMessage(lang, 'cli_migrate_neo4j', {
            mode: config.mode === 'bolt' ? 'bolt' : 'query api',
            database: config.database,
            applied: String(applied),
            version: String(version),
          }),
        );
      } finally {
        await runner.close();
      }
      return 0;
    }
    const path = values.db ?? env.SKIPGRAPH_DB ?? './data/skipgraph.db';
    const { mkdirSync } = await import('node:fs');
    const { dirname } = await import('node:path');
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const { openSqliteStore } = await import('../../store/sqlite/open-sqlite-store.js');
    const key = env.SKIPGRAPH_DB_KEY;
    const sqlite = await openSqliteStore(path, key ? { key } : {});
    await sqlite.close();
    out(renderMessage(lang, 'cli_migrate_sqlite', { path }));
    return 0;
  } catch (error) {
    if (error instanceof Neo4jConfigError) {
      err(renderMessage(lang, 'cli_configuration_error', { problems: error.problems }));
      return 1;
    }
    if (error instanceof StoreUnavailableError) {
      err(renderMessage(lang, 'cli_migrate_failed', { reason: error.message }));
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'SCHEMA_TOO_NEW') {
      err(renderMessage(lang, 'cli_migrate_refused', { reason: error.message }));
      return 1;
    }
    throw error;
  }
}
