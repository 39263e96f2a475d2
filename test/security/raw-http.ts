import { connect } from 'node:net';

/** What came back on a raw connection: status 0 when the server closed without answering. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Decodes a chunked transfer-encoded body. */
function dechunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = Number.parseInt(data.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * Writes bytes as they are to a loopback port and reads the answer until the server closes the
 * connection (requests say `Connection: close`), so nothing a client library would fix up or
 * refuse (raw paths, bad header bytes, invalid UTF-8) is changed on the way.
 */
export function rawExchange(port: number, request: Buffer, timeoutMs = 15_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (d: Buffer) => chunks.push(d));
    // The server may answer and close before it read everything sent (413, 431): a reset then is fine.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const data = Buffer.concat(chunks);
      const end = data.indexOf('\r\n\r\n');
      if (end < 0) {
        resolve({ status: 0, headers: {}, body: data.toString('utf8') });
        return;
      }
      const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body: Buffer = data.subarray(end + 4);
      if (headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: body.toString('utf8'),
      });
    });
    socket.write(request);
  });
}
