// Writes migrations/NNNN_schema_vN.sql for the embedded store's current schema version (earlier
// versions' files are history: wrangler has applied them, so they are never rewritten).
// `--check` only compares and exits 1 when the committed file is missing or differs.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SCHEMA_DDL, SCHEMA_UPGRADES, SCHEMA_VERSION } from '../src/store/sqlite/schema.js';
import { d1MigrationFileName, d1MigrationSql } from '../src/worker/d1-migration.js';

const file = fileURLToPath(
  new URL(`../migrations/${d1MigrationFileName(SCHEMA_VERSION)}`, import.meta.url),
);
const wanted = d1MigrationSql(SCHEMA_DDL, SCHEMA_UPGRADES[SCHEMA_VERSION] ?? [], SCHEMA_VERSION);
const current = await readFile(file, 'utf8').catch(() => undefined);

if (process.argv.includes('--check')) {
  if (current !== wanted) {
    process.stderr.write(
      `${file} is out of date with src/store/sqlite/schema.ts; run: npx tsx scripts/gen-d1-migration.ts\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${file} is current (schema version ${SCHEMA_VERSION})\n`);
} else if (current === wanted) {
  process.stdout.write(`${file} is already current\n`);
} else {
  await writeFile(file, wanted);
  process.stdout.write(
    `wrote ${file} (schema version ${SCHEMA_VERSION}, ${SCHEMA_DDL.length} statements)\n`,
  );
}
