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
import type { Lang } from '../../messages/language.js';
import { phoneDisplay } from '../../messages/phone-display.js';
import { renderMessage } from '../../messages/render-message.js';
import type { GraphStore } from '../../store/graph-store.js';
import { cliLang } from '../cli-lang.js';
import { type CliOutput, processOutput } from '../cli-output.js';
import { wordsFor } from '../cli-words.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore } from '../open-store.js';
import { padToWidth, textWidth } from '../text-width.js';
import { UsageError } from '../usage-error.js';
import { ROUTES_TABLE_WORDS } from './routes-table-words.js';

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
  /** The environment LANG is read from (default: the process's). */
  env?: NodeJS.ProcessEnv;
}

async function openConfiguredStore(options: { db?: string; store?: string }): Promise<GraphStore> {
  const loaded = commandConfig(process.env, options);
  if (!loaded.ok) throw new UsageError('cli_configuration_error', { problems: loaded.problems });
  return openStore(loaded.config);
}

function parseQuery(
  argv: string[],
  now: () => Date,
): {
  query: RoutesQuery;
  json: boolean;
  help: boolean;
  lang?: string;
  db?: string;
  store?: string;
} {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      at: { type: 'string' },
      account: { type: 'string' },
      channel: { type: 'string' },
      limit: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help)
    return {
      query: { debtorId: '', at: now() },
      json: false,
      help: true,
      ...(values.lang ? { lang: values.lang } : {}),
    };
  if (positionals.length !== 1 || !positionals[0]) throw new UsageError('cli_routes_needs_debtor');
  const at = values.at === undefined ? now() : new Date(values.at);
  if (Number.isNaN(at.getTime())) throw new UsageError('cli_at_not_iso');
  const query: RoutesQuery = { debtorId: positionals[0], at };
  if (values.account) query.accountId = values.account;
  if (values.channel !== undefined) {
    const channel = Channel.safeParse(values.channel);
    if (!channel.success)
      throw new UsageError('cli_channel_unknown', { options: Channel.options.join(', ') });
    query.channel = channel.data;
  }
  if (values.limit !== undefined) {
    if (!/^\d+$/.test(values.limit)) throw new UsageError('cli_limit_not_whole');
    query.limit = Number(values.limit);
  }
  return {
    query,
    json: values.json,
    help: false,
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.db ? { db: values.db } : {}),
    ...(values.store ? { store: values.store } : {}),
  };
}

function recipientText(lang: Lang, r: RouteView): string {
  return renderMessage(lang, 'cli_routes_recipient', {
    who: r.recipient.name ?? r.recipient.personId,
    relation: r.recipient.relation,
  });
}

function flagText(lang: Lang, r: RouteView): string {
  const w = ROUTES_TABLE_WORDS[lang];
  const flags: string[] = [];
  if (r.flags.shared !== undefined) flags.push(w.shared(r.flags.shared));
  if (r.flags.suspendedUntil !== undefined) flags.push(w.wasSuspended);
  if (r.flags.stale) flags.push(w.stale);
  if (r.guard)
    flags.push(
      r.guard.outcome === 'allow'
        ? w.guardAllow
        : w.guardDeny(r.guard.rules.map((x) => x.id).join(',')),
    );
  return flags.join(' ');
}

/** A reason in the table's language (days in UTC). */
function words(lang: Lang, reason: Reason): string {
  return renderMessage(lang, reason.code, reason.params);
}

/** The debtor's lost state and why no route is allowed, when the ranking was given a policy. */
function stateLines(lang: Lang, result: RoutesResult): string[] {
  const lines: string[] = [];
  if (result.lost) {
    lines.push(ROUTES_TABLE_WORDS[lang].lostSince(result.lost.since));
    for (const b of result.lost.because) lines.push(`  - ${words(lang, b)}`);
  }
  if (result.notLost) lines.push(words(lang, result.notLost));
  if (result.noAllowedRoute) lines.push(words(lang, result.noAllowedRoute));
  return lines;
}

/** The result as a plain-text table in `lang`: one line per route (a number in its groups), its reasons indented below it. */
export function formatRoutesTable(result: RoutesResult, lang: Lang = 'en'): string {
  const w = ROUTES_TABLE_WORDS[lang];
  const lines = [
    w.title(result.debtorId, result.accountId, result.at),
    ...stateLines(lang, result),
  ];
  for (const note of result.notes) lines.push(`${w.note}: ${words(lang, note)}`);
  if (result.routes.length === 0) lines.push('', w.noRoutes);
  else {
    const rows = result.routes.map((r) => [
      String(r.rank),
      `${w.point[r.contact.kind]} ${phoneDisplay(r.contact.value)}`,
      recipientText(lang, r),
      r.score.toFixed(2),
      flagText(lang, r),
    ]);
    const widths = w.header.map((h, i) =>
      Math.max(textWidth(h), ...rows.map((row) => textWidth(row[i]!))),
    );
    const line = (cells: readonly string[]) =>
      cells
        .map((c, i) => padToWidth(c, widths[i]!))
        .join('  ')
        .trimEnd();
    lines.push('', line(w.header));
    result.routes.forEach((r, n) => {
      lines.push(line(rows[n]!));
      // What an email must carry or a visit plan must have follows the reasons: checked when made.
      const said = [
        ...r.reasons.map((reason) => words(lang, reason)),
        ...(r.guard?.conditions ?? []).map((v) => renderMessage(lang, v.code, v.params)),
      ];
      for (const text of said) lines.push(`${' '.repeat(widths[0]! + 2)}- ${text}`);
    });
  }
  if (result.excluded.length > 0) {
    lines.push('', w.leftOut);
    for (const e of result.excluded)
      lines.push(
        `  ${w.point[e.contact.kind]} ${phoneDisplay(e.contact.value)}: ${words(lang, e)}${e.until ? w.until(e.until) : ''}`,
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
  const env = deps.env ?? process.env;
  const lang = cliLang(parsed.lang, env);
  if (parsed.help) {
    out(`${helpText(lang, 'routes')}\n`);
    return 0;
  }
  const store = await (deps.openStore ?? openConfiguredStore)(parsed);
  try {
    const result = await getRoutes(
      { store, promises: store, ...(deps.preview ? { preview: deps.preview } : {}) },
      parsed.query,
    );
    out(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : formatRoutesTable(result, lang));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      err(`skipgraph routes: ${wordsFor(lang, error)} (${error.code})\n`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
