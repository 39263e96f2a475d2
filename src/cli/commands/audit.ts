import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../../app/audit/verify-audit-chain.js';
import { renderMessage } from '../../messages/render-message.js';
import { cliLang } from '../cli-lang.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

export const AUDIT_HELP = `Usage: skipgraph audit verify [--db PATH] [--store sqlite|neo4j]

Walks the audit log's hash chain (each record carries the hash of the one before it) from the
first record and reports the first broken link: a record edited in the database, or one removed,
inserted or reordered before it.

Options:
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
  --lang L         zh-CN or en (default: from LC_ALL or LANG).
  -h, --help       Show this help.

Exit code 0 when the chain is intact, 1 when it is broken or the store cannot be read.
`;

type Print = (line: string) => void;

/**
 * `skipgraph audit verify`: checks the audit hash chain of the configured store.
 * @example await runAuditCommand(['verify', '--db', './data/skipgraph.db'])
 */
export async function runAuditCommand(
  argv: string[],
  io: { env?: Record<string, string | undefined>; out?: Print; err?: Print } = {},
): Promise<number> {
  const out: Print = io.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err: Print = io.err ?? ((line) => process.stderr.write(`${line}\n`));
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      store: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    out(AUDIT_HELP.trimEnd());
    return 0;
  }
  if (positionals[0] !== 'verify' || positionals.length > 1)
    throw new UsageError('cli_audit_subcommand');
  const env = io.env ?? process.env;
  const lang = cliLang(values.lang, env);
  const loaded = commandConfig(env, values);
  if (!loaded.ok) {
    err(renderMessage(lang, 'cli_configuration_error', { problems: loaded.problems }));
    return 1;
  }
  const store = await openStore(loaded.config);
  try {
    const verdict = await verifyAuditChain(store);
    if (verdict.ok) {
      out(
        renderMessage(lang, 'cli_audit_intact', {
          records: String(verdict.records),
          purged: String(verdict.purged),
          head: verdict.head,
        }),
      );
      return 0;
    }
    const b = verdict.broken;
    err(
      renderMessage(lang, 'cli_audit_broken', {
        seq: String(b.seq),
        id: b.id,
        reason: b.reason,
        expected: b.expected,
        found: b.found,
        records: String(verdict.records),
      }),
    );
    return 1;
  } finally {
    await store.close();
  }
}
