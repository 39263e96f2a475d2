import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { attempt, audit, loadFixture, person } from './contract-fixture.js';

const FRESH_NUMBER = '+8613900000099';

/**
 * The Transactions and StoreLifecycle part of the store contract: transactions commit or roll back together, nest, and serialise check-then-record; the ping.
 * `current` gives the fresh store of the running test; `sibling`, where the adapter can, a second
 * independent handle on the same database (as another process would have).
 */
export function transactionsContract(
  current: () => GraphStore,
  sibling?: () => Promise<GraphStore>,
): void {
  describe('transactions', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('commits everything the body wrote and returns its value', async () => {
      const result = await store.transaction(async (tx) => {
        await tx.upsertPersons([person('TX1', 'Committed')]);
        await tx.recordAttempts([attempt('TA1', '2026-04-01T00:00:00Z')]);
        return 'done';
      });
      expect(result).toBe('done');
      expect(await store.getPerson('TX1')).toBeDefined();
      expect(await store.getAttempt('TA1')).toBeDefined();
    });

    it('rolls back everything when the body throws, and rethrows', async () => {
      await store.upsertPersons([person('KEEP', 'Kept')]);
      const failure = new Error('body failed');
      await expect(
        store.transaction(async (tx) => {
          await tx.upsertPersons([person('TX2', 'Rolled Back'), person('KEEP', 'Renamed')]);
          await tx.recordAttempts([attempt('TA2', '2026-04-01T00:00:00Z')]);
          await tx.appendAudit(audit('AU-TX', '2026-04-01T00:00:00Z'));
          expect(await tx.getPerson('TX2')).toBeDefined();
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await store.getPerson('TX2')).toBeUndefined();
      expect((await store.getPerson('KEEP'))?.name).toBe('Kept');
      expect(await store.getAttempt('TA2')).toBeUndefined();
      expect(await store.listAudit({})).toEqual([]);
    });

    it('a nested transaction runs inside the outer one and rolls back with it', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.transaction(async (inner) => {
            await inner.upsertPersons([person('NEST', 'Nested')]);
          });
          expect(await tx.getPerson('NEST')).toBeDefined();
          throw new Error('outer failed');
        }),
      ).rejects.toThrow('outer failed');
      expect(await store.getPerson('NEST')).toBeUndefined();
    });

    it('50 concurrent check-then-record transactions never exceed a cap of 3', async () => {
      await loadFixture(store);
      const cap = 3;
      const tries = Array.from({ length: 50 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.lockScopes(['account:A1']);
          const recent = await tx.listAttempts({
            accountId: 'A1',
            from: '2026-04-01T00:00:00Z',
            to: '2026-04-02T00:00:00Z',
          });
          if (recent.length >= cap) return false;
          // Give other callers every chance to interleave between the check and the write.
          await new Promise((resolve) => setTimeout(resolve, 0));
          await tx.recordAttempts([
            attempt(`CAP${i}`, `2026-04-01T10:${String(i).padStart(2, '0')}:00Z`),
          ]);
          return true;
        }),
      );
      const results = await Promise.all(tries);
      expect(results.filter(Boolean)).toHaveLength(cap);
      expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(cap);
    });

    it.skipIf(sibling === undefined)(
      'two store instances (as two processes) sending on one debtor through different accounts to one number never exceed a debtor or contact-point cap',
      async () => {
        await loadFixture(store);
        const other = await (sibling as () => Promise<GraphStore>)();
        try {
          const cap = 3;
          const contact = { kind: 'phone' as const, value: FRESH_NUMBER };
          const day = { from: '2026-04-01T00:00:00Z', to: '2026-04-02T00:00:00Z' };
          // Each handle serialises its own transactions in-process; only the scope locks order the two.
          const send = (handle: GraphStore, i: number) =>
            handle.transaction(async (tx) => {
              const accountId = i % 2 === 0 ? 'A1' : 'A2';
              await tx.lockScopes([
                `contact:phone:${FRESH_NUMBER}`,
                'person:D1',
                `account:${accountId}`,
              ]);
              if ((await tx.listAttempts({ contact, ...day })).length >= cap) return false;
              await new Promise((resolve) => setTimeout(resolve, 5));
              await tx.recordAttempts([
                attempt(`X${i}`, `2026-04-01T11:${String(i).padStart(2, '0')}:00Z`, {
                  accountId,
                  contact,
                }),
              ]);
              return true;
            });
          const results = await Promise.all(
            Array.from({ length: 24 }, (_, i) => send(i < 12 ? store : other, i)),
          );
          expect(results.filter(Boolean)).toHaveLength(cap);
          expect(await other.listAttempts({ contact, ...day })).toHaveLength(cap);
        } finally {
          await other.close();
        }
      },
    );
  });

  describe('health', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('ping resolves on a working store', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
