// The compliance endpoints' answers are read loosely: fields are picked by any of their known names.

export type Json = Record<string, unknown>;

/** A string or number as text; empty and other values as undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** The value if it is a plain object, else an empty one. */
export function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** The first array found under any of the names (the response shapes name their lists differently). */
export function list(value: unknown, names: string[]): Json[] {
  if (Array.isArray(value)) return value.map(obj);
  const o = obj(value);
  for (const name of names) if (Array.isArray(o[name])) return (o[name] as unknown[]).map(obj);
  return [];
}
