import type { z } from 'zod';

/** What a CSV cell should become before validation: CSV itself knows only text. */
type CellKind = 'string' | 'number' | 'boolean' | 'array' | 'unknown';

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n']);

/**
 * Builds a record object from a CSV header and one row's cells: dotted headers nest
 * (`flags.attorney.name`), empty cells are left out, and cells are coerced to what the schema
 * expects at that path (numbers, booleans true/false/yes/no/1/0, lists split on `;` or `|`).
 * A cell that does not coerce stays text, so validation reports it against its field.
 * @example csvRecord(['id', 'flags.deceased'], ['P1', 'yes'], PersonRecord) // { id: 'P1', flags: { deceased: true } }
 */
export function csvRecord(
  header: readonly string[],
  cells: readonly string[],
  schema: z.ZodType,
): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = cells[i];
    if (cell === undefined || cell === '' || name === '') return;
    const path = name.split('.');
    setPath(record, path, coerce(cell, kindAt(schema, path)));
  });
  return record;
}

function coerce(cell: string, kind: CellKind): unknown {
  const t = cell.trim();
  switch (kind) {
    case 'number': {
      const n = Number(t);
      return t !== '' && Number.isFinite(n) ? n : cell;
    }
    case 'boolean': {
      const w = t.toLowerCase();
      if (TRUE_WORDS.has(w)) return true;
      if (FALSE_WORDS.has(w)) return false;
      return cell;
    }
    case 'array':
      return t
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    default:
      return cell;
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null && !Array.isArray(next))
      node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[path[path.length - 1] as string] = value;
}

/** Minimal view of zod's internal definition, enough to walk wrappers and objects. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The kind of value the schema expects at a dotted path (through optional/default/refine wrappers). */
function kindAt(schema: z.ZodType, path: readonly string[]): CellKind {
  let current: z.ZodType | undefined = schema;
  let i = 0;
  while (current !== undefined) {
    const def = defOf(current);
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'readonly':
        current = def.innerType;
        continue;
      case 'pipe':
        current = def.in;
        continue;
      case 'object': {
        const key = path[i];
        if (key === undefined) return 'unknown';
        current = def.shape?.[key];
        i += 1;
        continue;
      }
      case 'number':
      case 'boolean':
      case 'array':
      case 'string':
        return i === path.length ? def.type : 'unknown';
      default:
        return 'unknown';
    }
  }
  return 'unknown';
}
