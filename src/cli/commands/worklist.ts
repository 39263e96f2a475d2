import { parseArgs } from 'node:util';
import { AppError } from '../../app/app-error.js';
import { PolicyRegistry } from '../../app/policy/policy-registry.js';
import { getWorklist, type WorklistPage } from '../../app/worklist/get-worklist.js';
import { refreshStaleWorklist } from '../../app/worklist/refresh-worklist.js';
import { worklistPreview } from '../../app/worklist/worklist-preview.js';
import { addressLabel } from '../../messages/address-label.js';
import type { Lang } from '../../messages/language.js';
import { phoneDisplay } from '../../messages/phone-display.js';
import { type MessageParams, money, renderMessage, term } from '../../messages/render-message.js';
import { isKnownZone, relativeTime } from '../../messages/times.js';
import { cliLang } from '../cli-lang.js';
import { wordsFor } from '../cli-words.js';
import { helpText } from '../help-text.js';
import { commandConfig, openStore } from '../open-store.js';
import { UsageError } from '../usage-error.js';

/** What the worklist command needs from its surroundings. */
export interface WorklistCommandDeps {
  now?: () => Date;
  out?: (text: string) => void;
  err?: (text: string) => void;
  env?: NodeJS.ProcessEnv;
}

function text(lang: Lang, code: string, params: MessageParams, zone: string): string {
  return renderMessage(lang, code, params, { timeZone: zone });
}

/**
 * A route's contact as a collector reads it: a number in international groups, an address by its
 * street and city, its id beside them.
 */
function contactText(route: WorklistPage['items'][number]['route']): string {
  const label = route.address && addressLabel(route.address);
  return label ? `${label} ${route.contact.value}` : phoneDisplay(route.contact.value);
}

/** The route's contact, whose it is and its chance: "… (spouse, 40%)" / "…（配偶，40%）". */
function routeText(lang: Lang, route: WorklistPage['items'][number]['route']): string {
  const relation = route.relation;
  // Rounded here so both languages show the same whole percent ICU would round half-even.
  const score = Math.round(route.score * 100) / 100;
  return renderMessage(lang, 'cli_worklist_route', {
    contact: contactText(route),
    relation,
    score,
  });
}

/** The page as lines a collector reads: one row per account, the reasons indented below. */
export function formatWorklist(page: WorklistPage, lang: Lang, zone: string): string {
  const lines: string[] = [];
  const now = new Date(page.at);
  page.items.forEach((item, i) => {
    const route = item.route;
    lines.push(
      `${i + 1}. ${item.debtorName} ${item.accountId}  ${money(lang, item.balance, item.currency)}  ${term(lang, 'stage', item.stage)}  ${term(lang, 'channel', route.channel)} ${routeText(lang, route)}`,
    );
    for (const why of item.why) lines.push(`   - ${text(lang, why.code, why.params, zone)}`);
  });
  if (page.items.length === 0) lines.push(renderMessage(lang, 'cli_worklist_empty'));
  if (page.apart.length > 0) {
    lines.push('', renderMessage(lang, 'cli_worklist_apart'));
    for (const a of page.apart) {
      const reason = text(lang, a.code, a.params, zone);
      const when = a.opensAt ? relativeTime(lang, new Date(a.opensAt), now) : undefined;
      const shown =
        when === undefined ? reason : renderMessage(lang, 'cli_worklist_opens', { reason, when });
      lines.push(`- ${a.debtorName} ${a.accountId}  ${shown}`);
      if (a.promise) lines.push(`   - ${text(lang, a.promise.code, a.promise.params, zone)}`);
      for (const r of a.rules) lines.push(`   - ${r.id}: ${text(lang, r.code, r.params, zone)}`);
    }
  }
  if (page.nextCursor) lines.push('', `--cursor ${page.nextCursor}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `skipgraph worklist`: prints one page of the worklist. Returns 0, or 1 on a use-case error.
 * @example await runWorklistCommand(['--tz', 'Asia/Shanghai', '--lang', 'zh-CN'])
 */
export async function runWorklistCommand(
  argv: string[],
  deps: WorklistCommandDeps = {},
): Promise<number> {
  const out = deps.out ?? ((t: string) => void process.stdout.write(t));
  const err = deps.err ?? ((t: string) => void process.stderr.write(t));
  const env = deps.env ?? process.env;
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      at: { type: 'string' },
      limit: { type: 'string' },
      cursor: { type: 'string' },
      tz: { type: 'string' },
      lang: { type: 'string' },
      refresh: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      db: { type: 'string' },
      store: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out(`${helpText(cliLang(values.lang, env), 'worklist')}\n`);
    return 0;
  }
  const at = values.at === undefined ? (deps.now ?? (() => new Date()))() : new Date(values.at);
  if (Number.isNaN(at.getTime())) throw new UsageError('cli_at_not_iso');
  if (values.limit !== undefined && !/^\d+$/.test(values.limit))
    throw new UsageError('cli_limit_not_whole');
  const zone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  if (!isKnownZone(zone)) throw new UsageError('cli_tz_unknown', { name: zone });
  const lang = cliLang(values.lang, env);
  const loaded = commandConfig(env, {
    ...(values.db ? { db: values.db } : {}),
    ...(values.store ? { store: values.store } : {}),
  });
  if (!loaded.ok) throw new UsageError('cli_configuration_error', { problems: loaded.problems });
  const store = await openStore(loaded.config);
  const registry = await PolicyRegistry.open(loaded.config.policiesDir, { watch: false });
  try {
    if (values.refresh) {
      const n = await refreshStaleWorklist({ store }, at);
      err(`${renderMessage(lang, 'cli_worklist_refreshed', { count: String(n) })}\n`);
    }
    const page = await getWorklist(
      { store, preview: worklistPreview(store, registry) },
      {
        at,
        zone,
        ...(values.limit ? { limit: Number(values.limit) } : {}),
        ...(values.cursor ? { cursor: values.cursor } : {}),
      },
    );
    out(values.json ? `${JSON.stringify(page, null, 2)}\n` : formatWorklist(page, lang, zone));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      err(`skipgraph worklist: ${wordsFor(lang, error)} (${error.code})\n`);
      return 1;
    }
    throw error;
  } finally {
    registry.close();
    await store.close();
  }
}
