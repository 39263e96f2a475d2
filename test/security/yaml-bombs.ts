/** Documents built to exhaust a YAML reader, shared by the limit tests and the bad-input corpus. */

/** "Billion laughs": nine levels of ten aliases each, 10^9 strings once expanded. */
export function aliasBomb(levels = 9): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++)
    lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}

/** A flow sequence nested `depth` levels deep. */
export function deepFlow(depth: number): string {
  return `${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
}

/** A block mapping nested `depth` levels deep (one key per level). */
export function deepBlock(depth: number): string {
  return `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`;
}
