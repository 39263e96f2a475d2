/**
 * Writes policies/schema.json, the JSON Schema editors use to validate and complete policy files,
 * from the zod schema that the service itself validates with. Run: npx tsx scripts/gen-policy-schema.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Policy } from '../src/domain/policy/policy-schema.js';

/** The schema.json text for the current policy schema (input side: defaults may be omitted). */
export function policyJsonSchema(): string {
  const schema = z.toJSONSchema(Policy, { io: 'input', unrepresentable: 'any' });
  const doc = {
    ...schema,
    $id: 'https://skipgraph.dev/schemas/policy.json',
    title: 'skipgraph compliance policy',
    description:
      'A compliance policy file (policies/*.yaml). Generated from src/domain/policy/policy-schema.ts; do not edit by hand.',
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../policies/schema.json', import.meta.url));
  writeFileSync(target, policyJsonSchema());
  process.stdout.write(`wrote ${target}\n`);
}
