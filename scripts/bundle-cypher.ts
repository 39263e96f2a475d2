/**
 * Writes src/store/neo4j/cypher-bundle.ts from cypher/*.cypher, so the Neo4j store has its
 * queries where no file system exists (Workers). Run after editing a Cypher file:
 *   npx tsx scripts/bundle-cypher.ts
 */
import { writeFileSync } from 'node:fs';
import {
  CYPHER_DIR,
  readCypherFiles,
  renderCypherBundle,
} from '../src/store/neo4j/cypher-files.js';

const target = 'src/store/neo4j/cypher-bundle.ts';
const files = readCypherFiles(CYPHER_DIR);
writeFileSync(target, renderCypherBundle(files));
process.stdout.write(`${target}: ${files.size} Cypher files\n`);
