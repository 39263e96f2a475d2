import pino, { type DestinationStream } from 'pino';
import type { Log } from './log.js';
import { redactPii } from './redact.js';

export interface PinoLogOptions {
  level?: string;
  /** Pretty, human output (pino-pretty) — the default when stdout is a terminal. */
  pretty?: boolean;
  /** Where to write; tests pass a stream to capture lines. */
  destination?: DestinationStream;
}

/**
 * A pino JSON logger whose every line passes through PII redaction.
 * @example const log = createPinoLog({ level: 'info' }); log.info({ to: '+14155550100' }, 'sent')
 */
export function createPinoLog(options: PinoLogOptions = {}): Log {
  const pretty = options.pretty ?? (process.stdout.isTTY === true && !options.destination);
  const base: pino.LoggerOptions = {
    level: options.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { service: 'skipgraph' },
    // Redaction runs on the merged object of every line, children's bindings included.
    formatters: { log: (obj) => redactPii(obj) as Record<string, unknown> },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const logger = pretty
    ? pino({
        ...base,
        transport: {
          target: 'pino-pretty',
          options: { colorize: true, translateTime: 'SYS:standard' },
        },
      })
    : options.destination
      ? pino(base, options.destination)
      : pino(base);
  return logger as unknown as Log;
}
