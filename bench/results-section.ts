/** Writing one "## …" section of bench/RESULTS.md, which several benchmarks share. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/RESULTS.md, beside this file. */
export const RESULTS = join(dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

/**
 * The text laid out as the project's formatter lays out bench/RESULTS.md (tables padded to their
 * columns), so a benchmark run leaves the checkout passing `biome ci`; without the formatter the
 * text is kept as it is, and said so.
 */
function formatted(text: string): string {
  try {
    const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
    return execFileSync(process.execPath, [biome, 'format', '--stdin-file-path=bench/RESULTS.md'], {
      cwd: join(dirname(RESULTS), '..'),
      input: text,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'ignore'],
    });
  } catch (error) {
    process.stderr.write(`results written unformatted (run npx biome format --write): ${error}\n`);
    return text;
  }
}

/** Replaces (or appends) the section headed `## heading`, leaving every other section as it is. */
export function writeResultsSection(heading: string, section: string, path = RESULTS): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n\n';
  writeFileSync(path, formatted(withSection(text, heading, section)));
}

/** The text with the section headed `## heading` replaced, or appended when there is none. */
export function withSection(text: string, heading: string, section: string): string {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = text.search(new RegExp(`^## ${escaped}\\s*$`, 'm'));
  if (start < 0) return `${text.trimEnd()}\n\n${section}`;
  const rest = text.slice(start + 1);
  const next = rest.search(/^## /m);
  const end = next < 0 ? text.length : start + 1 + next;
  return `${text.slice(0, start)}${section}${next < 0 ? '' : `\n${text.slice(end)}`}`;
}
