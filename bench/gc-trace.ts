/**
 * Reading of V8's `--trace-gc` lines in a server's log: the JavaScript heap left live after each
 * full collection (Mark-Compact) of the main thread. A leak shows as that figure rising run-long;
 * a heap V8 merely enlarges while it may does not move it.
 */

/** One full collection: when (ms since the process started) and the heap live after it (MiB). */
export interface FullCollection {
  atMs: number;
  liveMiB: number;
}

const TRACE_LINE = /^\[\d+:(0x[0-9a-f]+)\]\s+\d+ ms: /;
const MARK_COMPACT =
  /^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: Mark-Compact(?: \([a-z ]+\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;

/** The main isolate's full collections in log order (worker threads' isolates, such as a log transport's, left out). */
export function fullCollections(log: string): FullCollection[] {
  let main: string | undefined;
  const out: FullCollection[] = [];
  for (const line of log.split('\n')) {
    // The main isolate starts first, so its address is on the first trace line.
    if (main === undefined) main = TRACE_LINE.exec(line)?.[1];
    const m = MARK_COMPACT.exec(line);
    if (m && m[1] === main) out.push({ atMs: Number(m[2]), liveMiB: Number(m[3]) });
  }
  return out;
}
