import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { runMigrateCommand } from '../../src/cli/commands/migrate.js';
import { Person } from '../../src/domain/model/index.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { StoreUnavailableError } from '../../src/store/store-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'skipgraph-encryption-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = 'correct horse battery staple';
const NAME = 'Zhang Wei Encrypted';

/** A keyed store file holding one person, closed again. */
async function keyedFile(name: string): Promise<string> {
  const path = join(dir, name);
  const store = await openSqliteStore(path, { key: KEY });
  await store.transaction((tx) => tx.upsertPersons([Person.parse({ id: 'ENC-1', name: NAME })]));
  await store.close();
  return path;
}

describe('encryption at rest (SKIPGRAPH_DB_KEY)', () => {
  it('writes no readable page: neither the SQLite header nor a stored name is in the files', async () => {
    await keyedFile('plain-bytes.db');
    for (const file of readdirSync(dir).filter((f) => f.startsWith('plain-bytes.db'))) {
      const bytes = readFileSync(join(dir, file));
      expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
      expect(bytes.includes(Buffer.from(NAME))).toBe(false);
    }
    // A plain file, for contrast, has both.
    const plainPath = join(dir, 'contrast.db');
    const plain = await openSqliteStore(plainPath);
    await plain.transaction((tx) => tx.upsertPersons([Person.parse({ id: 'P-1', name: NAME })]));
    await plain.close();
    expect(readFileSync(plainPath).includes(Buffer.from('SQLite format 3'))).toBe(true);
  });

  it('reads back with the key', async () => {
    const path = await keyedFile('round-trip.db');
    const store = await openSqliteStore(path, { key: KEY });
    expect((await store.getPerson('ENC-1'))?.name).toBe(NAME);
    await store.close();
  });

  it('cannot be read without the key, nor with a wrong one, and says so', async () => {
    const path = await keyedFile('locked.db');
    await expect(openSqliteStore(path)).rejects.toThrow(/encrypted \(set SKIPGRAPH_DB_KEY\)/);
    await expect(openSqliteStore(path, { key: 'wrong key' })).rejects.toThrow(
      /SKIPGRAPH_DB_KEY is not the key of this file/,
    );
    await expect(openSqliteStore(path, { key: 'wrong key' })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    // The driver itself, with no key, sees no database either.
    const raw = new Database(path, { readonly: true });
    expect(() => raw.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/);
    raw.close();
  });

  it('opens through the SQLCipher pragmas (cipher sqlcipher, legacy 4, key)', async () => {
    const path = await keyedFile('sqlcipher.db');
    const db = new Database(path, { readonly: true });
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = '${KEY}'`);
    expect(db.prepare('SELECT count(*) AS n FROM sqlite_master').get()).toMatchObject({
      n: expect.any(Number),
    });
    db.close();
  });

  it('a command given the wrong key exits 1 with the reason, not a crash', async () => {
    const path = await keyedFile('cli.db');
    const errors: string[] = [];
    const code = await runMigrateCommand(['--db', path], {
      env: { SKIPGRAPH_DB_KEY: 'not it' },
      out: () => undefined,
      err: (line) => errors.push(line),
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/SKIPGRAPH_DB_KEY is not the key of this file/);
    expect(errors.join('\n')).not.toContain('not it');
  });
});
