import type { Attempt, Outcome } from '../../domain/model/index.js';
import { clampLimit, contactValue, epochMs, MAX_LIST_LIMIT } from '../port-rules.js';
import type { AttemptFilter, AttemptLog, GuardHistoryScope } from '../roles/attempt-log.js';
import { multiRow } from './multi-row.js';
import { type AttemptRow, attemptFromRow } from './rows.js';
import type { SqlExecutor, SqlValue } from './sql-executor.js';

/*
 * Each branch an index range (account_id, at_ms), (contact_kind, contact_value, at_ms),
 * (person_id, at_ms); UNION keeps each attempt once. A missing person binds NULL, which matches
 * no row.
 */
const GUARD_HISTORY_SQL = `SELECT * FROM attempts WHERE account_id = ? AND at_ms < ?
UNION SELECT * FROM attempts WHERE contact_kind = ? AND contact_value = ? AND at_ms >= ? AND at_ms < ?
UNION SELECT * FROM attempts WHERE person_id = ? AND at_ms >= ? AND at_ms < ?
UNION SELECT * FROM attempts WHERE account_id IN (SELECT value FROM json_each(?)) AND at_ms >= ? AND at_ms < ?
ORDER BY at_ms, id`;

/** Contact attempts in the embedded store (the attempts table, indexed by time in epoch ms). */
export class SqliteAttemptLog implements AttemptLog {
  constructor(private readonly db: SqlExecutor) {}

  async recordAttempts(rows: Attempt[]): Promise<void> {
    if (rows.length === 0) return;
    const statements = multiRow(
      'INSERT INTO attempts (id, account_id, at, at_ms, channel, contact_kind, contact_value, person_id, outcome, outcome_at, note, decision_id, message_digest, direction) VALUES',
      'ON CONFLICT (id) DO NOTHING',
      rows.map((a) => [
        a.id,
        a.accountId,
        a.at,
        epochMs(a.at, 'attempt time'),
        a.channel,
        a.contact.kind,
        contactValue(a.contact),
        a.personId ?? null,
        a.outcome ?? null,
        a.outcomeAt ?? null,
        a.note ?? null,
        a.decisionId ?? null,
        a.messageDigest ?? null,
        a.direction === 'inbound' ? 'inbound' : null,
      ]),
      this.db.maxParameters,
    );
    await this.db.batch(statements);
  }

  async getAttempt(id: string): Promise<Attempt | undefined> {
    const row = await this.db.first<AttemptRow>('SELECT * FROM attempts WHERE id = ?', [id]);
    return row === undefined ? undefined : attemptFromRow(row);
  }

  async listAttempts(filter: AttemptFilter): Promise<Attempt[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.accountId !== undefined) {
      where.push('account_id = ?');
      params.push(filter.accountId);
    }
    if (filter.personId !== undefined) {
      where.push('person_id = ?');
      params.push(filter.personId);
    }
    if (filter.contact !== undefined) {
      where.push('contact_kind = ? AND contact_value = ?');
      params.push(filter.contact.kind, contactValue(filter.contact));
    }
    if (filter.from !== undefined) {
      where.push('at_ms >= ?');
      params.push(epochMs(filter.from, 'window start'));
    }
    if (filter.to !== undefined) {
      where.push('at_ms < ?');
      params.push(epochMs(filter.to, 'window end'));
    }
    let sql = `SELECT * FROM attempts${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at_ms, id`;
    if (filter.limit !== undefined) {
      sql += ' LIMIT ?';
      params.push(clampLimit(filter.limit, MAX_LIST_LIMIT));
    }
    const rows = await this.db.all<AttemptRow>(sql, params);
    return rows.map(attemptFromRow);
  }

  async guardHistory(scope: GuardHistoryScope): Promise<Attempt[]> {
    const from = epochMs(scope.from, 'window start');
    const to = epochMs(scope.to, 'window end');
    const rows = await this.db.all<AttemptRow>(GUARD_HISTORY_SQL, [
      scope.accountId,
      to,
      scope.contact.kind,
      contactValue(scope.contact),
      from,
      to,
      scope.personId ?? null,
      from,
      to,
      JSON.stringify(scope.otherAccountIds),
      from,
      to,
    ]);
    return rows.map(attemptFromRow);
  }

  /** Sets the outcome; a note replaces the stored one only when given. */
  async setAttemptOutcome(
    id: string,
    outcome: Outcome,
    at: string,
    note?: string,
  ): Promise<Attempt | undefined> {
    const { changes } = await this.db.run(
      'UPDATE attempts SET outcome = ?, outcome_at = ?, note = coalesce(?, note) WHERE id = ?',
      [outcome, at, note ?? null, id],
    );
    return changes === 0 ? undefined : this.getAttempt(id);
  }

  /**
   * No-op: the embedded store runs every write transaction as BEGIN IMMEDIATE, which holds the
   * database's one write lock from the start, so every scope is already locked for the caller's
   * transaction, against this process and any other on the same file (see BetterSqlite3Executor).
   */
  async lockScopes(_keys: readonly string[]): Promise<void> {}
}
