/**
 * The D1 migration for a version of the embedded store's schema. The schema's DDL is all
 * `IF NOT EXISTS`, so each version's file holds the whole schema and applying every file in
 * order (as `wrangler d1 migrations apply` does) is safe on a new or an older database.
 */

/** The migration file name for a schema version: `0001_schema_v1.sql`. */
export function d1MigrationFileName(version: number): string {
  return `${String(version).padStart(4, '0')}_schema_v${version}.sql`;
}

/**
 * The SQL text of the migration: every DDL statement, then the recorded schema version (the
 * same row the store's own `migrate` writes, so the store sees a migrated D1 as current).
 * @example d1MigrationSql(SCHEMA_DDL, SCHEMA_VERSION)
 */
export function d1MigrationSql(ddl: readonly string[], version: number): string {
  const header = [
    `-- skipgraph embedded store schema, version ${version}, for Cloudflare D1.`,
    '-- Generated from src/store/sqlite/schema.ts by `npx tsx scripts/gen-d1-migration.ts`; do not edit by hand.',
  ];
  const statements = [
    ...ddl.map((sql) => sql.trim()),
    `INSERT INTO meta (key, value) VALUES ('schema_version', '${version}') ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ];
  return `${header.join('\n')}\n\n${statements.map((s) => `${s};`).join('\n\n')}\n`;
}
