import type { ExecutionContext } from 'hono';
import { errorBody } from '../api/error-body.js';
import { localisedJson, type Reader } from '../api/localise.js';
import type { ConfigProblem } from '../config/config-problem.js';
import { negotiateLang } from '../messages/language.js';
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

/** The reader of a request no app serves: `?lang=` before Accept-Language, as the API reads it. */
function readerOfRequest(request: Request): Reader {
  const lang = negotiateLang({
    lang: new URL(request.url).searchParams.get('lang') ?? undefined,
    acceptLanguage: request.headers.get('accept-language') ?? undefined,
  });
  return { lang, zone: 'UTC', now: new Date() };
}

/**
 * A misconfigured Worker answers every request with the problems (variable names only, never
 * values), each `{code, params, message}` in `details.problems` and the error's own message worded
 * from the catalogue for the reader as the API's errors are.
 */
function misconfigured(request: Request, problems: readonly ConfigProblem[]): Response {
  const reader = readerOfRequest(request);
  const body = errorBody('worker_misconfigured', 'the Worker is not configured; see details', {
    params: {},
    details: { problems },
  });
  return Response.json(localisedJson(body, reader), {
    status: 500,
    headers: { 'Content-Language': reader.lang, Vary: 'Accept-Language' },
  });
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
        problems: result.problems.map((p) => p.message),
      }),
    );
    return misconfigured(request, result.problems);
  }
  await result.worker.prepare();
  const response = await result.worker.app.fetch(request, env, ctx);
  // Provider hand-overs run after the answer; keep the isolate alive until they are recorded.
  ctx.waitUntil(result.worker.idle());
  return response;
}
