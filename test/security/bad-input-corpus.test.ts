import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, stopAccepting } from '../../src/node/http-listener.js';
import { nodeAssets } from '../../src/node/node-assets.js';
import { KEYS } from '../support/api-harness.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';
import { headerCases } from './bad-header-cases.js';
import { jsonCases } from './bad-json-cases.js';
import type { BadRequest } from './bad-request.js';
import { textCases } from './bad-text-cases.js';
import { urlCases } from './bad-url-cases.js';
import { type RawAnswer, rawExchange } from './raw-http.js';
import { storeSnapshot } from './store-snapshot.js';

const CASES: BadRequest[] = [...jsonCases(), ...textCases(), ...urlCases(), ...headerCases()];
const GROUPS = [...new Set(CASES.map((c) => c.group))];
/** What Node's own parser answers before any route runs. */
const EDGE_STATUSES = [400, 413, 414, 417, 431];
/** Text that would show a file from outside the static roots was served. */
const LEAKS = ['"name": "skipgraph"', 'root:x:0:0', '"name": "swagger-ui-dist"'];

function requestBytes(c: BadRequest): Buffer {
  if (c.raw) return c.raw;
  const lines = [`${c.method} ${c.path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  if (!c.anonymous) lines.push(`Authorization: Bearer ${KEYS.admin}`);
  const body = c.body === undefined ? undefined : Buffer.from(c.body);
  if (body && c.contentType) lines.push(`Content-Type: ${c.contentType}`);
  if (body) lines.push(`Content-Length: ${body.length}`);
  lines.push(...(c.headers ?? []));
  return Buffer.concat([
    Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'),
    body ?? Buffer.alloc(0),
  ]);
}

/** Why an answer is wrong for its case, or undefined when it is right. */
function fault(c: BadRequest, a: RawAnswer): string | undefined {
  if (a.status === 0)
    return c.status?.includes(0) ? undefined : `no answer (${a.body.slice(0, 80)})`;
  if (c.status && !c.status.includes(a.status))
    return `status ${a.status}, expected ${c.status.join('|')}: ${a.body.slice(0, 200)}`;
  if (LEAKS.some((l) => a.body.includes(l))) return 'served a file from outside the static roots';
  const json = a.headers['content-type']?.startsWith('application/json') ?? false;
  if (c.report && a.status === 200) {
    const r = JSON.parse(a.body) as { valid?: unknown; problems?: unknown[] };
    return r.valid === false && (r.problems?.length ?? 0) > 0
      ? undefined
      : `200 without problems: ${a.body.slice(0, 200)}`;
  }
  if (c.expect === 'edge' && EDGE_STATUSES.includes(a.status) && !json) return undefined;
  if (a.status < 400 || a.status > 499) return `status ${a.status}: ${a.body.slice(0, 200)}`;
  if (!json) return `status ${a.status} without a JSON body (${a.headers['content-type']})`;
  try {
    const e = (JSON.parse(a.body) as { error?: { code?: unknown; message?: unknown } }).error;
    if (
      typeof e?.code !== 'string' ||
      e.code === '' ||
      typeof e.message !== 'string' ||
      e.message === ''
    )
      return `no error code and message: ${a.body.slice(0, 200)}`;
  } catch {
    return `body is not JSON: ${a.body.slice(0, 200)}`;
  }
  return undefined;
}

describe(`bad-input corpus (${CASES.length} requests)`, () => {
  let dir: string;
  let svc: ServiceHarness;
  let server: Awaited<ReturnType<typeof listen>>['server'];
  let port: number;
  let before: Record<string, string>;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skipgraph-corpus-'));
    const web = join(dir, 'web');
    mkdirSync(web);
    writeFileSync(join(web, 'app.js'), 'export {};\n');
    svc = await serviceHarness({
      dbPath: join(dir, 'corpus.db'),
      assets: nodeAssets({ 'web/': web }),
      // Bad keys are part of the corpus; the per-address slow-down would turn later answers into 429s.
      limits: { authFailuresPerMinute: 1_000_000 },
    });
    ({ server, port } = await listen(svc.app.fetch, { host: '127.0.0.1', port: 0 }));
    before = storeSnapshot(join(dir, 'corpus.db'));
  }, 120_000);

  afterAll(async () => {
    await stopAccepting(server, 1000);
    await svc.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds at least 300 cases across every endpoint', async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    const doc = (await (await svc.app.request('/openapi.json')).json()) as {
      paths: Record<string, object>;
    };
    const covered = (template: string) => {
      const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/?]+')}(\\?|$)`);
      return CASES.some((c) => re.test(c.path));
    };
    const open = ['/healthz', '/readyz', '/v1/me'];
    expect(Object.keys(doc.paths).filter((p) => !open.includes(p) && !covered(p))).toEqual([]);
  });

  for (const group of GROUPS)
    it(`${group}: every answer a 4xx in the error shape, the service up`, async () => {
      const faults: string[] = [];
      for (const c of CASES.filter((x) => x.group === group)) {
        const answer = await rawExchange(port, requestBytes(c));
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const why = fault(c, answer);
        if (why) faults.push(`${c.name}: ${why}`);
      }
      expect(faults).toEqual([]);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    }, 120_000);

  it('left everything stored as it was', () => {
    expect(storeSnapshot(join(dir, 'corpus.db'))).toEqual(before);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  });
});
