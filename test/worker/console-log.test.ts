import { describe, expect, it } from 'vitest';
import { createConsoleLog } from '../../src/worker/console-log.js';

function capture(level?: string): {
  lines: { level: string; entry: Record<string, unknown> }[];
  log: ReturnType<typeof createConsoleLog>;
} {
  const lines: { level: string; entry: Record<string, unknown> }[] = [];
  const log = createConsoleLog({
    ...(level ? { level } : {}),
    clock: () => new Date('2026-03-10T02:00:00Z'),
    sink: (lv, line) =>
      lines.push({ level: lv, entry: JSON.parse(line) as Record<string, unknown> }),
  });
  return { lines, log };
}

describe('Workers console logger', () => {
  it('writes one pino-shaped JSON line per entry, with the child bindings', () => {
    const { lines, log } = capture();
    log.child({ requestId: 'r1' }).info({ status: 200 }, 'request');
    expect(lines).toEqual([
      {
        level: 'info',
        entry: {
          level: 30,
          time: '2026-03-10T02:00:00.000Z',
          service: 'skipgraph',
          requestId: 'r1',
          status: 200,
          msg: 'request',
        },
      },
    ]);
  });

  it('redacts like the Node logger: names and messages dropped, phones masked in fields and in text', () => {
    const { lines, log } = capture();
    log.warn(
      {
        to: '+8613800138000',
        name: '张伟',
        message: '请还款',
        detail: 'call 13800138000 now',
        nested: { e164: '+14155550100' },
      },
      'sent to +8613800138000',
    );
    const entry = lines[0]?.entry ?? {};
    expect(entry).toMatchObject({
      level: 40,
      to: '***********00',
      name: '[redacted]',
      message: '[redacted]',
      detail: 'call *********00 now',
      nested: { e164: '*********00' },
    });
    expect(entry.msg).toBe('sent to ***********00');
    expect(JSON.stringify(lines)).not.toMatch(/13800138000|张伟|请还款|4155550100/);
  });

  it('drops entries below the level and logs errors by type and scrubbed message', () => {
    const { lines, log } = capture('warn');
    log.debug({ a: 1 });
    log.info({ a: 2 });
    log.error({ err: new Error('lookup of 13800138000 failed') }, 'request failed');
    expect(lines.map((l) => l.level)).toEqual(['error']);
    expect(lines[0]?.entry.err).toEqual({ type: 'Error', message: 'lookup of *********00 failed' });
  });

  it('writes nothing when silent, and survives a bigint field', () => {
    const silent = capture('silent');
    silent.log.error({ a: 1 });
    expect(silent.lines).toEqual([]);
    const { lines, log } = capture();
    log.info({ rows: 10n });
    expect(lines[0]?.entry.rows).toBe('10');
  });
});
