import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BetterSqlite3Executor } from '../../src/store/sqlite/better-sqlite3-executor.js';
import { mapSqliteError } from '../../src/store/sqlite/sqlite-errors.js';
import { StoreConflictError, StoreUnavailableError } from '../../src/store/store-errors.js';

const dir = mkdtempSync(join(tmpdir(), 'skipgraph-executor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Lets every other ready callback run, so concurrent callers get a chance to interleave. */
const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('BetterSqlite3Executor', () => {
  let db: BetterSqlite3Executor;

  beforeEach(async () => {
    db = new BetterSqlite3Executor(':memory:');
    await db.run('CREATE TABLE slots (id INTEGER PRIMARY KEY, owner TEXT NOT NULL)');
  });

  afterEach(async () => {
    await db.close();
  });

  it('runs statements and returns rows', async () => {
    expect(await db.run('INSERT INTO slots (owner) VALUES (?), (?)', ['a', 'b'])).toEqual({
      changes: 2,
    });
    expect(await db.all<{ owner: string }>('SELECT owner FROM slots ORDER BY id')).toEqual([
      { owner: 'a' },
      { owner: 'b' },
    ]);
    expect(await db.first<{ n: number }>('SELECT count(*) AS n FROM slots')).toEqual({ n: 2 });
    expect(await db.first('SELECT * FROM slots WHERE owner = ?', ['zz'])).toBeUndefined();
  });

  it('binds bigints and byte arrays, and counts rows of a statement that returns them', async () => {
    await db.run('CREATE TABLE blobs (id INTEGER PRIMARY KEY, big INTEGER, data BLOB)');
    const bytes = new Uint8Array([1, 2, 3, 250]);
    expect(
      await db.run('INSERT INTO blobs (big, data) VALUES (?, ?), (?, ?) RETURNING id', [
        2n ** 40n,
        bytes,
        1n,
        null,
      ]),
    ).toEqual({ changes: 2 });
    await db.batch([
      {
        sql: 'INSERT INTO blobs (big, data) VALUES (?, ?) RETURNING id',
        params: [3n, bytes.subarray(1, 3)],
      },
    ]);
    const rows = await db.all<{ big: number; data: Buffer | null }>(
      'SELECT big, data FROM blobs ORDER BY id',
    );
    expect(rows.map((r) => [r.big, r.data === null ? null : [...r.data]])).toEqual([
      [2 ** 40, [1, 2, 3, 250]],
      [1, null],
      [3, [2, 3]],
    ]);
  });

  it('100 concurrent check-then-insert transactions never interleave', async () => {
    const cap = 5;
    const runs = Array.from({ length: 100 }, (_, i) =>
      db.transaction(async (tx) => {
        const row = await tx.first<{ n: number }>('SELECT count(*) AS n FROM slots');
        await yieldToOthers();
        if ((row?.n ?? 0) >= cap) return false;
        await tx.run('INSERT INTO slots (owner) VALUES (?)', [`t${i}`]);
        return true;
      }),
    );
    expect((await Promise.all(runs)).filter(Boolean)).toHaveLength(cap);
    expect(await db.first<{ n: number }>('SELECT count(*) AS n FROM slots')).toEqual({ n: cap });
  });

  it('plain writes racing transactions lose no update', async () => {
    await db.run('CREATE TABLE counter (n INTEGER NOT NULL)');
    await db.run('INSERT INTO counter VALUES (0)');
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      work.push(
        db.transaction(async (tx) => {
          const row = await tx.first<{ n: number }>('SELECT n FROM counter');
          await yieldToOthers();
          await tx.run('UPDATE counter SET n = ?', [(row?.n ?? 0) + 1]);
        }),
      );
      // Issued while the transactions are under way, not before the first one starts.
      work.push(
        (async () => {
          for (let k = 0; k < i; k++) await yieldToOthers();
          await db.run('UPDATE counter SET n = n + 1');
        })(),
      );
    }
    await Promise.all(work);
    expect(await db.first('SELECT n FROM counter')).toEqual({ n: 60 });
  });

  it('runs transactions in the order they were requested', async () => {
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction(async () => {
          await yieldToOthers();
          order.push(i);
        }),
      ),
    );
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('rolls back on a throw and keeps serving afterwards', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.run('INSERT INTO slots (owner) VALUES (?)', ['lost']);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO slots (owner) VALUES (?)', ['kept']);
    });
    expect(await db.all('SELECT owner FROM slots')).toEqual([{ owner: 'kept' }]);
  });

  it('a nested transaction through the transaction executor joins the outer one', async () => {
    await expect(
      db.transaction(async (tx) =>
        tx.transaction(async (inner) => {
          await inner.run('INSERT INTO slots (owner) VALUES (?)', ['inner']);
          throw new Error('inner failed');
        }),
      ),
    ).rejects.toThrow('inner failed');
    expect(await db.all('SELECT * FROM slots')).toEqual([]);
  });

  it('a call through the root executor from inside a transaction joins it instead of deadlocking', async () => {
    await expect(
      db.transaction(async () => {
        await db.run('INSERT INTO slots (owner) VALUES (?)', ['via-root']);
        await db.transaction(async (again) =>
          again.run('INSERT INTO slots (owner) VALUES (?)', ['nested-root']),
        );
        expect(await db.all('SELECT owner FROM slots')).toHaveLength(2);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await db.all('SELECT * FROM slots')).toEqual([]);
  });

  it('a write from outside waits for the open transaction and survives its rollback', async () => {
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const tx = db.transaction(async (t) => {
      await t.run('INSERT INTO slots (owner) VALUES (?)', ['tx']);
      entered();
      await gate;
      throw new Error('roll back');
    });
    await inside;
    // Runs outside the transaction's async context: it must not see or join the open transaction.
    const outsideRead = db.all<{ owner: string }>('SELECT owner FROM slots');
    const outsideWrite = db.run('INSERT INTO slots (owner) VALUES (?)', ['outside']);
    finish();
    await expect(tx).rejects.toThrow('roll back');
    await outsideWrite;
    expect(await outsideRead).toEqual([]);
    expect(await db.all('SELECT owner FROM slots')).toEqual([{ owner: 'outside' }]);
  });

  it('batch is all or nothing', async () => {
    await expect(
      db.batch([
        { sql: 'INSERT INTO slots (id, owner) VALUES (?, ?)', params: [1, 'a'] },
        { sql: 'INSERT INTO slots (id, owner) VALUES (?, ?)', params: [1, 'duplicate'] },
      ]),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(await db.all('SELECT * FROM slots')).toEqual([]);
  });

  it('a transaction handle used after its transaction ended is refused', async () => {
    let leaked:
      | { run: (sql: string, params?: (string | number)[]) => Promise<unknown> }
      | undefined;
    await db.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.run('INSERT INTO slots (owner) VALUES (?)', ['late'])).rejects.toThrow(
      /transaction already finished/,
    );
    expect(await db.all('SELECT * FROM slots')).toEqual([]);
  });

  it('a constraint violation is a StoreConflictError naming only the SQLite code', async () => {
    await db.run('INSERT INTO slots (id, owner) VALUES (1, ?)', ['secret-name']);
    const error = await db
      .run('INSERT INTO slots (id, owner) VALUES (1, ?)', ['secret-name'])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreConflictError);
    expect((error as Error).message).toMatch(/SQLITE_CONSTRAINT/);
    expect((error as Error).message).not.toMatch(/secret/);
  });

  it('after close every call is a StoreUnavailableError; closing twice is harmless', async () => {
    await db.close();
    await expect(db.run('SELECT 1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(db.all('SELECT 1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(db.transaction(async () => 1)).rejects.toBeInstanceOf(StoreUnavailableError);
    await db.close();
  });

  it('close waits for the running transaction', async () => {
    const tx = db.transaction(async (t) => {
      await yieldToOthers();
      await t.run('INSERT INTO slots (owner) VALUES (?)', ['last']);
      return 'committed';
    });
    const closing = db.close();
    await expect(tx).resolves.toBe('committed');
    await closing;
  });
});

describe('BetterSqlite3Executor on a file', () => {
  it('uses WAL journaling and NORMAL sync', async () => {
    const db = new BetterSqlite3Executor(join(dir, 'wal.db'));
    try {
      expect(await db.first('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await db.first('PRAGMA synchronous')).toEqual({ synchronous: 1 });
      expect((await db.first<{ timeout: number }>('PRAGMA busy_timeout'))?.timeout).toBe(5000);
    } finally {
      await db.close();
    }
  });

  it('a write blocked by another connection past the busy timeout is a StoreUnavailableError', async () => {
    const path = join(dir, 'busy.db');
    const holder = new BetterSqlite3Executor(path);
    const blocked = new BetterSqlite3Executor(path, { busyTimeoutMs: 0 });
    try {
      await holder.run('CREATE TABLE t (x INTEGER)');
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holding = holder.transaction(async (tx) => {
        await tx.run('INSERT INTO t VALUES (1)');
        locked();
        await held;
      });
      await isLocked;
      const error = await blocked.run('INSERT INTO t VALUES (2)').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toMatch(/SQLITE_BUSY/);
      release();
      await holding;
      await blocked.run('INSERT INTO t VALUES (2)');
      expect(await blocked.all('SELECT x FROM t ORDER BY x')).toEqual([{ x: 1 }, { x: 2 }]);
    } finally {
      await blocked.close();
      await holder.close();
    }
  });

  it('an unopenable path is a StoreUnavailableError', () => {
    expect(() => new BetterSqlite3Executor(join(dir, 'no', 'such', 'dir', 'x.db'))).toThrow(
      StoreUnavailableError,
    );
  });
});

describe('mapSqliteError', () => {
  it('leaves errors that are not the database’s alone', () => {
    const plain = new Error('domain failure');
    expect(mapSqliteError(plain)).toBe(plain);
  });

  it('maps busy and locked codes to StoreUnavailableError', () => {
    expect(
      mapSqliteError(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })),
    ).toBeInstanceOf(StoreUnavailableError);
    expect(
      mapSqliteError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' })),
    ).toBeInstanceOf(StoreUnavailableError);
    expect(mapSqliteError(Object.assign(new Error('x'), { code: 'SQLITE_LOCKED' }))).toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(mapSqliteError(new TypeError('The database connection is not open'))).toBeInstanceOf(
      StoreUnavailableError,
    );
  });
});
