import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../../app/audit/verify-audit-chain.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

export const AUDIT_HELP = `Usage: skipgraph audit verify [--db PATH] [--store sqlite|neo4j]

Walks the audit log's hash chain (each record carries the hash of the one before it) from the
first record and reports the first broken link: a record edited in the database, or one removed,
inserted or reordered before it.

Options:
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
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
    throw new UsageError('audit takes one subcommand: verify');
  const loaded = commandConfig(io.env ?? process.env, values);
  if (!loaded.ok) {
    err(`configuration error:\n  ${loaded.problems.join('\n  ')}`);
    return 1;
  }
  const store = await openStore(loaded.config);
  try {
    const verdict = await verifyAuditChain(store);
    if (verdict.ok) {
      const purged = verdict.purged > 0 ? ` and ${verdict.purged} purged by retention` : '';
      out(`audit chain intact: ${verdict.records} records${purged}, head ${verdict.head}`);
      return 0;
    }
    const b = verdict.broken;
    const what = {
      record_altered: 'the record was altered or removed (its text no longer gives its hash)',
      link_broken:
        'the link to the record before is broken (a record was removed, inserted or reordered)',
      purge_unrecorded:
        'the record was removed under a purge that the chain does not record (no purge record follows, or it removed fewer)',
    }[b.reason];
    err(
      `audit chain broken at record #${b.seq} (${b.id}): ${what}; expected ${b.expected}, found ${b.found}; ${verdict.records} records before it verified`,
    );
    return 1;
  } finally {
    await store.close();
  }
}
