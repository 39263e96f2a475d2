import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../support/api-harness.js';
import { callWithOutcome } from '../support/call-with-outcome.js';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

/** The demo's one prepaid number on five unrelated debtors' applications. */
const RING_PHONE = '+8613509820217';

interface Item {
  debtorId: string;
  route: { contact: { kind: string; value: string } };
}

describe('a number found dead leaves the worklist of every debtor who holds it', () => {
  let svc: ServiceHarness;
  const headers = { authorization: `Bearer ${KEYS.collector}`, 'content-type': 'application/json' };
  beforeAll(async () => {
    svc = await serviceHarness();
  });
  afterAll(async () => svc.close());

  async function items(): Promise<Item[]> {
    const all: Item[] = [];
    let cursor: string | undefined;
    do {
      const res = await svc.app.request(
        `/v1/worklist?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        { headers },
      );
      const page = (await res.json()) as { items: Item[]; nextCursor?: string };
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  it('re-ranks the other holders once a call on one debtor’s account answers invalid_number', async () => {
    const before = await items();
    // CN-027's best route is the shared number: the list was ranked before anyone called it.
    expect(before.find((i) => i.debtorId === 'CN-027')?.route.contact.value).toBe(RING_PHONE);
    await callWithOutcome(
      svc,
      {
        accountId: 'ACC-CN-011-1',
        to: RING_PHONE,
        recipientPersonId: 'CN-011',
        idempotencyKey: 'ring-dead-1',
      },
      'invalid_number',
    );
    const after = await items();
    expect(after.filter((i) => i.route.contact.value === RING_PHONE)).toEqual([]);
    expect(after.find((i) => i.debtorId === 'CN-027')).toBeDefined();
  });
});
