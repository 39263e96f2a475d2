import type { SqlStatement, SqlValue } from './sql-executor.js';

/** Bound parameters a statement may carry when the executor does not say (Cloudflare D1's limit). */
export const DEFAULT_MAX_PARAMETERS = 100;
/** Rows per statement at most: past this the statement's length outgrows what one more row saves. */
const MAX_ROWS = 64;

/**
 * Rows written as multi-row `INSERT … VALUES (…), (…) …` statements, so SQLite steps one
 * statement per chunk instead of one per row. Full chunks share one SQL text (prepared once);
 * the remainder goes row by row with the one-row text, so only two texts per table reach the
 * statement cache. SQLite applies the rows of one statement in order, each seeing the ones
 * before it, so an upsert of the same key twice ends as the same two statements would.
 * `head` is `INSERT INTO t (a, b) VALUES`, `tail` what follows the values (an ON CONFLICT clause).
 * @example multiRow('INSERT INTO emails (address) VALUES', 'ON CONFLICT DO NOTHING', [['a@x.cn']], 100)
 */
export function multiRow(
  head: string,
  tail: string,
  rows: SqlValue[][],
  maxParameters: number = DEFAULT_MAX_PARAMETERS,
): SqlStatement[] {
  if (rows.length === 0) return [];
  const width = (rows[0] as SqlValue[]).length;
  const perChunk = Math.max(1, Math.min(MAX_ROWS, Math.floor(maxParameters / width)));
  const group = `(${new Array(width).fill('?').join(', ')})`;
  const statements: SqlStatement[] = [];
  let i = 0;
  if (perChunk > 1 && rows.length >= perChunk) {
    const sql = `${head} ${new Array(perChunk).fill(group).join(', ')} ${tail}`;
    for (; i + perChunk <= rows.length; i += perChunk) {
      const params: SqlValue[] = [];
      for (let j = i; j < i + perChunk; j++) for (const v of rows[j] as SqlValue[]) params.push(v);
      statements.push({ sql, params });
    }
  }
  const single = `${head} ${group} ${tail}`;
  for (; i < rows.length; i++) statements.push({ sql: single, params: rows[i] as SqlValue[] });
  return statements;
}
