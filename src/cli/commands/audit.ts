import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../../app/audit/verify-audit-chain.js';
import { renderMessage } from '../../messages/render-message.js';
import { cliLang } from '../cli-lang.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

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
    out(helpText(cliLang(values.lang, io.env ?? process.env), 'audit'));
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
