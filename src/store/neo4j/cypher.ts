import { CYPHER_BUNDLE } from './cypher-bundle.js';
import type { QueryName } from './cypher-queries.js';

/**
 * The text of `cypher/<name>.cypher`. Read from the generated bundle rather than the file
 * system, so the store runs where there is none (Workers); `npm test` proves the bundle equals
 * the files (regenerate with `npx tsx scripts/bundle-cypher.ts`).
 * @example tx.run(cypher('upsert-persons'), { rows })
 */
export function cypher(name: QueryName): string {
  const text = CYPHER_BUNDLE[name];
  if (text === undefined)
    throw new Error(`no Cypher file named ${name} in the bundle; run scripts/bundle-cypher.ts`);
  return text;
}
