import { createHash } from 'node:crypto';
import Database from 'better-sqlite3-multiple-ciphers';

/**
 * A digest of every table of an SQLite file, read through a second read-only connection (what a
 * running service committed is visible to it in WAL mode); rows are sorted, so only content counts.
 */
export function storeSnapshot(path: string): Record<string, string> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as { name: string }[];
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name.replaceAll('"', '""')}"`)
        .raw()
        .all()
        .map((row) =>
          JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
        )
        .sort();
      out[name] = `${rows.length}:${createHash('sha256').update(rows.join('\n')).digest('hex')}`;
    }
    return out;
  } finally {
    db.close();
  }
}
