import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../support/api-harness.js';
import { callWithOutcome } from '../support/call-with-outcome.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

interface Explained {
  code: string;
  params: Record<string, unknown>;
  text?: string;
}
interface Page {
  items: {
    debtorId: string;
    route: { contact: { kind: string; value: string }; address?: Record<string, unknown> };
    why: Explained[];
  }[];
  apart: (Explained & { debtorId: string; accountId: string })[];
  nextCursor?: string;
}

describe('GET /v1/worklist', () => {
  let svc: ServiceHarness;
  beforeAll(async () => {
    svc = await serviceHarness();
  });
  afterAll(async () => svc.close());

  /** Every page of the worklist in `lang`. */
  async function wholeList(lang: string): Promise<Page> {
    const all: Page = { items: [], apart: [] };
    let cursor: string | undefined;
    do {
      const res = await svc.app.request(
        `/v1/worklist?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { headers: { authorization: `Bearer ${KEYS.collector}`, 'accept-language': lang } },
      );
      expect(res.status).toBe(200);
      const page = (await res.json()) as Page;
      all.items.push(...page.items);
      all.apart.push(...page.apart);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  for (const lang of ['zh-CN', 'en'])
    it(`sends an address route's street and city, and names them in its reason (${lang})`, async () => {
      const list = await wholeList(lang);
      // US-017's best route is a visit to the address the demo keys ADR-US-070.
      const visit = list.items.find((i) => i.debtorId === 'US-017');
      expect(visit?.route.contact).toEqual({ kind: 'address', value: 'ADR-US-070' });
      expect(visit?.route.address).toEqual({
        line: '5235 Westheimer Rd',
        city: 'Houston',
        region: 'TX',
        country: 'US',
        postcode: '77080',
      });
      expect(visit?.why).toContainEqual({
        code: 'worklist_callable_now',
        params: { contact: '5235 Westheimer Rd, Houston' },
        text:
          lang === 'en'
            ? 'Contactable now: 5235 Westheimer Rd, Houston.'
            : '现在可联系：5235 Westheimer Rd, Houston。',
      });
      // A number's route carries no address.
      expect(
        list.items.find((i) => i.route.contact.kind === 'phone')?.route.address,
      ).toBeUndefined();
      // A number stays in E.164 for programs; the sentence names it in the groups a person dials.
      const call = list.items.find((i) => i.debtorId === 'CN-001');
      expect(call?.route.contact).toEqual({ kind: 'phone', value: '+8618659581681' });
      expect(call?.why).toContainEqual({
        code: 'worklist_callable_now',
        params: { contact: '+8618659581681' },
        text:
          lang === 'en' ? 'Contactable now: +86 186 5958 1681.' : '现在可联系：+86 186 5958 1681。',
      });
    });

  it('says a debtor asked to stop all contact, not that no route is known', async () => {
    const [zh, en] = await Promise.all([wholeList('zh-CN'), wholeList('en')]);
    // US-006's stop came with the file: nothing says since when.
    const row = (list: Page) => list.apart.find((a) => a.debtorId === 'US-006');
    expect(row(en)).toMatchObject({
      code: 'worklist_ceased_contact',
      params: {},
      text: 'The debtor asked to stop all contact: nothing may be contacted.',
    });
    expect(row(zh)?.text).toBe('债务人已要求停止一切联系：不可联系。');
  });

  it('names the day of the cease request a call recorded, in the reader’s language and zone', async () => {
    await callWithOutcome(
      svc,
      {
        accountId: 'ACC-CN-023-1',
        to: '+8613521996081',
        recipientPersonId: 'CN-023',
        idempotencyKey: 'cease-day-1',
      },
      'cease_request',
    );
    const [zh, en] = await Promise.all([wholeList('zh-CN'), wholeList('en')]);
    const row = (list: Page) => list.apart.find((a) => a.accountId === 'ACC-CN-023-1');
    // The service's clock: 2026-11-20T02:00:00Z, the 20th in Shanghai and in UTC.
    expect(row(en)).toMatchObject({
      code: 'worklist_ceased_contact_since',
      params: { ceasedAt: '2026-11-20T02:00:00.000Z' },
      text: 'The debtor asked on Nov 20, 2026 to stop all contact: nothing may be contacted.',
    });
    expect(row(zh)?.text).toBe('债务人已于2026年11月20日要求停止一切联系：不可联系。');
    expect([...en.items, ...en.apart].filter((r) => r.debtorId === 'CN-023')).toHaveLength(1);
  });

  it('lists every account the debtor owes as ceased, with the day, after a cease request on one of them', async () => {
    await callWithOutcome(
      svc,
      {
        accountId: 'ACC-CN-003-2',
        to: '+8617764780332',
        idempotencyKey: 'cease-day-other-account',
      },
      'cease_request',
    );
    const [zh, en] = await Promise.all([wholeList('zh-CN'), wholeList('en')]);
    const rows = (list: Page) => list.apart.filter((a) => a.debtorId === 'CN-003');
    expect(rows(en).length).toBeGreaterThan(0);
    for (const row of rows(en))
      expect(row).toMatchObject({
        code: 'worklist_ceased_contact_since',
        params: { ceasedAt: '2026-11-20T02:00:00.000Z' },
      });
    for (const row of rows(zh))
      expect(row.text).toBe('债务人已于2026年11月20日要求停止一切联系：不可联系。');
    expect(en.items.filter((r) => r.debtorId === 'CN-003')).toEqual([]);
  });
});
