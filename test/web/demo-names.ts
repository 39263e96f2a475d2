import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The proper names a page may show in any language: the demo's people, employers and places, and
 * the loaded policies' own titles (a law is named as it is written).
 */
export function properNames(): string[] {
  const names = new Set<string>();
  const demo = readFileSync(join(ROOT, 'src', 'demo', 'demo.ndjson'), 'utf8');
  for (const line of demo.split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    const fields =
      r.type === 'person'
        ? ['name']
        : r.type === 'employment'
          ? ['employerName']
          : r.type === 'address'
            ? ['line', 'city']
            : [];
    for (const field of fields) if (typeof r[field] === 'string') names.add(r[field] as string);
  }
  // A title is one text or one per language; each cites its law as written ("940 CMR 7.04").
  for (const file of readdirSync(join(ROOT, 'policies')))
    if (file.endsWith('.yaml')) {
      const policy = parse(readFileSync(join(ROOT, 'policies', file), 'utf8')) as {
        name?: unknown;
      };
      const titles =
        typeof policy.name === 'object' && policy.name !== null
          ? Object.values(policy.name)
          : [policy.name];
      for (const title of titles) if (typeof title === 'string') names.add(title.trim());
    }
  return [...names];
}
