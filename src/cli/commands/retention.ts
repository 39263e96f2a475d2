import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PolicyRegistry } from '../../app/policy/policy-registry.js';
import {
  purgeExpiredRecords,
  type RetentionReport,
} from '../../app/retention/purge-expired-records.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

/** `skipgraph retention --help`. */
export const RETENTION_HELP = `Usage: skipgraph retention [--dry-run] [--at ISO] [--json] [--actor NAME] [--db PATH] [--store sqlite|neo4j]

Purges the records the law no longer requires: for every account whose last collection activity
(attempt, decision, promise or payment) is older than the retention of its policies (the longest
of those that state one: us-reg-f 3 years after the last activity, Regulation F 1006.100;
cn-collection 5 years, NIFA 自律公约), its attempts, their outbox entries and its audit records go,
in one transaction that writes one audit record of the purge. Each purged audit record leaves a
tombstone in the hash chain, so 'skipgraph audit verify' still passes. Accounts, people and their
contact points stay. Accounts whose policies state no period, or that no policy covers, are kept.

Options:
  --dry-run      List what would be purged; change nothing.
  --at ISO       As of this time (default: now).
  --json         Print the report as JSON.
  --actor NAME   Who runs the purge (kept on its audit record).
  --db PATH      SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND   sqlite (default) or neo4j (env NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD).
  -h, --help     Show this help.

Exit code 0 when done, 1 when the policies cannot all be read (a real run then purges nothing:
a policy that failed to load might keep records longer) or the store refuses.
`;

/** What the retention command needs from its surroundings. */
export interface RetentionCommandDeps {
  now?: () => Date;
  out?: (text: string) => void;
  err?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The report as an officer reads it: counts by standing, then each expired account. */
export function formatRetention(report: RetentionReport): string {
  const a = report.accounts;
  const r = report.records;
  const verb = report.dryRun ? 'would purge' : 'purged';
  const lines = [
    `retention as of ${report.at}${report.dryRun ? ' (dry run: nothing changed)' : ''}`,
    `accounts: ${a.expired} past retention, ${a.kept} kept, ${a.no_period} with no retention period in their policies, ${a.no_policy} with no policy, ${a.no_activity} with no records`,
    `${verb}: ${r.attempts} attempt(s), ${r.audit} audit record(s), ${r.outbox} outbox entr${r.outbox === 1 ? 'y' : 'ies'}`,
  ];
  if (report.purgeId) lines.push(`purge audit record: ${report.purgeId}`);
  for (const e of report.expired)
    lines.push(
      `- ${e.accountId}: last activity ${e.lastActivityAt}, kept ${e.years} year(s) (${e.policies.map((p) => `${p.policy} ${p.years}y`).join(', ')}) until ${e.until}`,
    );
  return `${lines.join('\n')}\n`;
}

/**
 * `skipgraph retention`: lists (`--dry-run`) or purges the records past retention.
 * @example await runRetentionCommand(['--dry-run'])
 */
export async function runRetentionCommand(
  argv: string[],
  deps: RetentionCommandDeps = {},
): Promise<number> {
  const out = deps.out ?? ((t: string) => void process.stdout.write(t));
  const err = deps.err ?? ((t: string) => void process.stderr.write(t));
  const env = deps.env ?? process.env;
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      at: { type: 'string' },
      json: { type: 'boolean', default: false },
      actor: { type: 'string' },
      db: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out(RETENTION_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const at = values.at === undefined ? (deps.now ?? (() => new Date()))() : new Date(values.at);
  if (Number.isNaN(at.getTime())) throw new UsageError('--at must be an ISO-8601 time');
  const loaded = commandConfig(env, {
    ...(values.db ? { db: values.db } : {}),
    ...(values.store ? { store: values.store } : {}),
  });
  if (!loaded.ok) throw new UsageError(`configuration error: ${loaded.problems.join('; ')}`);
  const dryRun = values['dry-run'];
  const registry = await PolicyRegistry.open(loaded.config.policiesDir, { watch: false });
  const problems = registry.snapshot().errors;
  if (problems.length > 0) {
    for (const p of problems) err(`${p.file}:${p.line ?? 0}: ${p.message}\n`);
    if (!dryRun) {
      err(
        'skipgraph retention: policies that failed to load might keep records longer; nothing purged\n',
      );
      return 1;
    }
  }
  const store = await openStore(loaded.config);
  try {
    const report = await purgeExpiredRecords(
      { store, registry, clock: () => at, newId: () => randomUUID() },
      { dryRun, ...(values.actor ? { actor: values.actor } : {}) },
    );
    out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatRetention(report));
    return 0;
  } finally {
    await store.close();
  }
}
