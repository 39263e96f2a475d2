import { batchesOf } from '../port-rules.js';
import type {
  WorklistCursor,
  WorklistEntry,
  WorklistIndex,
  WorklistQuery,
  WorklistRoute,
  WorklistRow,
} from '../roles/worklist-index.js';
import type { SqlExecutor } from './sql-executor.js';

/** Ids per set-based statement: one JSON text parameter, well inside D1's size limits. */
const IDS_PER_STATEMENT = 1_000;

/** One fresh entry if any (exported for its plan's test). */
export const FRESH_ENTRY_SQL = 'SELECT 1 AS fresh FROM worklist WHERE stale = 0 LIMIT 1';

/** Score assumed for an account whose routes are not ranked yet: neither first nor last. */
export const UNRANKED_SCORE = 0.5;

interface Row {
  account_id: string;
  debtor_id: string;
  debtor_name: string;
  due_date: string;
  balance: number;
  currency: string;
  jurisdiction: string;
  score: number | null;
  promise_due: string | null;
  routes: string;
  stale: number;
  refreshed_at: string | null;
  bucket: number;
  stage: number;
  value: number;
}

function entryOf(r: Row): WorklistEntry {
  const entry: WorklistEntry = {
    accountId: r.account_id,
    debtorId: r.debtor_id,
    debtorName: r.debtor_name,
    dueDate: r.due_date,
    balance: r.balance,
    currency: r.currency,
    jurisdiction: r.jurisdiction,
    routes: JSON.parse(r.routes) as WorklistRoute[],
    stale: r.stale === 1,
  };
  if (r.score !== null) entry.score = r.score;
  if (r.promise_due !== null) entry.promiseDue = r.promise_due;
  if (r.refreshed_at !== null) entry.refreshedAt = r.refreshed_at;
  return entry;
}

/**
 * The worklist in the embedded store: one row per open account. A page is one top-N query: the
 * due bucket and the stage are computed from the stored dates for the asked day (so nothing
 * goes stale at midnight), then value = balance × best route score, then account id.
 */
export class SqliteWorklistIndex implements WorklistIndex {
  constructor(private readonly db: SqlExecutor) {}

  async putWorklistEntries(rows: WorklistEntry[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.batch(
      rows.map((e) => ({
        sql: `INSERT INTO worklist (account_id, debtor_id, debtor_name, due_date, balance, currency, jurisdiction, score, promise_due, routes, stale, refreshed_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
          ON CONFLICT (account_id) DO UPDATE SET debtor_id = excluded.debtor_id, debtor_name = excluded.debtor_name,
            due_date = excluded.due_date, balance = excluded.balance, currency = excluded.currency,
            jurisdiction = excluded.jurisdiction, score = excluded.score,
            routes = excluded.routes, stale = 0, refreshed_at = excluded.refreshed_at`,
        params: [
          e.accountId,
          e.debtorId,
          e.debtorName,
          e.dueDate,
          e.balance,
          e.currency,
          e.jurisdiction,
          e.score ?? null,
          e.promiseDue ?? null,
          JSON.stringify(e.routes),
          e.refreshedAt ?? null,
        ],
      })),
    );
  }

  async dropWorklistEntries(accountIds: string[]): Promise<void> {
    if (accountIds.length === 0) return;
    await this.db.batch(
      accountIds.map((id) => ({ sql: 'DELETE FROM worklist WHERE account_id = ?', params: [id] })),
    );
  }

  async markWorklistStale(target: { accountIds?: string[]; debtorIds?: string[] }): Promise<void> {
    const accountIds = target.accountIds ?? [];
    const debtorIds = target.debtorIds ?? [];
    if (accountIds.length === 0 && debtorIds.length === 0) return;
    // Set-based, a JSON list of ids per statement: an import batch names thousands of debtors.
    await this.db.batch([
      ...batchesOf(debtorIds, IDS_PER_STATEMENT).map((ids) => ({
        sql: 'UPDATE worklist SET stale = 1 WHERE debtor_id IN (SELECT value FROM json_each(?)) AND stale = 0',
        params: [JSON.stringify(ids)],
      })),
      ...batchesOf(accountIds, IDS_PER_STATEMENT).map((ids) => ({
        sql: `INSERT INTO worklist (account_id, debtor_id, debtor_name, due_date, balance, currency, jurisdiction, stale)
          SELECT a.id, a.debtor_id, COALESCE(p.name, ''), a.due_date, a.balance, a.currency, a.jurisdiction, 1
          FROM json_each(?) j JOIN accounts a ON a.id = j.value LEFT JOIN persons p ON p.id = a.debtor_id
          WHERE a.status = 'open'
          ON CONFLICT (account_id) DO UPDATE SET stale = 1, debtor_id = excluded.debtor_id,
            debtor_name = excluded.debtor_name, due_date = excluded.due_date, balance = excluded.balance,
            currency = excluded.currency, jurisdiction = excluded.jurisdiction`,
        params: [JSON.stringify(ids)],
      })),
    ]);
  }

  async setWorklistPromise(accountId: string, promiseDue: string | undefined): Promise<void> {
    await this.db.run('UPDATE worklist SET promise_due = ? WHERE account_id = ?', [
      promiseDue ?? null,
      accountId,
    ]);
  }

  async worklistPage(q: WorklistQuery): Promise<WorklistRow[]> {
    const after: WorklistCursor = q.after ?? { bucket: -1, stage: -1, value: 0, accountId: '' };
    const s = q.stageDueDates;
    const rows = await this.db.all<Row>(
      `SELECT * FROM (
         SELECT w.*,
           CASE WHEN promise_due IS NULL THEN 3 WHEN promise_due = ? THEN 0 WHEN promise_due = ? THEN 1
                WHEN promise_due < ? THEN 2 ELSE 3 END AS bucket,
           CASE WHEN substr(due_date, 1, 10) > ? THEN 4 WHEN substr(due_date, 1, 10) > ? THEN 0
                WHEN substr(due_date, 1, 10) > ? THEN 1 WHEN substr(due_date, 1, 10) > ? THEN 2 ELSE 3 END AS stage,
           balance * COALESCE(score, ${UNRANKED_SCORE}) AS value
         FROM worklist w)
       WHERE (bucket, stage, -value, account_id) > (?, ?, ?, ?)
       ORDER BY bucket, stage, value DESC, account_id
       LIMIT ?`,
      [
        q.today,
        q.tomorrow,
        q.today,
        s.early,
        s.mid,
        s.late,
        s.writeoff,
        after.bucket,
        after.stage,
        -after.value,
        after.accountId,
        q.limit,
      ],
    );
    return rows.map((r) => ({
      entry: entryOf(r),
      cursor: { bucket: r.bucket, stage: r.stage, value: r.value, accountId: r.account_id },
    }));
  }

  async staleWorklistAccounts(limit: number): Promise<string[]> {
    const rows = await this.db.all<{ account_id: string }>(
      'SELECT account_id FROM worklist WHERE stale = 1 LIMIT ?',
      [limit],
    );
    return rows.map((r) => r.account_id);
  }

  async hasFreshWorklistEntries(): Promise<boolean> {
    // One look-up in the partial index worklist_fresh, however many stale entries there are.
    return (await this.db.first(FRESH_ENTRY_SQL)) !== undefined;
  }
}
