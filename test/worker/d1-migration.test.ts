import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DDL, SCHEMA_UPGRADES, SCHEMA_VERSION } from '../../src/store/sqlite/schema.js';
import { d1MigrationFileName, d1MigrationSql } from '../../src/worker/d1-migration.js';

const DIR = new URL('../../migrations/', import.meta.url);

describe('D1 migrations', () => {
  it('the committed migration for the current schema version is generated from the store schema', async () => {
    const committed = await readFile(new URL(d1MigrationFileName(SCHEMA_VERSION), DIR), 'utf8');
    // On failure: npx tsx scripts/gen-d1-migration.ts
    expect(committed).toBe(
      d1MigrationSql(SCHEMA_DDL, SCHEMA_UPGRADES[SCHEMA_VERSION] ?? [], SCHEMA_VERSION),
    );
  });

  it('there is one migration per schema version, numbered in order, none from the future', async () => {
    const files = (await readdir(DIR)).filter((f) => f.endsWith('.sql')).sort();
    expect(files).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => d1MigrationFileName(i + 1)),
    );
  });

  it('runs the DDL, then the upgrade steps, then records the schema version the store checks', () => {
    expect(
      d1MigrationSql(
        ['CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)'],
        ['ALTER TABLE t ADD COLUMN c TEXT'],
        7,
      ),
    ).toMatch(
      /CREATE TABLE IF NOT EXISTS meta \(key TEXT PRIMARY KEY, value TEXT NOT NULL\);\n\nALTER TABLE t ADD COLUMN c TEXT;\n\nINSERT INTO meta \(key, value\) VALUES \('schema_version', '7'\)/,
    );
    expect(d1MigrationFileName(12)).toBe('0012_schema_v12.sql');
  });
});
