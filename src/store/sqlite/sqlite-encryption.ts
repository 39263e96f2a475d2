import type Database from 'better-sqlite3-multiple-ciphers';
import { StoreUnavailableError } from '../store-errors.js';

/**
 * Keys a freshly opened connection with SQLCipher 4's format (AES-256 pages, HMAC-SHA512,
 * PBKDF2 256,000 rounds), so `sqlcipher` and DB Browser for SQLite open the file with the same
 * key. Must run before anything else reads the file; a new file is created encrypted.
 */
export function applyKey(db: Database.Database, key: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.key(Buffer.from(key, 'utf8'));
}

/**
 * The error for a file SQLite cannot read as a database: with a key, the key is wrong (or the
 * file is plain); without one, it is encrypted (or no database at all). The key is never named.
 */
export function unreadableDatabase(keyed: boolean, cause: unknown): StoreUnavailableError {
  return new StoreUnavailableError(
    keyed
      ? 'cannot open the embedded database: SKIPGRAPH_DB_KEY is not the key of this file (or the file is not encrypted)'
      : 'cannot open the embedded database: the file is encrypted (set SKIPGRAPH_DB_KEY) or is not an SQLite database',
    { cause },
  );
}
