import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../support/api-harness.js';
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
  apart: (Explained & { debtorId: string })[];
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
            ? 'Callable now: 5235 Westheimer Rd, Houston.'
            : '现在可联系：5235 Westheimer Rd, Houston。',
      });
      // A number's route carries no address.
      expect(
        list.items.find((i) => i.route.contact.kind === 'phone')?.route.address,
      ).toBeUndefined();
    });
});
