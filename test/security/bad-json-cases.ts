import { type BadRequest, NOT_UTF8 } from './bad-request.js';

const JSON_TYPE = 'application/json';

/** Valid-looking bodies for each JSON endpoint, the seeds every mutation starts from. */
const JSON_ENDPOINTS: { path: string; base: Record<string, unknown> }[] = [
  {
    path: '/v1/guard/check',
    base: { accountId: 'ACC-US-001-1', channel: 'sms', to: '+16467733619', message: 'Hi Mary' },
  },
  {
    path: '/v1/outreach',
    base: {
      accountId: 'ACC-US-001-1',
      channel: 'sms',
      to: '+16467733619',
      message: 'Hi Mary, this is Acme Recovery.',
      idempotencyKey: 'corpus-key-0001',
    },
  },
  { path: '/v1/attempts/ATT-00001/outcome', base: { outcome: 'no_answer', note: 'rang out' } },
  { path: '/v1/inbound', base: { channel: 'sms', from: '+16467733619', text: 'STOP' } },
  {
    path: '/v1/persons/US-001/requests',
    base: { requests: [{ kind: 'opt_out', channel: 'sms' }] },
  },
  {
    path: '/v1/policies/simulate',
    base: {
      policy: 'id: corpus\nname: corpus\n',
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-02T00:00:00Z',
      limit: 10,
    },
  },
  {
    path: '/v1/payments',
    base: {
      payments: [
        { id: 'PAY-C1', accountId: 'ACC-US-001-1', amount: 50, currency: 'USD', at: '2026-11-19' },
      ],
    },
  },
];

/** Bodies that are not JSON at all, or JSON cut short. */
const MALFORMED = [
  '',
  '{',
  '}',
  '{"',
  '{"a":',
  '{"a":1,}',
  '[1,2',
  'nul',
  'undefined',
  "{'a':1}",
  '{"a":1}}',
  '{a:1}',
  '\u0000',
  'NaN',
  '{"a":NaN}',
  '{"a":1e999999}',
  '0x10',
  '\ufeff{}',
  '{"a":"\\x41"}',
  '{"a":"unterminated}',
];

/** JSON that parses but is not an object of the route's shape. */
const WRONG_TOP = ['null', '[]', '1', '"text"', 'true', '{}', '[{}]', '{"__proto__":{"x":1}}'];

/** Control characters and look-alikes put into identifiers and keys. */
const CONTROL = ['\u0000', '\u001b[2J', '\u202e', '\r\n', '\u0007'];

function wrongValues(value: unknown): unknown[] {
  if (typeof value === 'string') return [123, true, null, [], {}];
  if (typeof value === 'number') return ['12', true, null, [], { n: 1 }];
  if (typeof value === 'boolean') return ['true', 1, null];
  return ['x', 1, null];
}

/** Every leaf of a JSON value with its path. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function getAt(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

function setAt(value: unknown, path: (string | number)[], to: unknown): unknown {
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = to;
  return copy;
}

/** The first string leaf, where a case puts its bad bytes. */
function firstStringLeaf(base: unknown): (string | number)[] {
  const path = leaves(base).find((p) => typeof getAt(base, p) === 'string');
  if (!path) throw new Error('no string field');
  return path;
}

/** Bad bodies for every JSON endpoint, generated from the tables above. */
export function jsonCases(): BadRequest[] {
  const out: BadRequest[] = [];
  for (const { path, base } of JSON_ENDPOINTS) {
    const post = (
      group: string,
      name: string,
      body: string | Buffer,
      more: Partial<BadRequest> = {},
    ) =>
      out.push({
        group,
        name: `${path} ${name}`,
        method: 'POST',
        path,
        body,
        contentType: JSON_TYPE,
        ...more,
      });
    for (const [i, b] of MALFORMED.entries()) post('malformed JSON', `#${i}`, b);
    const whole = JSON.stringify(base);
    post('malformed JSON', 'cut in half', whole.slice(0, Math.floor(whole.length / 2)));
    post('malformed JSON', 'last byte missing', whole.slice(0, -1));
    for (const b of WRONG_TOP) post('wrong types', `top-level ${b}`, b);
    for (const leaf of leaves(base))
      for (const wrong of wrongValues(getAt(base, leaf)))
        post(
          'wrong types',
          `${leaf.join('.')}=${JSON.stringify(wrong)}`,
          JSON.stringify(setAt(base, leaf, wrong)),
        );
    const strings = leaves(base).filter((p) => typeof getAt(base, p) === 'string');
    for (const leaf of strings) {
      post(
        'huge',
        `${leaf.join('.')} of 600,000 characters`,
        JSON.stringify(setAt(base, leaf, 'x'.repeat(600_000))),
      );
    }
    post(
      'huge',
      'body over the 1 MiB limit',
      JSON.stringify({ ...base, pad: 'x'.repeat(1_100_000) }),
      {
        status: [413],
      },
    );
    post(
      'huge',
      '60,000 keys',
      JSON.stringify(Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`k${i}`, i]))),
    );
    post('deep', 'arrays nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    post('deep', 'objects nested 50,000 deep', `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`);
    post(
      'deep',
      'a field nested 20,000 deep',
      JSON.stringify(setAt(base, firstStringLeaf(base), 0)).replace(
        '0',
        `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      ),
    );
    const leaf = firstStringLeaf(base);
    for (const bytes of NOT_UTF8) {
      const [before, after] = JSON.stringify(setAt(base, leaf, '@@')).split('@@') as [
        string,
        string,
      ];
      post(
        'invalid UTF-8',
        `${leaf.join('.')} holds ${bytes.toString('hex')}`,
        Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)]),
      );
    }
    for (const c of CONTROL)
      post(
        'control characters',
        `${leaf.join('.')} holds ${JSON.stringify(c)}`,
        JSON.stringify(setAt(base, leaf, `${String(getAt(base, leaf))}${c}`)),
      );
    post(
      'control characters',
      `${leaf.join('.')} holds a lone surrogate`,
      JSON.stringify(setAt(base, leaf, 'x')).replace('"x"', '"\\ud800"'),
    );
    for (const type of [
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      null,
    ])
      post('content type', `sent as ${type ?? 'no type'}`, whole, { contentType: type });
    post('content type', 'JSON declared UTF-16', Buffer.from(whole, 'utf16le'), {
      contentType: 'application/json; charset=utf-16le',
    });
  }
  return out;
}
