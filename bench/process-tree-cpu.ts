/**
 * CPU time of a process and all its descendants (a `serve --workers N` primary and its workers),
 * read from Linux's /proc. Under a shared machine's noise, requests per CPU-second of the server
 * is a steadier figure than requests per wall-second: another process's load slows the server
 * without adding to its CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (USER_HZ; 100 on Linux's usual builds). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  ticks: number;
}

/** utime + stime and the parent of one process, or undefined if it is gone or not readable. */
function procStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: the fields after its last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/** Milliseconds of CPU used so far by `rootPid` and every live descendant; undefined off Linux. */
export function processTreeCpuMs(rootPid: number): number | undefined {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return undefined;
  }
  const stats = new Map<number, ProcStat>();
  for (const pid of pids) {
    const s = procStat(pid);
    if (s) stats.set(pid, s);
  }
  if (!stats.has(rootPid)) return undefined;
  let ticks = 0;
  for (const [pid, s] of stats) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== rootPid) p = stats.get(p)?.ppid;
    if (p === rootPid) ticks += s.ticks;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
