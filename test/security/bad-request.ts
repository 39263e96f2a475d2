/**
 * One bad request. `expect: 'api'` wants a 4xx in the error shape; `'edge'` also takes the answer
 * Node gives before any route runs (400, 413, 414, 417, 431, with no JSON body).
 */
export interface BadRequest {
  group: string;
  name: string;
  method: string;
  path: string;
  body?: string | Buffer;
  contentType?: string | null;
  /** Header lines added as they are (no checking, no encoding). */
  headers?: string[];
  /** Send no Authorization header (default: the admin key). */
  anonymous?: boolean;
  /** The whole request as bytes, instead of building it from the fields above. */
  raw?: Buffer;
  expect?: 'api' | 'edge';
  /** Exact statuses allowed, when the case says which (0: the server closes without an answer). */
  status?: number[];
  /**
   * `POST /v1/policies/validate` reports on a policy document: a document that is YAML within the
   * limits but no valid policy may also be answered 200 with `valid: false` and its problems.
   */
  report?: boolean;
}

/** Bytes that are not UTF-8: a stray continuation pair, an overlong "/", an encoded surrogate. */
export const NOT_UTF8 = [
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xc0, 0xaf]),
  Buffer.from([0xed, 0xa0, 0x80]),
];
