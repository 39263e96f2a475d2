import type { BadRequest } from './bad-request.js';

const KEY = 'test-key-admin';
const crlf = (lines: string[], body = ''): Buffer =>
  Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1');
const GUARD_BODY =
  '{"accountId":"ACC-US-001-1","channel":"sms","to":"+16467733619","message":"Hi"}';

/** Requests Node's parser refuses before any route runs (raw bytes, sent as they are). */
const BROKEN_REQUESTS: [string, Buffer][] = [
  ['garbage request line', crlf(['GARBAGE'])],
  ['no HTTP version', crlf(['GET /v1/persons?limit=abc'])],
  ['unknown HTTP version', crlf(['GET /healthz HTTP/9.9', 'Host: x'])],
  ['no Host header', crlf(['GET /v1/persons HTTP/1.1', 'Connection: close'])],
  [
    'header of 20 KiB',
    crlf(['GET /v1/persons HTTP/1.1', 'Host: x', `X-Big: ${'a'.repeat(20_480)}`]),
  ],
  ['path of 20 KiB', crlf([`GET /v1/persons/${'p'.repeat(20_480)} HTTP/1.1`, 'Host: x'])],
  [
    '300 headers of 100 bytes',
    crlf([
      'GET /v1/persons HTTP/1.1',
      'Host: x',
      ...Array.from({ length: 300 }, (_, i) => `X-H${i}: ${'v'.repeat(100)}`),
    ]),
  ],
  [
    'NUL in a header value',
    crlf(['GET /v1/persons HTTP/1.1', 'Host: x', `Authorization: Bearer ${KEY}\u0000`]),
  ],
  [
    'space before the colon',
    crlf(['GET /v1/persons HTTP/1.1', 'Host: x', 'Authorization : Bearer x']),
  ],
  ['header without colon', crlf(['GET /v1/persons HTTP/1.1', 'Host: x', 'Authorization'])],
  ['bare LF line ends', Buffer.from('GET /v1/persons HTTP/1.1\nHost: x\n\n', 'latin1')],
  [
    'negative Content-Length',
    crlf(['POST /v1/guard/check HTTP/1.1', 'Host: x', 'Content-Length: -1']),
  ],
  [
    'Content-Length not a number',
    crlf(['POST /v1/guard/check HTTP/1.1', 'Host: x', 'Content-Length: abc']),
  ],
  [
    'two different Content-Lengths',
    crlf(
      ['POST /v1/guard/check HTTP/1.1', 'Host: x', 'Content-Length: 2', 'Content-Length: 3'],
      '{}x',
    ),
  ],
  [
    'Content-Length and chunked',
    crlf(
      [
        'POST /v1/guard/check HTTP/1.1',
        'Host: x',
        'Content-Length: 4',
        'Transfer-Encoding: chunked',
      ],
      '0\r\n\r\n',
    ),
  ],
  [
    'Transfer-Encoding gzip',
    crlf(['POST /v1/guard/check HTTP/1.1', 'Host: x', 'Transfer-Encoding: gzip'], 'abc'),
  ],
  [
    'bad chunk size',
    crlf(
      [
        'POST /v1/guard/check HTTP/1.1',
        'Host: x',
        `Authorization: Bearer ${KEY}`,
        'Content-Type: application/json',
        'Transfer-Encoding: chunked',
      ],
      'zz\r\n{}\r\n0\r\n\r\n',
    ),
  ],
  [
    'body past its Content-Length',
    crlf(
      [
        'POST /v1/guard/check HTTP/1.1',
        'Host: x',
        `Authorization: Bearer ${KEY}`,
        'Content-Type: application/json',
        'Content-Length: 1',
      ],
      GUARD_BODY,
    ),
  ],
  [
    'Expect of an unknown kind',
    crlf(['POST /v1/guard/check HTTP/1.1', 'Host: x', 'Expect: teapot', 'Content-Length: 2'], '{}'),
  ],
  ['method that is no token', crlf(['G@T /v1/persons HTTP/1.1', 'Host: x'])],
  [
    'absolute URI to elsewhere',
    crlf([
      'GET http://203.0.113.9/v1/persons?limit=abc HTTP/1.1',
      'Host: x',
      `Authorization: Bearer ${KEY}`,
      'Connection: close',
    ]),
  ],
  ['CONNECT', crlf(['CONNECT 127.0.0.1:22 HTTP/1.1', 'Host: 127.0.0.1:22'])],
];

/** Authorization headers that carry no valid key (on a route that would otherwise answer). */
const BAD_AUTH = [
  '',
  'Bearer',
  'Bearer ',
  `Bearer ${'x'.repeat(8000)}`,
  'Basic dXNlcjpwYXNz',
  `bearer  ${KEY} extra`,
  `Token ${KEY}`,
  `Bearer ${KEY.toUpperCase()}`,
  `Bearer ${KEY}\u00e9`,
  'Bearer demo-admin',
  `Bearer ${KEY.slice(0, -1)}`,
];

/** Odd headers on a request that is bad anyway (its query): the answer stays a 4xx in the error shape. */
const ODD_HEADERS: string[][] = [
  [`X-Request-Id: ${'r'.repeat(5000)}`],
  ['X-Request-Id: \u00ff\u00fe\u00fd'],
  ['X-Request-Id: ../../etc/passwd'],
  ['Accept-Language: *;q=abc,zz-ZZZZ-x-1234567890,,;;'],
  [`Accept-Language: ${'zh-CN,'.repeat(1000)}`],
  ['Accept: application/xml'],
  ['Accept-Encoding: gzip;q=NaN, *;q=-1'],
  ['X-Forwarded-For: 127.0.0.1, ::1, not-an-ip'],
  ['Cookie: a=b; c'],
  ['Range: bytes=999999999-'],
  ['Content-Encoding: gzip'],
  ['If-None-Match: *'],
];

/** Header abuse: broken requests, bad keys, odd headers. */
export function headerCases(): BadRequest[] {
  const out: BadRequest[] = [];
  for (const [name, raw] of BROKEN_REQUESTS)
    out.push({
      group: 'header abuse',
      name,
      method: '',
      path: '',
      raw,
      expect: 'edge',
      // Node closes a CONNECT it has no tunnel for without answering.
      ...(name === 'CONNECT' ? { status: [0] } : {}),
    });
  for (const auth of BAD_AUTH) {
    const headers = auth === '' ? [] : [`Authorization: ${auth}`];
    out.push({
      group: 'bad key',
      name: `GET with ${JSON.stringify(auth.slice(0, 40))}`,
      method: 'GET',
      path: '/v1/persons',
      anonymous: true,
      headers,
      status: [401],
    });
    out.push({
      group: 'bad key',
      name: `POST with ${JSON.stringify(auth.slice(0, 40))}`,
      method: 'POST',
      path: '/v1/guard/check',
      body: GUARD_BODY,
      contentType: 'application/json',
      anonymous: true,
      headers,
      status: [401],
    });
  }
  out.push({
    group: 'bad key',
    name: 'a bad key before a good one',
    method: 'GET',
    path: '/v1/persons',
    anonymous: true,
    headers: ['Authorization: Bearer nope', `Authorization: Bearer ${KEY}`],
    status: [401],
  });
  for (const headers of ODD_HEADERS)
    out.push({
      group: 'odd headers',
      name: (headers[0] ?? '').slice(0, 60),
      method: 'GET',
      path: '/v1/persons?limit=abc',
      headers,
      status: [400],
    });
  return out;
}
