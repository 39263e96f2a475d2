import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../support/api-harness.js';
import { callWithOutcome } from '../support/call-with-outcome.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Item {
  debtorId: string;
  route: { contact: { kind: string; value: string }; recipientPersonId: string };
}
interface Apart {
  debtorId: string;
  code: string;
}

/**
 * Debtor A holds a number; debtor B has no number of their own, only a reference who holds the
 * same one. A's call proves it dead: B, who reaches it only through the reference, is re-ranked.
 */
const CASES = [
  {
    policy: 'CN',
    now: '2026-11-20T02:00:00Z',
    jurisdiction: 'CN',
    timezone: 'Asia/Shanghai',
    locale: 'zh-CN',
    number: '+8613912345678',
    names: ['王磊', '赵敏', '孙强'],
  },
  {
    policy: 'US (New York)',
    now: '2026-11-20T15:00:00Z',
    jurisdiction: 'US-NY',
    timezone: 'America/New_York',
    locale: 'en-US',
    number: '+12124782731',
    names: ['James Carter', 'Linda Brooks', 'Paul Hayes'],
  },
] as const;

for (const c of CASES) {
  describe(`a number found dead leaves the worklist of a debtor who reaches it through a reference (${c.policy})`, () => {
    let svc: ServiceHarness;
    const headers = {
      authorization: `Bearer ${KEYS.collector}`,
      'content-type': 'application/json',
    };
    const [nameA, nameB, nameR] = c.names;
    const person = (id: string, name: string) => ({
      type: 'person',
      id,
      name,
      locale: c.locale,
      timezone: c.timezone,
    });
    const account = (id: string, debtorId: string) => ({
      type: 'account',
      id,
      debtorId,
      product: 'personal_loan',
      currency: c.jurisdiction === 'CN' ? 'CNY' : 'USD',
      principal: 20000,
      balance: 12000,
      dueDate: '2026-10-20',
      jurisdiction: c.jurisdiction,
    });
    const phone = (personId: string, source: string) => ({
      type: 'phone',
      personId,
      number: c.number,
      source,
      lastSeen: '2026-10-01',
      confidence: 0.9,
    });
    const records = [
      person('A', nameA),
      person('B', nameB),
      person('R', nameR),
      account('ACC-A', 'A'),
      account('ACC-B', 'B'),
      phone('A', 'application'),
      phone('R', 'reference'),
      { type: 'relation', from: 'B', to: 'R', kind: 'reference', source: 'application' },
    ];

    beforeAll(async () => {
      svc = await serviceHarness({ demo: false, now: new Date(c.now) });
      const res = await svc.call('POST', '/v1/ingest', {
        role: 'investigator',
        raw: records.map((r) => JSON.stringify(r)).join('\n'),
        contentType: 'application/x-ndjson',
      });
      expect(((await res.json()) as { complete: boolean }).complete).toBe(true);
    });
    afterAll(async () => svc.close());

    async function worklist(): Promise<{ items: Item[]; apart: Apart[] }> {
      const res = await svc.app.request('/v1/worklist?limit=100', { headers });
      expect(res.status).toBe(200);
      return (await res.json()) as { items: Item[]; apart: Apart[] };
    }

    it('B’s entry no longer offers the number once A’s call on it answers invalid_number', async () => {
      const before = await worklist();
      // The list was ranked before anyone called: B's one route is the reference's number.
      expect(before.items.find((i) => i.debtorId === 'B')?.route).toMatchObject({
        contact: { kind: 'phone', value: c.number },
        recipientPersonId: 'R',
      });
      await callWithOutcome(
        svc,
        {
          accountId: 'ACC-A',
          to: c.number,
          recipientPersonId: 'A',
          idempotencyKey: 'dead-number-1',
        },
        'invalid_number',
      );
      const after = await worklist();
      expect(after.items.filter((i) => i.route.contact.value === c.number)).toEqual([]);
      // B is still listed, apart: nothing is left to call.
      expect(after.apart.find((a) => a.debtorId === 'B')?.code).toBe('worklist_no_route');
    });
  });
}
