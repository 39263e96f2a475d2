import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { runGraphStoreContract } from './graph-store.contract.js';

runGraphStoreContract('sqlite :memory:', () => openSqliteStore(':memory:'));

// The same suite on a real file, so WAL mode, durability settings and file locking are exercised too.
const dir = mkdtempSync(join(tmpdir(), 'skipgraph-contract-'));
let n = 0;
runGraphStoreContract('sqlite file (WAL)', () => openSqliteStore(join(dir, `store-${++n}.db`)), {
  // A second connection on the same file, as a second process would open it.
  sibling: () => openSqliteStore(join(dir, `store-${n}.db`)),
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
