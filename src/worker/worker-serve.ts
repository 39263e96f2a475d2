import type { ExecutionContext } from 'hono';
import { errorBody } from '../api/error-body.js';
import { buildWorkerApp, type WorkerAppResult } from './worker-app.js';
import type { WorkerEnv } from './worker-env.js';

// Built once per isolate and per env object: the app, its store and the transaction lock are shared
// by every request this isolate serves.
const built = new WeakMap<WorkerEnv, WorkerAppResult>();

function appFor(env: WorkerEnv): WorkerAppResult {
  let result = built.get(env);
  if (result === undefined) {
    result = buildWorkerApp(env);
    built.set(env, result);
  }
  return result;
}

/** A misconfigured Worker answers every request with the problems (variable names only, never values). */
function misconfigured(problems: string[]): Response {
  return Response.json(
    errorBody('worker_misconfigured', 'the Worker is not configured; see details', {
      details: { problems },
    }),
    { status: 500 },
  );
}

/**
 * Serves one request with this isolate's app (built on first use), whether in the Worker or in
 * the serialising Durable Object.
 */
export async function serveWithApp(
  request: Request,
  env: WorkerEnv,
  ctx: ExecutionContext,
): Promise<Response> {
  const result = appFor(env);
  if (!result.ok) {
    console.error(
      JSON.stringify({
        level: 50,
        service: 'skipgraph',
        msg: 'worker misconfigured',
        problems: result.problems,
      }),
    );
    return misconfigured(result.problems);
  }
  await result.worker.prepare();
  const response = await result.worker.app.fetch(request, env, ctx);
  // Provider hand-overs run after the answer; keep the isolate alive until they are recorded.
  ctx.waitUntil(result.worker.idle());
  return response;
}
