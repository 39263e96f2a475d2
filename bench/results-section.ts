/** Writing one "## …" section of bench/RESULTS.md, which several benchmarks share. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/RESULTS.md, beside this file. */
export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

/** Replaces (or appends) the section headed `## heading`, leaving every other section as it is. */
export function writeResultsSection(heading: string, section: string, path = RESULTS): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\n';
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = text.search(new RegExp(`^## ${escaped}\\s*$`, 'm'));
  if (start < 0) {
    writeFileSync(path, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const rest = text.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? text.length : start + 1 + next;
  writeFileSync(path, `${text.slice(0, start)}${section}${next < 0 ? '' : `\n${text.slice(end)}`}`);
}
