import { parseArgs } from 'node:util';
import { AppError } from '../../app/app-error.js';
import {
  getRoutes,
  type RoutesDeps,
  type RoutesQuery,
  type RoutesResult,
  type RouteView,
} from '../../app/routes/get-routes.js';
import { Channel } from '../../domain/model/index.js';
import type { Reason } from '../../domain/ranking/route.js';
import { renderMessage } from '../../messages/render-message.js';
import type { GraphStore } from '../../store/graph-store.js';
import { type CliOutput, processOutput } from '../cli-output.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

/** `skipgraph routes --help`. */
export const ROUTES_HELP = `Usage: skipgraph routes DEBTOR_ID [--at ISO] [--account ID] [--channel CH] [--limit N] [--json] [--db PATH] [--store sqlite|neo4j]

Shows the ranked ways to reach a debtor now (or at --at): contact point, who answers,
score, and why, with the evidence behind each route.

Options:
  --at ISO         Rank as of this time (default: now), e.g. 2026-11-23T10:00:00Z.
  --account ID     Rank for this account (default: the open account with the largest balance).
  --channel CH     Only routes usable on call, sms, email, visit or letter.
  --limit N        How many routes (default 10, at most 100).
  --json           Print the result as JSON instead of a table.
  --db PATH        SQLite file (env SKIPGRAPH_DB, default ./data/skipgraph.db).
  --store KIND     sqlite (default) or neo4j.
  -h, --help       Show this help.
`;

/** What the routes command needs from its surroundings; everything has a default for the real CLI. */
export interface RoutesCommandDeps {
  /** Opens the store the command reads (default: the configured store); it is closed afterwards. */
  openStore?: (options: { db?: string; store?: string }) => Promise<GraphStore>;
  /** The guard's preview, when the integrator wires one. */
  preview?: RoutesDeps['preview'];
  now?: () => Date;
  /** Where the table or JSON goes (default: stdout). */
  out?: CliOutput['out'];
  /** Where a refusal goes (default: stderr). */
  err?: CliOutput['err'];
}

async function openConfiguredStore(options: { db?: string; store?: string }): Promise<GraphStore> {
  const loaded = commandConfig(process.env, options);
  if (!loaded.ok) throw new UsageError(`configuration error: ${loaded.problems.join('; ')}`);
  return openStore(loaded.config);
}

function parseQuery(
  argv: string[],
  now: () => Date,
): { query: RoutesQuery; json: boolean; help: boolean; db?: string; store?: string } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      at: { type: 'string' },
      account: { type: 'string' },
      channel: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { query: { debtorId: '', at: now() }, json: false, help: true };
  if (positionals.length !== 1 || !positionals[0])
    throw new UsageError('routes needs exactly one DEBTOR_ID');
  const at = values.at === undefined ? now() : new Date(values.at);
  if (Number.isNaN(at.getTime()))
    throw new UsageError('--at must be an ISO-8601 time such as 2026-11-23T10:00:00Z');
  const query: RoutesQuery = { debtorId: positionals[0], at };
  if (values.account) query.accountId = values.account;
  if (values.channel !== undefined) {
    const channel = Channel.safeParse(values.channel);
    if (!channel.success)
      throw new UsageError(`--channel must be one of ${Channel.options.join(', ')}`);
    query.channel = channel.data;
  }
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit)) throw new UsageError('--limit must be a whole number');
    query.limit = Number(values.limit);
  }
  return {
    query,
    json: values.json,
    help: false,
    ...(values.db ? { db: values.db } : {}),
    ...(values.store ? { store: values.store } : {}),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function recipientText(r: RouteView): string {
  const who = r.recipient.name ?? r.recipient.personId;
  const relation =
    r.recipient.relation === 'self' ? 'debtor' : r.recipient.relation.replaceAll('_', '-');
  return `${who} (${relation})`;
}

function flagText(r: RouteView): string {
  const flags: string[] = [];
  if (r.flags.shared !== undefined) flags.push(`shared×${r.flags.shared}`);
  if (r.flags.suspendedUntil !== undefined) flags.push('was suspended');
  if (r.flags.stale) flags.push('stale');
  if (r.guard)
    flags.push(
      r.guard.outcome === 'allow'
        ? 'guard: allow'
        : `guard: deny ${r.guard.rules.map((x) => x.id).join(',')}`,
    );
  return flags.join(' ');
}

/** A reason in the table's words (English, days in UTC). */
function words(reason: Reason): string {
  return renderMessage('en', reason.code, reason.params);
}

/** The result as a plain-text table: one line per route, its reasons indented below it. */
export function formatRoutesTable(result: RoutesResult): string {
  const lines = [
    `Routes for debtor ${result.debtorId}, account ${result.accountId}, at ${result.at}`,
  ];
  for (const note of result.notes) lines.push(`note: ${words(note)}`);
  if (result.routes.length === 0) lines.push('', 'No routes.');
  else {
    const rows = result.routes.map((r) => [
      String(r.rank),
      `${r.contact.kind} ${r.contact.value}`,
      recipientText(r),
      r.score.toFixed(2),
      flagText(r),
    ]);
    const header = ['#', 'Contact', 'Recipient', 'Score', 'Flags'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    lines.push(
      '',
      header
        .map((h, i) => pad(h, widths[i]!))
        .join('  ')
        .trimEnd(),
    );
    result.routes.forEach((r, n) => {
      lines.push(
        rows[n]!.map((cell, i) => pad(cell, widths[i]!))
          .join('  ')
          .trimEnd(),
      );
      for (const reason of r.reasons) lines.push(`${' '.repeat(widths[0]! + 2)}- ${words(reason)}`);
    });
  }
  if (result.excluded.length > 0) {
    lines.push('', 'Left out:');
    for (const e of result.excluded)
      lines.push(
        `  ${e.contact.kind} ${e.contact.value}: ${e.reason}${e.until ? ` (until ${e.until})` : ''}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `skipgraph routes DEBTOR_ID`: prints the ranked routes as a table, or JSON with --json.
 * Returns 0 on success, 1 when the debtor or account cannot be routed (message on stderr).
 * @example await runRoutesCommand(['D1', '--at', '2026-11-23T10:00:00Z', '--json'])
 */
export async function runRoutesCommand(
  argv: string[],
  deps: RoutesCommandDeps = {},
): Promise<number> {
  const defaults = processOutput();
  const out = deps.out ?? defaults.out;
  const err = deps.err ?? defaults.err;
  const parsed = parseQuery(argv, deps.now ?? (() => new Date()));
  if (parsed.help) {
    out(ROUTES_HELP);
    return 0;
  }
  const store = await (deps.openStore ?? openConfiguredStore)(parsed);
  try {
    const result = await getRoutes(
      { store, promises: store, ...(deps.preview ? { preview: deps.preview } : {}) },
      parsed.query,
    );
    out(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : formatRoutesTable(result));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      err(`skipgraph routes: ${error.message} (${error.code})\n`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
