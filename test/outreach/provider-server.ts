import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProviderCall {
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface TestProvider {
  url: string;
  calls: ProviderCall[];
  /** Replaces how the next calls are answered. */
  answer(handler: (res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/** An HTTP provider on 127.0.0.1 that records every call and answers with the current handler. */
export async function testProvider(handler: (res: ServerResponse) => void): Promise<TestProvider> {
  const calls: ProviderCall[] = [];
  let current = handler;
  const server: Server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => {
      calls.push({ headers: req.headers, body: JSON.parse(data) as unknown });
      current(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    calls,
    answer: (h) => {
      current = h;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export const answerOk = (res: ServerResponse): void => {
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
};
export const answer500 = (res: ServerResponse): void => {
  res.writeHead(500).end();
};
export const answerNever = (): void => {
  // Keeps the connection open so the caller's timeout fires.
};
