// The Cloudflare Workers entry: the same HTTP app as `skipgraph serve`, wired from bindings.
// See src/worker/worker-app.ts for the wiring and README.md (Deploy to Cloudflare Workers) for deployment.
import type { ExecutionContext } from 'hono';
import { isWrite, SERIAL_WRITER_NAME } from './worker/serial-writer.js';
import type { WorkerEnv } from './worker/worker-env.js';
import { serveWithApp } from './worker/worker-serve.js';

export { SerialWriter } from './worker/serial-writer.js';

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    // Writes go through the one serialising object when it is bound; reads are served here.
    const writer = env.WRITER;
    if (writer !== undefined && isWrite(request))
      return writer.get(writer.idFromName(SERIAL_WRITER_NAME)).fetch(request);
    return serveWithApp(request, env, ctx);
  },
};
