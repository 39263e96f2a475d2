/**
 * The baseline of the HTTP benchmark: a Hono hello-world on the same stack as the service
 * (@hono/node-server on Node's http), on loopback, on a free port it names on stdout.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ hello: 'world' }));
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`{"msg":"hello-world listening","port":${info.port}}\n`);
});
process.once('SIGTERM', () => server.close());
