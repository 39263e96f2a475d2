import { cypher } from './cypher.js';
import type { QueryName } from './cypher-queries.js';
import type { CypherRunner } from './cypher-runner.js';

/** The version of the graph schema this build writes; recorded on a SchemaVersion node. */
export const NEO4J_SCHEMA_VERSION = 1;

/** Schema statements in the order they are applied; each is idempotent (`IF NOT EXISTS`). */
export const SCHEMA_QUERIES: readonly QueryName[] = [
  'schema-constraint-person-id',
  'schema-constraint-account-id',
  'schema-constraint-phone-e164',
  'schema-constraint-email-address',
  'schema-constraint-address-id',
  'schema-constraint-employer-id',
  'schema-constraint-attempt-id',
  'schema-constraint-audit-id',
  'schema-constraint-receipt-key',
  'schema-constraint-dispatch-id',
  'schema-constraint-sequence-name',
  'schema-constraint-schema-version-name',
  'schema-constraint-scope-lock-key',
  'schema-index-attempt-account-at',
  'schema-index-attempt-person-at',
  'schema-index-attempt-contact-at',
  'schema-index-attempt-at',
  'schema-index-audit-at',
  'schema-index-audit-account-at',
  'schema-index-audit-debtor-at',
  'schema-index-audit-seq',
  'schema-index-dispatch-status',
  'schema-index-dispatch-seq',
  'schema-index-dispatch-attempt',
  'schema-index-person-name',
  'schema-index-account-debtor',
];

/** Thrown when the database was migrated by a newer build than this one. */
export class Neo4jSchemaVersionError extends Error {
  override readonly name = 'Neo4jSchemaVersionError';
  readonly code = 'SCHEMA_TOO_NEW';
}

/**
 * Applies the schema: every constraint and index, each in its own transaction (Neo4j does not
 * mix schema and data writes in one), then records the version. Safe to run any number of times;
 * refuses a database whose recorded version is newer than this build.
 * @example await applyNeo4jSchema(runner)
 */
export async function applyNeo4jSchema(
  runner: CypherRunner,
): Promise<{ applied: number; version: number }> {
  const [row] = await runner.executeRead((tx) => tx.run(cypher('schema-version'), {}));
  const stored = typeof row?.version === 'number' ? row.version : 0;
  if (stored > NEO4J_SCHEMA_VERSION) {
    throw new Neo4jSchemaVersionError(
      `database schema version ${stored} is newer than this build supports (${NEO4J_SCHEMA_VERSION})`,
    );
  }
  for (const name of SCHEMA_QUERIES) await runner.executeWrite((tx) => tx.run(cypher(name), {}));
  await runner.executeWrite((tx) =>
    tx.run(cypher('record-schema-version'), { version: NEO4J_SCHEMA_VERSION }),
  );
  return { applied: SCHEMA_QUERIES.length, version: NEO4J_SCHEMA_VERSION };
}
