import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServiceHarness, serviceHarness } from '../support/service-harness.js';

const ACCOUNT = 'ACC-CN-001-1';
const NOW = '2026-12-01T04:00:00Z';

interface Ledger {
  promises: { id: string; state: string }[];
}
interface Listed {
  accountId: string;
  promise?: { state: string };
}

describe('an outcome corrected away from promise_to_pay', () => {
  let svc: ServiceHarness;

  beforeAll(async () => {
    svc = await serviceHarness({ now: new Date(NOW) });
    await svc.store.recordAttempts([
      {
        id: 'PTP-FIX',
        accountId: 'ACC-CN-001-1',
        at: '2026-12-01T03:50:00Z',
        channel: 'call',
        contact: { kind: 'phone', value: '+8618659581681' },
        personId: 'CN-001',
      },
    ]);
  });
  afterAll(async () => svc.close());

  const ledger = async (): Promise<Ledger> => {
    const res = await svc.call('GET', `/v1/accounts/${ACCOUNT}/promises?at=${NOW}`, {
      role: 'collector',
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Ledger;
  };
  const worklistRow = async (): Promise<Listed | undefined> => {
    const res = await svc.call('GET', `/v1/worklist?at=${NOW}&tz=Asia/Shanghai&limit=20`, {
      role: 'collector',
    });
    const page = (await res.json()) as { items: Listed[]; apart: Listed[] };
    return [...page.items, ...page.apart].find((r) => r.accountId === ACCOUNT);
  };

  it('withdraws the promise the mistaken outcome made, from the ledger and the worklist', async () => {
    const promised = await svc.call('POST', '/v1/attempts/PTP-FIX/outcome', {
      role: 'collector',
      body: { outcome: 'promise_to_pay', amount: 5000, dueDate: '2026-12-02' },
    });
    expect(promised.status).toBe(200);
    expect((await ledger()).promises.map((p) => p.id)).toContain('PTP-FIX');
    expect((await worklistRow())?.promise).toBeDefined();

    const corrected = await svc.call('POST', '/v1/attempts/PTP-FIX/outcome', {
      role: 'collector',
      body: { outcome: 'no_answer' },
    });
    expect(corrected.status).toBe(200);
    expect((await ledger()).promises.map((p) => p.id)).not.toContain('PTP-FIX');
    expect((await worklistRow())?.promise).toBeUndefined();
  });
});
