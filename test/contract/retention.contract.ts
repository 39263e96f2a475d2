import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/app/audit/verify-audit-chain.js';
import { PURGE_ACCOUNT, type PurgeAuditRecord } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { attempt, audit, dispatch, loadFixture } from './contract-fixture.js';

function purgeRecord(id: string, audited: number): PurgeAuditRecord {
  return {
    id,
    at: '2026-12-02T09:00:00Z',
    kind: 'purge',
    accountId: PURGE_ACCOUNT,
    inputDigest: `digest-${id}`,
    outcome: 'allow',
    rules: [],
    policyVersion: 'cn-collection@v1',
    purge: { accounts: ['A1'], attempts: 2, audit: audited, outbox: 1, periods: [] },
  };
}

/**
 * The Retention part of the store contract: accounts with their last activity and current
 * address; counts; a purge that removes one account's records and leaves the chain verifiable.
 */
export function retentionContract(current: () => GraphStore): void {
  describe('retention', () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = current();
      await loadFixture(store);
      await store.recordAttempts([
        attempt('T1', '2019-03-01T08:00:00Z'),
        attempt('T2', '2019-03-02T08:00:00Z'),
        attempt('T3', '2026-04-01T08:00:00Z', { accountId: 'A2', personId: 'X1' }),
      ]);
      await store.appendAudit(audit('AU1', '2019-03-01T08:00:00Z', { attemptId: 'T1' }));
      await store.appendAudit(
        audit('AU2', '2026-04-01T08:00:00Z', { accountId: 'A2', debtorId: 'X1' }),
      );
      await store.appendAudit(audit('AU3', '2019-03-02T08:00:00Z', { attemptId: 'T2' }));
      await store.enqueueDispatch(dispatch('OB1', { attemptId: 'T1' }));
      await store.enqueueDispatch(dispatch('OB2', { attemptId: 'T3' }));
    });

    it('pages accounts in id order with their last activity and the debtor’s current address', async () => {
      const [first] = await store.accountActivity(undefined, 1);
      expect(first).toMatchObject({
        accountId: 'A1',
        debtorId: 'D1',
        jurisdiction: 'CN',
        lastActivityAt: '2019-03-02T08:00:00.000Z',
        debtorAddress: { id: 'ADDR1', city: 'Shanghai', country: 'CN' },
      });
      const rest = await store.accountActivity('A1', 10);
      expect(rest.map((a) => [a.accountId, a.lastActivityAt])).toEqual([
        ['A2', '2026-04-01T08:00:00.000Z'],
      ]);
      expect(await store.countRecords(['A1'])).toEqual({ attempts: 2, audit: 2, outbox: 1 });
      expect(await store.countRecords([])).toEqual({ attempts: 0, audit: 0, outbox: 0 });
    });

    it('purges one account’s records, keeps the others, and the chain verifies', async () => {
      const removed = await store.transaction(async (tx) => {
        const counts = await tx.purgeRecords(['A1'], 'PURGE1');
        await tx.appendAudit(purgeRecord('PURGE1', counts.audit));
        return counts;
      });
      expect(removed).toEqual({ attempts: 2, audit: 2, outbox: 1 });
      expect(await store.listAttempts({ accountId: 'A1' })).toEqual([]);
      expect(await store.listAttempts({ accountId: 'A2' })).toHaveLength(1);
      expect((await store.listAudit({})).map((r) => r.id)).toEqual(['PURGE1', 'AU2']);
      expect((await store.listOutbox({})).map((d) => d.id)).toEqual(['OB2']);
      expect(await store.countRecords(['A1'])).toEqual({ attempts: 0, audit: 0, outbox: 0 });
      const verdict = await verifyAuditChain(store);
      expect(verdict).toMatchObject({ ok: true, records: 2, purged: 2 });
    });

    it('fails verification when the purge record does not count the tombstones', async () => {
      await store.transaction(async (tx) => {
        await tx.purgeRecords(['A1'], 'PURGE1');
        await tx.appendAudit(purgeRecord('PURGE1', 1));
      });
      const verdict = await verifyAuditChain(store);
      expect(verdict).toMatchObject({
        ok: false,
        broken: { reason: 'purge_unrecorded', id: 'AU1' },
      });
    });
  });
}
