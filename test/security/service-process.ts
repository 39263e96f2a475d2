import { type ChildProcess, spawn } from 'node:child_process';

/** A `skipgraph serve` child process on a free loopback port. */
export interface ServiceProcess {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr and stdout (JSON log lines). */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process is gone. */
  exited: Promise<number | string>;
}

/**
 * Starts the service as a real process (the CLI, as `npm start` runs it) and resolves once it
 * listens (with several workers: once the first does); rejects with its output when it exits
 * first or does not listen within the timeout. One worker unless `args` give `--workers`.
 */
export function startService(
  args: string[],
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ServiceProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/main.ts',
      'serve',
      '--port',
      '0',
      ...(args.includes('--workers') ? [] : ['--workers', '1']),
      ...args,
    ],
    { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`service did not listen in ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString('utf8');
      const m = /"port":(\d+)[^\n]*skipgraph listening/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        const port = Number(m[1]);
        resolve({ port, url: `http://127.0.0.1:${port}`, child, output: () => out, exited });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`service exited (${code}) before listening:\n${out}`));
    });
  });
}
