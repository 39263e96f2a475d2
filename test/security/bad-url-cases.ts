import type { BadRequest } from './bad-request.js';

/** Query strings no route accepts, by path. */
const BAD_QUERIES: [string, string[]][] = [
  [
    '/v1/persons',
    [
      'limit=-1',
      'limit=0',
      'limit=abc',
      'limit=1e9',
      'limit=99999999999999999999',
      'region=ZZZ',
      'limit=1&limit=2&limit=x',
    ],
  ],
  ['/v1/persons/US-001/graph', ['depth=-1', 'depth=abc', 'depth=99', 'depth=1.5']],
  ['/v1/phones/%2B16467733619/links', ['region=ZZZ', 'region=1']],
  ['/v1/links', ['kind=bogus&value=x', 'kind=phone', 'value=x', 'kind=phone&value=']],
  [
    '/v1/debtors/US-001/routes',
    [
      'channel=fax',
      'limit=0',
      'limit=-3',
      'at=garbage',
      'at=2026-13-45T99:00:00Z',
      'accountId=NOPE',
    ],
  ],
  ['/v1/outbox', ['status=bogus', 'limit=0', 'limit=100000']],
  [
    '/v1/audit',
    [
      'outcome=maybe',
      'from=garbage',
      'to=garbage',
      'limit=-5',
      'limit=abc',
      'from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    ],
  ],
  ['/v1/accounts/ACC-US-001-1/promises', ['at=garbage', 'at=2026-02-30']],
  [
    '/v1/audit/export',
    [
      'from=2026-11-01T00:00:00Z',
      'to=2026-11-01T00:00:00Z',
      'from=garbage&to=2026-11-02T00:00:00Z',
      'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&outcome=maybe',
      'from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&tz=Mars/Olympus',
    ],
  ],
  [
    '/v1/worklist',
    [
      'at=x',
      'limit=0',
      'limit=abc',
      'cursor=garbage',
      'cursor=%00%00',
      'tz=Mars/Olympus',
      'tz=../../etc/passwd',
    ],
  ],
];

/** Path parameters that name nothing, or try to escape their segment. */
const BAD_IDS = [
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  '%00',
  '%ZZ',
  '%C0%AE%C0%AE',
  '%E5%BC%A0%E4%BC%9F-none',
  'x'.repeat(5000),
  "1'%20OR%20'1'='1",
  '%7B%7D',
];

/** Routes with an id in their path; `{id}` is replaced. */
const ID_ROUTES: [string, string, string?][] = [
  ['GET', '/v1/persons/{id}'],
  ['GET', '/v1/persons/{id}/graph'],
  ['GET', '/v1/debtors/{id}/routes'],
  ['GET', '/v1/accounts/{id}/promises'],
  ['GET', '/v1/persons/{id}/requests'],
  ['GET', '/v1/phones/{id}/links'],
  ['POST', '/v1/attempts/{id}/outcome', '{"outcome":"no_answer"}'],
  ['POST', '/v1/outbox/{id}/retry', ''],
];

/** Attempts to read files outside the static roots. */
const TRAVERSALS = [
  '..%2f..%2fpackage.json',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '..%5c..%5cpackage.json',
  '%252e%252e%252fpackage.json',
  '....%2f%2f....%2f%2fpackage.json',
  '%2fetc%2fpasswd',
  '..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
  'index.html%00.js',
  '%00',
  '../../package.json',
  '..%c0%af..%c0%afpackage.json',
];

/** Paths no route serves, and methods a route does not take. */
const NO_ROUTE: [string, string][] = [
  ['DELETE', '/v1/persons/US-001'],
  ['PUT', '/v1/guard/check'],
  ['DELETE', '/v1/policies'],
  ['POST', '/v1/ranking/calibration'],
  ['PUT', '/v1/audit/export'],
  ['PATCH', '/v1/outreach'],
  ['GET', '/v1/outreach'],
  ['GET', '/v1'],
  ['GET', '/v1/'],
  ['GET', '/v2/persons'],
  ['GET', '/v1/persons/US-001/graph/extra'],
  ['GET', '//v1//persons'],
  ['POST', '/healthz'],
];

/** Bad queries, ids, traversals and unknown routes. */
export function urlCases(): BadRequest[] {
  const out: BadRequest[] = [];
  for (const [path, queries] of BAD_QUERIES)
    for (const q of queries)
      out.push({ group: 'query', name: `${path}?${q}`, method: 'GET', path: `${path}?${q}` });
  for (const [method, route, body] of ID_ROUTES)
    for (const id of BAD_IDS) {
      const path = route.replace('{id}', id);
      out.push({
        group: 'path parameter',
        name: `${method} ${path.slice(0, 80)}`,
        method,
        path,
        ...(body !== undefined ? { body, contentType: 'application/json' } : {}),
      });
    }
  for (const prefix of ['/docs/assets/', '/web/'])
    for (const t of TRAVERSALS)
      out.push({
        group: 'static traversal',
        name: `${prefix}${t}`,
        method: 'GET',
        path: `${prefix}${t}`,
        anonymous: true,
        status: [400, 404],
      });
  for (const [method, path] of NO_ROUTE)
    out.push({ group: 'no route', name: `${method} ${path}`, method, path });
  return out;
}
