import type { Log } from '../log/log.js';
import { redactPii } from '../log/redact.js';

/** Levels in pino's numbering, so Node and Workers lines read the same. */
const LEVELS = { debug: 20, info: 30, warn: 40, error: 50 } as const;
type Level = keyof typeof LEVELS;

/** Where one finished JSON line goes; the Workers runtime collects console output as logs. */
export type LineSink = (level: Level, line: string) => void;

const consoleSink: LineSink = (level, line) => {
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

export interface ConsoleLogOptions {
  /** Lowest level written: debug, info (default), warn, error, or silent. */
  level?: string;
  sink?: LineSink;
  clock?: () => Date;
}

function threshold(level: string | undefined): number {
  if (level === 'silent') return Number.POSITIVE_INFINITY;
  if (level === 'trace') return 0;
  if (level === 'fatal') return 60;
  return level !== undefined && level in LEVELS ? LEVELS[level as Level] : LEVELS.info;
}

/**
 * A logger for the Workers runtime: one JSON line per entry through `console`, shaped like the
 * Node (pino) lines, and passed through the same PII redaction (names and addresses dropped,
 * phones masked to the last two digits, free text scrubbed).
 * @example const log = createConsoleLog({ level: env.LOG_LEVEL }); log.info({ to: '+8613800138000' }, 'sent')
 */
export function createConsoleLog(
  options: ConsoleLogOptions = {},
  bindings: Record<string, unknown> = {},
): Log {
  const min = threshold(options.level);
  const sink = options.sink ?? consoleSink;
  const clock = options.clock ?? (() => new Date());
  const write = (level: Level, obj: Record<string, unknown>, msg?: string): void => {
    if (LEVELS[level] < min) return;
    const fields = redactPii({ ...bindings, ...obj }) as Record<string, unknown>;
    const entry: Record<string, unknown> = {
      level: LEVELS[level],
      time: clock().toISOString(),
      service: 'skipgraph',
      ...fields,
    };
    if (msg !== undefined) entry.msg = redactPii(msg);
    sink(level, JSON.stringify(entry, jsonSafe));
  };
  return {
    debug: (obj, msg) => write('debug', obj, msg),
    info: (obj, msg) => write('info', obj, msg),
    warn: (obj, msg) => write('warn', obj, msg),
    error: (obj, msg) => write('error', obj, msg),
    child: (more) => createConsoleLog(options, { ...bindings, ...more }),
  };
}

/** JSON has no bigint; log it as a string rather than failing the request that logs it. */
function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
