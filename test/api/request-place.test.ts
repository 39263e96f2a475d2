import { describe, expect, it, onTestFinished } from 'vitest';
import { callApp } from '../support/api-harness.js';
import { importHarness, importOverApi } from '../support/import-over-api.js';

interface ErrorBody {
  error: { code: string; message: string; params?: Record<string, unknown> };
}

const address = (id: string, personId: string) => ({
  type: 'address',
  personId,
  id,
  line: '朝阳区建国路 88 号',
  city: '北京',
  country: 'CN',
  source: 'bureau',
});

describe('an inconvenient place names one of the person’s own addresses', () => {
  it('refuses an unknown address id and another person’s address with 400, in en and zh-CN', async () => {
    const h = await importHarness();
    onTestFinished(() => h.close());
    const imported = await importOverApi(h, [
      { type: 'person', id: 'P1', name: '张伟' },
      { type: 'person', id: 'P2', name: '李娜' },
      address('AD1', 'P1'),
      address('AD2', 'P2'),
      {
        type: 'attempt',
        id: 'T1',
        accountId: 'A1',
        channel: 'call',
        to: '+8613800138000',
        personId: 'P1',
        at: '2026-11-19T10:00:00Z',
      },
    ]);
    expect(imported.rejected).toEqual([]);
    const post = (addressId: string, lang = 'en') =>
      callApp(h.app, 'POST', '/v1/persons/P1/requests', {
        role: 'collector',
        headers: { 'accept-language': lang },
        body: { kind: 'inconvenient_place', place: { addressId } },
      });

    for (const addressId of ['NOPE', 'AD2']) {
      const res = await post(addressId);
      expect(res.status).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error).toMatchObject({
        code: 'request_address_unknown',
        params: { path: 'place.addressId', addressId, personId: 'P1' },
      });
    }
    const en = (await (await post('NOPE')).json()) as ErrorBody;
    expect(en.error.message).toBe(
      "place.addressId: NOPE is none of this person's addresses (lived at, or an employer's); an inconvenient place names one of them, or the workplace",
    );
    const zh = (await (await post('NOPE', 'zh-CN')).json()) as ErrorBody;
    expect(zh.error.message).toBe(
      'place.addressId：地址 NOPE 不是此人的地址（居住地址或其雇主地址）；不便联系的地点须为此人的地址之一，或填写工作单位（workplace）。',
    );
    expect(await h.store.getPerson('P1')).toMatchObject({ flags: {} });
    expect((await h.store.getPerson('P1'))?.flags.requests ?? []).toEqual([]);

    expect((await post('AD1')).status).toBe(201);
    expect((await h.store.getPerson('P1'))?.flags.requests).toEqual([
      expect.objectContaining({ kind: 'inconvenient_place', place: { addressId: 'AD1' } }),
    ]);

    // The same through an outcome's requests: refused whole, the outcome not recorded either.
    const outcome = await callApp(h.app, 'POST', '/v1/attempts/T1/outcome', {
      role: 'collector',
      body: {
        outcome: 'right_party',
        requests: [{ kind: 'inconvenient_place', place: { addressId: 'AD2' } }],
      },
    });
    expect(outcome.status).toBe(400);
    expect(((await outcome.json()) as ErrorBody).error.code).toBe('request_address_unknown');
    expect((await h.store.getAttempt('T1'))?.outcome).toBeUndefined();
  });
});
