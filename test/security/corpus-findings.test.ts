import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface ErrorAnswer {
  error: {
    code: string;
    message: string;
    details?: { rejected?: { line: number; code: string }[] };
  };
}

/** What the bad-input corpus found wrong, kept as plain tests that name the expected answer. */
describe('answers the bad-input corpus found wrong', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness();
  });
  afterAll(async () => svc.close());

  const post = async (path: string, raw: string | Buffer<ArrayBuffer>, contentType: string) => {
    const res = await svc.app.request(path, {
      method: 'POST',
      headers: { authorization: 'Bearer test-key-admin', 'content-type': contentType },
      body: raw,
    });
    return { status: res.status, body: (await res.json()) as ErrorAnswer };
  };

  it('an import whose every record is rejected is a 400 naming each rejected line', async () => {
    const ndjson = await post(
      '/v1/ingest',
      '{"type":"person"}\n\n{"type":"pet","id":"X"}\n',
      'application/x-ndjson',
    );
    expect(ndjson.status).toBe(400);
    expect(ndjson.body.error.code).toBe('nothing_imported');
    expect(ndjson.body.error.details?.rejected).toEqual([
      expect.objectContaining({ line: 1, code: 'invalid_record' }),
      expect.objectContaining({ line: 3, code: 'unknown_type' }),
    ]);
    const csv = await post(
      '/v1/ingest?format=csv&type=person',
      'type,id,name\npet,P1,x\nperson,,y\n',
      'text/csv',
    );
    expect(csv.status).toBe(400);
    expect(csv.body.error.code).toBe('nothing_imported');
    expect(csv.body.error.details?.rejected?.map((r) => r.line)).toEqual([2, 3]);
  });

  it('an import with no record at all is a 400, not an empty success', async () => {
    for (const body of ['', '\n\n', 'id,name\n']) {
      const path = body.includes(',') ? '/v1/ingest?format=csv&type=person' : '/v1/ingest';
      const res = await post(path, body, 'text/csv');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('no_records');
    }
  });

  it('a line that is not UTF-8 is rejected, not stored with U+FFFD in it', async () => {
    const line = Buffer.concat([
      Buffer.from('{"type":"person","id":"U8-1","name":"Ma'),
      Buffer.from([0xff]),
      Buffer.from('ry"}\n{"type":"person","id":"U8-2","name":"Mary"}\n'),
    ]);
    const res = await svc.app.request('/v1/ingest', {
      method: 'POST',
      headers: { authorization: 'Bearer test-key-admin', 'content-type': 'application/x-ndjson' },
      body: line,
    });
    const summary = (await res.json()) as {
      accepted: number;
      rejected: { line: number; code: string }[];
    };
    expect(res.status).toBe(200);
    expect(summary.accepted).toBe(1);
    expect(summary.rejected).toEqual([expect.objectContaining({ line: 1, code: 'invalid_utf8' })]);
    expect(await svc.store.getPerson('U8-1')).toBeUndefined();
  });

  it('a JSON body that is not UTF-8 is a 400 invalid_utf8', async () => {
    const body = Buffer.concat([
      Buffer.from('{"payments":[{"id":"P'),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from('","accountId":"ACC-US-001-1","amount":5,"currency":"USD","at":"2026-11-19"}]}'),
    ]);
    const res = await post('/v1/payments', body, 'application/json');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_utf8');
  });

  it('an identifier with a control or bidirectional character is refused', async () => {
    for (const id of ['PAY\u0000-1', 'PAY\u001b[2J', 'PAY\u202e1', 'PAY\ud800']) {
      const res = await post(
        '/v1/payments',
        JSON.stringify({
          payments: [
            { id, accountId: 'ACC-US-001-1', amount: 5, currency: 'USD', at: '2026-11-19' },
          ],
        }),
        'application/json',
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
    }
  });

  it('an audit range that ends before it starts, and an unknown time zone, are 400s', async () => {
    const range = await svc.call(
      'GET',
      '/v1/audit?from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    );
    expect(range.status).toBe(400);
    expect(((await range.json()) as ErrorAnswer).error.code).toBe('invalid_range');
    const exported = await svc.call(
      'GET',
      '/v1/audit/export?from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    );
    expect(exported.status).toBe(400);
    for (const path of [
      '/v1/worklist?tz=Mars/Olympus',
      '/v1/audit/export?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&tz=Mars/Olympus',
    ])
      expect((await svc.call('GET', path)).status).toBe(400);
  });
});
