/**
 * The D1 migration for a version of the embedded store's schema, mirroring the store's own
 * `migrate`: the version's whole DDL (all `IF NOT EXISTS`: what exists is kept, what is new is
 * created), then the upgrade steps that reach this version from the one before, then the version
 * row. `wrangler d1 migrations apply` runs each file once, in order, so a new database passes
 * through every version's file and an older one through the files it has not seen; the files of
 * earlier versions are history and are never regenerated.
 */

/** The migration file name for a schema version: `0001_schema_v1.sql`. */
export function d1MigrationFileName(version: number): string {
  return `${String(version).padStart(4, '0')}_schema_v${version}.sql`;
}

/**
 * The SQL text of the migration to `version`: every DDL statement, the upgrade steps from the
 * previous version, then the recorded schema version (the row the store's own `migrate` writes,
 * so the store sees a migrated D1 as current).
 * @example d1MigrationSql(SCHEMA_DDL, SCHEMA_UPGRADES[SCHEMA_VERSION] ?? [], SCHEMA_VERSION)
 */
export function d1MigrationSql(
  ddl: readonly string[],
  upgrades: readonly string[],
  version: number,
): string {
  const header = [
    `-- skipgraph embedded store schema, version ${version}, for Cloudflare D1.`,
    '-- Generated from src/store/sqlite/schema.ts by `npx tsx scripts/gen-d1-migration.ts`; do not edit by hand.',
  ];
  const statements = [
    ...ddl.map((sql) => sql.trim()),
    ...upgrades.map((sql) => sql.trim()),
    `INSERT INTO meta (key, value) VALUES ('schema_version', '${version}') ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ];
  return `${header.join('\n')}\n\n${statements.map((s) => `${s};`).join('\n\n')}\n`;
}
