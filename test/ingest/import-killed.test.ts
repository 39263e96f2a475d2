import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNdjson } from '../../scripts/gen-graph.js';

const dir = mkdtempSync(join(tmpdir(), 'skipgraph-import-killed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = [
  'persons',
  'accounts',
  'phones',
  'emails',
  'addresses',
  'employers',
  'edges',
  'attempts',
  'worklist',
];

function importArgs(file: string, db: string): string[] {
  return [
    '--import',
    'tsx',
    'src/cli/main.ts',
    'import',
    file,
    '--db',
    db,
    '--region',
    'CN',
    '--batch-size',
    '2000',
    '--json',
  ];
}

/** Every row of the graph's tables, in a fixed order. */
function dump(path: string): Record<string, unknown[]> {
  const db = new Database(path, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((t) => [
        t,
        db
          .prepare(`SELECT * FROM ${t}`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

function persons(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM persons').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or the schema not there yet
  }
}

describe('an import killed with SIGKILL', () => {
  it('run again leaves the same database as one clean import', async () => {
    const file = join(dir, 'graph.ndjson');
    await generateNdjson(file, { persons: 3000, seed: 7 });
    const clean = join(dir, 'clean.db');
    expect(spawnSync(process.execPath, importArgs(file, clean)).status).toBe(0);

    const killed = join(dir, 'killed.db');
    const child = spawn(process.execPath, importArgs(file, killed), { stdio: 'ignore' });
    const exited = new Promise<string | number>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code ?? -1)),
    );
    // Killed once some batches are committed, before the last.
    while (persons(killed) === 0 && child.exitCode === null) await sleep(20);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = dump(killed);
    expect((partial.persons ?? []).length).toBeGreaterThan(0);

    expect(spawnSync(process.execPath, importArgs(file, killed)).status).toBe(0);
    const expected = dump(clean);
    expect(dump(killed)).toEqual(expected);
    expect((partial.edges ?? []).length).toBeLessThan((expected.edges ?? []).length);
  }, 180_000);
});
