const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30m" | "24h" | "7d" → milliseconds; throws on anything else (the schema rejects it first). */
export function durationMs(duration: string): number {
  const match = /^(\d+)(m|h|d)$/.exec(duration);
  const unit = match ? UNIT_MS[match[2] as string] : undefined;
  if (!match || unit === undefined) throw new RangeError(`not a duration: ${duration}`);
  return Number(match[1]) * unit;
}
