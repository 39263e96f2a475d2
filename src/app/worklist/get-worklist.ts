import {
  type Channel,
  channelsFor,
  daysPastDue,
  type Stage,
  stageOf,
} from '../../domain/model/index.js';
import { STAGE_FROM_DAYS } from '../../domain/model/stage.js';
import {
  dayIn,
  nextDay,
  promiseExplanation,
  promiseLedger,
} from '../../domain/promises/promise-ledger.js';
import { addressLabel } from '../../messages/address-label.js';
import type {
  WorklistCursor,
  WorklistEntry,
  WorklistRoute,
  WorklistRow,
} from '../../store/graph-store.js';
import { AppError } from '../app-error.js';
import type { GuardPreview } from '../guard/guard-preview.js';
import type { Explanation } from './explanation.js';
import { noRouteReason } from './no-route-reason.js';
import { refreshWorklist, type WorklistUpkeepDeps } from './refresh-worklist.js';

/** Rows on one page when none is asked for, and the most one page may ask. */
export const DEFAULT_WORKLIST_LIMIT = 20;
export const MAX_WORKLIST_LIMIT = 100;
/** Candidates examined per page, as a multiple of the limit: the rest wait for the next page. */
const SCAN_FACTOR = 3;
/** Stale entries re-ranked while answering one page; more wait for the upkeep. */
const REFRESH_PER_PAGE = 20;

/** The worklist's guard, given a route: allowed now or not, and why. */
export type WorklistPreview = (
  route: {
    accountId: string;
    channel: Channel;
    contact: WorklistRoute['contact'];
    recipientPersonId: string;
  },
  at: Date,
) => Promise<GuardPreview>;

/** What the worklist needs: the store, re-ranking, and the guard. */
export interface WorklistDeps extends WorklistUpkeepDeps {
  preview: WorklistPreview;
}

/** One account to work now: its best allowed route and why it is on the list. */
export interface WorklistItem {
  accountId: string;
  debtorId: string;
  debtorName: string;
  balance: number;
  currency: string;
  jurisdiction: string;
  daysPastDue: number;
  stage: Stage;
  promise?: Explanation & { state: string; dueDate: string };
  route: WorklistRoute & { channel: Channel };
  why: Explanation[];
  /** When a better-ranked route that is denied now opens, if one does. */
  betterRouteOpensAt?: string;
}

/** An account nothing may contact now: the reasons, and when the first route opens. */
export interface WorklistApart {
  accountId: string;
  debtorId: string;
  debtorName: string;
  balance: number;
  currency: string;
  stage: Stage;
  promise?: Explanation & { state: string; dueDate: string };
  /**
   * worklist_opens_at, worklist_nothing_open, worklist_no_route, or worklist_ceased_contact(_since)
   * when the debtor asked to stop all contact.
   */
  code: string;
  params: Explanation['params'];
  opensAt?: string;
  /** The guard's verdicts on the best route. */
  rules: GuardPreview['rules'];
}

/** A page of the worklist. */
export interface WorklistPage {
  at: string;
  today: string;
  items: WorklistItem[];
  apart: WorklistApart[];
  nextCursor?: string;
}

function encodeCursor(c: WorklistCursor): string {
  return Buffer.from(JSON.stringify([c.bucket, c.stage, c.value, c.accountId])).toString(
    'base64url',
  );
}

function decodeCursor(text: string): WorklistCursor {
  try {
    const [bucket, stage, value, accountId] = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    ) as unknown[];
    if (
      typeof bucket === 'number' &&
      typeof stage === 'number' &&
      typeof value === 'number' &&
      typeof accountId === 'string'
    )
      return { bucket, stage, value, accountId };
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid', 'invalid_cursor', '`cursor` is not one this service gave out');
}

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

async function promiseOf(
  deps: WorklistDeps,
  entry: WorklistEntry,
  today: string,
): Promise<WorklistItem['promise']> {
  if (entry.promiseDue === undefined) return undefined;
  const [promises, payments] = await Promise.all([
    deps.store.listPromises(entry.accountId),
    deps.store.listPayments(entry.accountId),
  ]);
  const latest = promiseLedger(promises, payments, today, undefined)
    .filter((s) => s.state !== 'kept')
    .sort((a, b) => b.promise.madeAt.localeCompare(a.promise.madeAt))[0];
  if (latest === undefined) return undefined;
  return { ...promiseExplanation(latest), state: latest.state, dueDate: latest.promise.dueDate };
}

/**
 * One page of the collector's worklist at `at`: accounts in the order of what is due (promises
 * due today, due tomorrow, broken), then stage (early first) and balance × best route score;
 * each examined account's stored routes go to the guard until one is allowed now. Accounts with
 * none allowed are listed apart with the reasons and the time the first opens. Stale entries
 * among the candidates are re-ranked first (bounded per page).
 * @throws AppError invalid_cursor, invalid_limit (bad_request)
 */
export async function getWorklist(
  deps: WorklistDeps,
  query: { at: Date; limit?: number; cursor?: string; zone?: string },
): Promise<WorklistPage> {
  const limit = query.limit ?? DEFAULT_WORKLIST_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_WORKLIST_LIMIT)
    throw new AppError(
      'invalid',
      'invalid_limit',
      `\`limit\` must be an integer from 1 to ${MAX_WORKLIST_LIMIT}`,
      { params: { max: MAX_WORKLIST_LIMIT } },
    );
  const at = query.at;
  const today = dayIn(at, query.zone);
  const read = (): Promise<WorklistRow[]> =>
    deps.store.worklistPage({
      today,
      tomorrow: nextDay(today),
      stageDueDates: {
        early: daysBefore(today, STAGE_FROM_DAYS.early),
        mid: daysBefore(today, STAGE_FROM_DAYS.mid),
        late: daysBefore(today, STAGE_FROM_DAYS.late),
        writeoff: daysBefore(today, STAGE_FROM_DAYS.writeoff),
      },
      ...(query.cursor ? { after: decodeCursor(query.cursor) } : {}),
      limit: limit * SCAN_FACTOR,
    });
  let candidates = await read();
  const stale = candidates.filter((c) => c.entry.stale).slice(0, REFRESH_PER_PAGE);
  // Re-ranked entries take their new places in the order, so the page is read again after them.
  if (stale.length > 0) {
    await refreshWorklist(
      deps,
      stale.map((c) => c.entry.accountId),
      at,
    );
    candidates = await read();
  }
  const page: WorklistPage = { at: at.toISOString(), today, items: [], apart: [] };
  let last: WorklistCursor | undefined;
  for (const candidate of candidates) {
    if (page.items.length >= limit) break;
    // A stale entry this page had no budget to re-rank ends the page: its stored routes may be
    // none at all (never ranked since an import), and the next page re-ranks it first. Only one
    // that would leave the page empty is re-ranked here, so every page moves the cursor on.
    let entry = candidate.entry;
    if (entry.stale) {
      if (last !== undefined) break;
      const [ranked] = await refreshWorklist(deps, [entry.accountId], at);
      if (ranked === undefined) continue;
      entry = { ...ranked, ...(entry.promiseDue ? { promiseDue: entry.promiseDue } : {}) };
    }
    last = candidate.cursor;
    await place(deps, page, entry, at, today);
  }
  const examinedAll = last === candidates.at(-1)?.cursor;
  // More may follow when the page filled up early or the scan window was full.
  if (last && (!examinedAll || candidates.length === limit * SCAN_FACTOR))
    page.nextCursor = encodeCursor(last);
  return page;
}

async function place(
  deps: WorklistDeps,
  page: WorklistPage,
  entry: WorklistEntry,
  at: Date,
  today: string,
): Promise<void> {
  const dpd = daysPastDue(entry, at);
  const promise = await promiseOf(deps, entry, today);
  const base = {
    accountId: entry.accountId,
    debtorId: entry.debtorId,
    debtorName: entry.debtorName,
    balance: entry.balance,
    currency: entry.currency,
    stage: stageOf(dpd),
    ...(promise ? { promise } : {}),
  };
  if (entry.routes.length === 0) {
    page.apart.push({ ...base, ...(await noRouteReason(deps.store, entry, at)), rules: [] });
    return;
  }
  let firstDenied: GuardPreview | undefined;
  let opensAt: string | undefined;
  for (const route of entry.routes) {
    const channel = channelsFor(route.contact.kind)[0] ?? 'call';
    const verdict = await deps.preview(
      {
        accountId: entry.accountId,
        channel,
        contact: route.contact,
        recipientPersonId: route.recipientPersonId,
      },
      at,
    );
    if (verdict.outcome === 'allow') {
      const item: WorklistItem = {
        ...base,
        jurisdiction: entry.jurisdiction,
        daysPastDue: dpd,
        route: { ...route, channel },
        why: [
          ...(promise ? [{ code: promise.code, params: promise.params }] : []),
          // An address is named by its street and city, as a collector goes to it, not by its id.
          {
            code: 'worklist_callable_now',
            params: {
              contact: (route.address && addressLabel(route.address)) ?? route.contact.value,
            },
          },
          // An email is written and a visit planned on the debtor's page: what each must satisfy
          // (content, collectors, recording), the policy says here.
          ...(verdict.conditions ?? []).map((r) => ({ code: r.code, params: r.params })),
        ],
      };
      if (opensAt !== undefined) item.betterRouteOpensAt = opensAt;
      page.items.push(item);
      return;
    }
    firstDenied ??= verdict;
    if (verdict.nextAllowedAt && (opensAt === undefined || verdict.nextAllowedAt < opensAt))
      opensAt = verdict.nextAllowedAt;
  }
  page.apart.push({
    ...base,
    code: opensAt ? 'worklist_opens_at' : 'worklist_nothing_open',
    params: opensAt ? { opensAt } : {},
    ...(opensAt ? { opensAt } : {}),
    rules: firstDenied?.rules ?? [],
  });
}
