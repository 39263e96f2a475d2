import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Why workerd cannot run here, or undefined when it can. The Worker tests skip with this one
 * line instead of failing on a machine without a usable workerd binary.
 */
export function workerdUnavailable(): string | undefined {
  try {
    // The workerd package's main export is the path of the native binary for this platform.
    const bin = (require('workerd') as { default: string }).default;
    execFileSync(bin, ['--version'], { stdio: 'pipe', timeout: 15_000 });
    return undefined;
  } catch (error) {
    return `workerd cannot run on this machine (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

export interface LocalWorker {
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The local persistence directory (D1 lives under it). */
  persistDir: string;
  dispose(): Promise<void>;
}

export interface LocalWorkerOptions {
  config: string;
  /** Extra plain-text bindings (vars and secrets) over the config's. */
  vars?: Record<string, string>;
  /** An existing persistence directory (e.g. where migrations were applied). */
  persistDir?: string;
  env?: string;
  /**
   * The config sets the nodejs_compat flag. The programmatic API does not derive the bundler's Node
   * mode from the config as the CLI does, so it is passed here (v2: the mode of that flag today).
   */
  nodejsCompat?: boolean;
  /** Replaces the config's `[build] command` (tests must not rewrite source files). */
  buildCommand?: string;
}

/** Quiet, offline local runs: no telemetry, no fetch of the Request.cf object. */
export function offlineWranglerEnv(): void {
  process.env.WRANGLER_SEND_METRICS = 'false';
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
  process.env.WRANGLER_LOG = process.env.WRANGLER_LOG ?? 'warn';
}

/** A new temporary persistence directory for local D1. */
export function tempPersistDir(): string {
  return mkdtempSync(join(tmpdir(), 'skipgraph-worker-'));
}

/**
 * Starts a Worker in the local workerd runtime through wrangler's programmatic API, with local
 * bindings persisted under a temporary directory.
 * @example const worker = await startLocalWorker({ config: 'wrangler.toml' }); await worker.fetch('/healthz')
 */
export async function startLocalWorker(options: LocalWorkerOptions): Promise<LocalWorker> {
  offlineWranglerEnv();
  const { unstable_startWorker } = await import('wrangler');
  const persistDir = options.persistDir ?? tempPersistDir();
  const bindings = Object.fromEntries(
    Object.entries(options.vars ?? {}).map(([k, v]) => [
      k,
      { type: 'plain_text' as const, value: v },
    ]),
  );
  const worker = await unstable_startWorker({
    config: options.config,
    ...(options.env ? { env: options.env } : {}),
    bindings,
    build: {
      ...(options.nodejsCompat ? { nodejsCompatMode: 'v2' as const } : {}),
      ...(options.buildCommand ? { custom: { command: options.buildCommand } } : {}),
    },
    dev: {
      persist: persistDir,
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      watch: false,
      logLevel: 'warn',
      remote: false,
    },
  });
  await worker.ready;
  const created = options.persistDir === undefined;
  return {
    persistDir,
    fetch: async (path, init) =>
      (await worker.fetch(`http://localhost${path}`, init as never)) as unknown as Response,
    dispose: async () => {
      await worker.dispose();
      if (created) rmSync(persistDir, { recursive: true, force: true });
    },
  };
}
