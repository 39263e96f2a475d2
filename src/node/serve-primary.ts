import cluster, { type Worker } from 'node:cluster';
import type { Log } from '../log/log.js';
import { SHUTDOWN_GRACE_MS } from './http-listener.js';
import { PrimaryLimits } from './shared-limits.js';

/** Tells a forked process which worker it is (0 … N-1); worker 0 resumes queued dispatches. */
export const WORKER_INDEX_ENV = 'SKIPGRAPH_WORKER_INDEX';

/** A worker that dies this soon after it started is not restarted: it would only die again. */
const MIN_UPTIME_MS = 5_000;

/**
 * The primary of `serve --workers N`: forks N server processes sharing the listening port
 * (node:cluster hands connections round-robin), answers their limit checks (shared-limits.ts),
 * restarts a worker that crashes, and on SIGTERM or SIGINT passes SIGTERM to every worker,
 * which finishes its requests in flight and its provider hand-overs, then waits for them all.
 * @example process.exitCode = await runPrimary(availableParallelism(), log)
 */
export function runPrimary(workers: number, log: Log): Promise<number> {
  const limits = new PrimaryLimits(Date.now);
  let stopping = false;
  let failed = false;
  const live = new Set<Worker>();

  const fork = (index: number): void => {
    const started = Date.now();
    const worker = cluster.fork({ [WORKER_INDEX_ENV]: String(index) });
    live.add(worker);
    limits.serve(worker);
    worker.once('exit', (code, signal) => {
      live.delete(worker);
      if (stopping) return;
      log.error({ worker: index, code, signal }, 'server worker exited');
      if (Date.now() - started < MIN_UPTIME_MS) {
        failed = true;
        stop();
      } else fork(index);
    });
  };

  let stop = (): void => {};
  const done = new Promise<number>((resolve) => {
    stop = () => {
      if (stopping) return;
      stopping = true;
      log.info({ workers: live.size }, 'shutting down: stopping every worker');
      for (const worker of live) worker.process.kill('SIGTERM');
      const finish = (): void => resolve(failed ? 1 : 0);
      if (live.size === 0) return finish();
      // Workers cut their own connections after the grace; this only covers a hung one.
      const force = setTimeout(() => {
        for (const worker of live) worker.process.kill('SIGKILL');
      }, SHUTDOWN_GRACE_MS + 5_000);
      force.unref();
      cluster.on('exit', () => {
        if (live.size === 0) {
          clearTimeout(force);
          finish();
        }
      });
    };
  });
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  for (let i = 0; i < workers; i++) fork(i);
  log.info({ workers }, 'server workers started');
  return done;
}
