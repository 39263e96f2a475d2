import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PolicyRegistry } from '../../app/policy/policy-registry.js';
import {
  purgeExpiredRecords,
  type RetentionReport,
} from '../../app/retention/purge-expired-records.js';
import type { Lang } from '../../messages/language.js';
import { renderMessage } from '../../messages/render-message.js';
import { cliLang } from '../cli-lang.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

/** What the retention command needs from its surroundings. */
export interface RetentionCommandDeps {
  now?: () => Date;
  out?: (text: string) => void;
  err?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** The report as an officer reads it, in `lang`: counts by standing, then each expired account. */
export function formatRetention(report: RetentionReport, lang: Lang = 'en'): string {
  const a = report.accounts;
  const r = report.records;
  const dryRun = report.dryRun ? 'yes' : 'no';
  const lines = [
    renderMessage(lang, 'cli_retention_heading', { at: report.at, dryRun }),
    renderMessage(lang, 'cli_retention_accounts', {
      expired: String(a.expired),
      kept: String(a.kept),
      noPeriod: String(a.no_period),
      noPolicy: String(a.no_policy),
      noActivity: String(a.no_activity),
    }),
    renderMessage(lang, 'cli_retention_records', {
      dryRun,
      attempts: String(r.attempts),
      audit: String(r.audit),
      outbox: r.outbox,
    }),
  ];
  if (report.purgeId)
    lines.push(renderMessage(lang, 'cli_retention_purge_record', { id: report.purgeId }));
  for (const e of report.expired)
    lines.push(
      renderMessage(lang, 'cli_retention_expired', {
        accountId: e.accountId,
        last: e.lastActivityAt,
        years: String(e.years),
        policies: e.policies.map((p) => `${p.policy} ${p.years}y`).join(', '),
        until: e.until,
      }),
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
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out(`${helpText(cliLang(values.lang, env), 'retention')}\n`);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError('cli_unexpected_argument', { arg: String(positionals[0]) });
  const at = values.at === undefined ? (deps.now ?? (() => new Date()))() : new Date(values.at);
  if (Number.isNaN(at.getTime())) throw new UsageError('cli_at_not_iso');
  const loaded = commandConfig(env, {
    ...(values.db ? { db: values.db } : {}),
    ...(values.store ? { store: values.store } : {}),
  });
  if (!loaded.ok) throw new UsageError('cli_configuration_error', { problems: loaded.problems });
  const dryRun = values['dry-run'];
  const registry = await PolicyRegistry.open(loaded.config.policiesDir, { watch: false });
  const problems = registry.snapshot().errors;
  if (problems.length > 0) {
    for (const p of problems) err(`${p.file}:${p.line ?? 0}: ${p.message}\n`);
    if (!dryRun) {
      err(`${renderMessage(cliLang(values.lang, env), 'cli_retention_not_purged')}\n`);
      return 1;
    }
  }
  const store = await openStore(loaded.config);
  try {
    const report = await purgeExpiredRecords(
      { store, registry, clock: () => at, newId: () => randomUUID() },
      { dryRun, ...(values.actor ? { actor: values.actor } : {}) },
    );
    out(
      values.json
        ? `${JSON.stringify(report, null, 2)}\n`
        : formatRetention(report, cliLang(values.lang, env)),
    );
    return 0;
  } finally {
    await store.close();
  }
}
