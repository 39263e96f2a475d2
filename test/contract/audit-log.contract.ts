import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { GENESIS_HASH } from '../../src/domain/audit/audit-chain.js';
import type { AuditRecord } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { StoreConflictError } from '../../src/store/store-errors.js';
import { audit } from './contract-fixture.js';

/**
 * The AuditLog part of the store contract: records returned as appended, newest first, filtered.
 * `current` gives the fresh store of the running test.
 */
export function auditLogContract(current: () => GraphStore): void {
  describe('audit', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    const records: AuditRecord[] = [
      audit('AU1', '2026-04-01T08:00:00Z'),
      audit('AU2', '2026-04-02T08:00:00Z', {
        outcome: 'deny',
        rules: [
          {
            id: 'time-window',
            policy: 'cn',
            reason: 'outside 08:00-21:00',
            nextAllowedAt: '2026-04-03T00:00:00Z',
          },
        ],
      }),
      audit('AU3', '2026-04-03T08:00:00Z', { accountId: 'A2', debtorId: 'X1', kind: 'check' }),
      audit('AU4', '2026-04-04T08:00:00Z', {
        outcome: 'deny',
        actor: 'collector-7',
        attemptId: 'T9',
      }),
    ];

    it('lists newest first and returns records as appended', async () => {
      for (const r of records) await store.appendAudit(r);
      const all = await store.listAudit({});
      expect(all.map((r) => r.id)).toEqual(['AU4', 'AU3', 'AU2', 'AU1']);
      expect(all[2]).toEqual(records[1]);
    });

    it('appends the same record twice as once (a retried write), and refuses other content under its id', async () => {
      const first = records[0] as AuditRecord;
      await store.appendAudit(first);
      await store.appendAudit(first);
      await store.appendAudit(records[1] as AuditRecord);
      expect((await store.listAudit({})).map((r) => r.id)).toEqual(['AU2', 'AU1']);
      await expect(store.appendAudit({ ...first, outcome: 'deny' })).rejects.toBeInstanceOf(
        StoreConflictError,
      );
      expect(await store.listAudit({ accountId: 'A1' })).toEqual([records[1], first]);
      const verdict = await verifyAuditChain(store);
      expect(verdict).toMatchObject({ ok: true, records: 2 });
    });

    it('filters by account, debtor, outcome and [from, to), with a limit', async () => {
      for (const r of records) await store.appendAudit(r);
      expect((await store.listAudit({ accountId: 'A2' })).map((r) => r.id)).toEqual(['AU3']);
      expect((await store.listAudit({ debtorId: 'D1' })).map((r) => r.id)).toEqual([
        'AU4',
        'AU2',
        'AU1',
      ]);
      expect((await store.listAudit({ outcome: 'deny' })).map((r) => r.id)).toEqual(['AU4', 'AU2']);
      expect(
        (await store.listAudit({ from: '2026-04-02T08:00:00Z', to: '2026-04-04T08:00:00Z' })).map(
          (r) => r.id,
        ),
      ).toEqual(['AU3', 'AU2']);
      expect(
        (await store.listAudit({ debtorId: 'D1', outcome: 'allow' })).map((r) => r.id),
      ).toEqual(['AU1']);
      expect((await store.listAudit({ limit: 2 })).map((r) => r.id)).toEqual(['AU4', 'AU3']);
    });

    it('settles each append of a burst on its own: a conflict fails only its caller, a repeat is a no-op', async () => {
      const at = '2026-04-06T08:00:00Z';
      await store.appendAudit(audit('GC0', at));
      const burst = Array.from({ length: 30 }, (_, i) => audit(`GC${i + 1}`, at));
      const settled = await Promise.allSettled([
        ...burst.map((r) => store.appendAudit(r)),
        store.appendAudit({ ...audit('GC0', at), outcome: 'deny' }),
        store.appendAudit(burst[3] as AuditRecord),
      ]);
      expect(settled.map((s) => s.status)).toEqual([
        ...burst.map(() => 'fulfilled'),
        'rejected',
        'fulfilled',
      ]);
      expect((settled[30] as PromiseRejectedResult).reason).toBeInstanceOf(StoreConflictError);
      expect(await store.listAudit({ limit: 100 })).toHaveLength(31);
      expect((await store.listAudit({ limit: 100 })).find((r) => r.id === 'GC0')?.outcome).toBe(
        'allow',
      );
      expect(await verifyAuditChain(store)).toMatchObject({ ok: true, records: 31 });
    });

    it('chains every record to the one before, also under concurrent appends', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 === 0
            ? store.appendAudit(audit(`CH${i}`, '2026-04-05T08:00:00Z'))
            : store.transaction((tx) => tx.appendAudit(audit(`CH${i}`, '2026-04-05T08:00:00Z'))),
        ),
      );
      const links = await store.auditChain(0, 100);
      expect(links.map((l) => l.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(links[0]?.prevHash).toBe(GENESIS_HASH);
      expect(new Set(links.map((l) => l.prevHash)).size).toBe(20);
      expect(await verifyAuditChain(store, 7)).toMatchObject({ ok: true, records: 20 });
      expect((await store.auditChain(18, 100)).map((l) => l.seq)).toEqual([19, 20]);
    });
  });
}
