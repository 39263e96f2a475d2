/** Starting and stopping the benchmark's servers as child processes on free loopback ports. */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** A server started by the benchmark, with the port it took. */
export interface ServerProcess {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

/**
 * Runs `node <nodeArgs>` with stdout into `logFile` (kept out of the load generator's process),
 * and waits for the log line that names the port (`"port":N`).
 */
export async function startServer(
  nodeArgs: string[],
  env: Record<string, string>,
  logFile: string,
  cwd: string,
): Promise<ServerProcess> {
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, nodeArgs, {
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, 'inherit'],
    cwd,
  });
  closeSync(fd);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}: ${logFile}`);
    const m = /"port":(\d+)/.exec(readFileSync(logFile, 'utf8'));
    if (m)
      return {
        port: Number(m[1]),
        child,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await Promise.race([exited, sleep(15_000)]);
          if (child.exitCode === null) child.kill('SIGKILL');
        },
      };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not name its port within ${START_TIMEOUT_MS / 1000} s: ${logFile}`);
}
