import { PURGE_ACCOUNT } from '../../domain/model/index.js';
import type { AccountActivity } from '../../domain/retention/retention-period.js';
import { batchesOf } from '../port-rules.js';
import type { RecordCounts, Retention } from '../roles/retention.js';
import { addressFromRow } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

/** Accounts per statement: far below SQLite's and D1's limits on bound parameters. */
const ACCOUNTS_PER_STATEMENT = 90;

interface ActivityRow {
  id: string;
  debtor_id: string;
  jurisdiction: string;
  attempt_ms: number | null;
  audit_ms: number | null;
  payment_ms: number | null;
  promise_at: string | null;
  address_id: string | null;
  line: string | null;
  city: string | null;
  region: string | null;
  postcode: string | null;
  country: string | null;
  timezone: string | null;
}

/** The latest of the account's activity times, as ISO text; undefined when it has none. */
function lastActivity(row: ActivityRow): string | undefined {
  const times = [row.attempt_ms, row.audit_ms, row.payment_ms].filter(
    (t): t is number => t !== null,
  );
  if (row.promise_at !== null) {
    const made = Date.parse(row.promise_at);
    if (Number.isFinite(made)) times.push(made);
  }
  return times.length === 0 ? undefined : new Date(Math.max(...times)).toISOString();
}

function activityOf(row: ActivityRow): AccountActivity {
  const activity: AccountActivity = {
    accountId: row.id,
    debtorId: row.debtor_id,
    jurisdiction: row.jurisdiction,
  };
  const last = lastActivity(row);
  if (last !== undefined) activity.lastActivityAt = last;
  if (row.address_id !== null && row.line !== null && row.city !== null && row.country !== null)
    activity.debtorAddress = addressFromRow({
      id: row.address_id,
      line: row.line,
      city: row.city,
      region: row.region ?? '',
      postcode: row.postcode,
      country: row.country,
      timezone: row.timezone,
    });
  return activity;
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Retention in the embedded store: activity read per page, records purged with chain tombstones. */
export class SqliteRetention implements Retention {
  constructor(private readonly db: SqlExecutor) {}

  async accountActivity(
    afterAccountId: string | undefined,
    limit: number,
  ): Promise<AccountActivity[]> {
    // One row per account; each activity time and the current address come from indexed look-ups.
    const rows = await this.db.all<ActivityRow>(
      `SELECT a.id, a.debtor_id, a.jurisdiction,
         (SELECT MAX(t.at_ms) FROM attempts t WHERE t.account_id = a.id) AS attempt_ms,
         (SELECT MAX(u.at_ms) FROM audit u WHERE u.account_id = a.id) AS audit_ms,
         (SELECT MAX(p.at_ms) FROM payments p WHERE p.account_id = a.id) AS payment_ms,
         (SELECT MAX(r.made_at) FROM promises r WHERE r.account_id = a.id) AS promise_at,
         ad.id AS address_id, ad.line, ad.city, ad.region, ad.postcode, ad.country, ad.timezone
       FROM accounts a
       LEFT JOIN addresses ad ON ad.id = (
         SELECT substr(e.to_key, 9) FROM edges e
         WHERE e.from_key = 'person:' || a.debtor_id AND e.type = 'LIVED_AT' AND e.valid_to IS NULL
         ORDER BY COALESCE(e.valid_from, e.last_seen) DESC LIMIT 1)
       WHERE a.id > ? ORDER BY a.id LIMIT ?`,
      [afterAccountId ?? '', limit],
    );
    return rows.map(activityOf);
  }

  async countRecords(accountIds: readonly string[]): Promise<RecordCounts> {
    const counts: RecordCounts = { attempts: 0, audit: 0, outbox: 0 };
    for (const ids of batchesOf(accountIds, ACCOUNTS_PER_STATEMENT)) {
      const row = await this.db.first<RecordCounts>(
        `SELECT
           (SELECT COUNT(*) FROM attempts WHERE account_id IN (${marks(ids.length)})) AS attempts,
           (SELECT COUNT(*) FROM audit WHERE account_id IN (${marks(ids.length)})) AS audit,
           (SELECT COUNT(*) FROM outbox WHERE attempt_id IN
              (SELECT id FROM attempts WHERE account_id IN (${marks(ids.length)}))) AS outbox`,
        [...ids, ...ids, ...ids],
      );
      counts.attempts += Number(row?.attempts ?? 0);
      counts.audit += Number(row?.audit ?? 0);
      counts.outbox += Number(row?.outbox ?? 0);
    }
    return counts;
  }

  async purgeRecords(accountIds: readonly string[], purgeId: string): Promise<RecordCounts> {
    const counts: RecordCounts = { attempts: 0, audit: 0, outbox: 0 };
    await this.db.transaction(async (tx) => {
      for (const ids of batchesOf(accountIds, ACCOUNTS_PER_STATEMENT)) {
        const params: SqlValue[] = [...ids];
        const inIds = `(${marks(ids.length)})`;
        counts.outbox += (
          await tx.run(
            `DELETE FROM outbox WHERE attempt_id IN (SELECT id FROM attempts WHERE account_id IN ${inIds})`,
            params,
          )
        ).changes;
        counts.attempts += (
          await tx.run(`DELETE FROM attempts WHERE account_id IN ${inIds}`, params)
        ).changes;
        // The tombstone first: the delete trigger spares only rows that have one.
        await tx.run(
          `INSERT INTO audit_purged (seq, id, purge_id)
             SELECT seq, id, ? FROM audit WHERE account_id IN ${inIds} AND account_id <> ?`,
          [purgeId, ...params, PURGE_ACCOUNT],
        );
        counts.audit += (
          await tx.run(`DELETE FROM audit WHERE account_id IN ${inIds} AND account_id <> ?`, [
            ...params,
            PURGE_ACCOUNT,
          ])
        ).changes;
      }
    });
    return counts;
  }
}
