import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';

/**
 * The Receipts part of the store contract: the first receipt per key wins, also under concurrency.
 * `current` gives the fresh store of the running test.
 */
export function receiptsContract(current: () => GraphStore): void {
  describe('receipts', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('stores the first receipt for a key and refuses a second', async () => {
      const first = {
        idempotencyKey: 'key-1',
        requestDigest: 'abc',
        outcome: { kind: 'accepted', accepted: { attemptId: 'T1', nested: [1, 2] } },
        createdAt: '2026-04-01T00:00:00Z',
      };
      expect(await store.putReceipt(first)).toBe(true);
      expect(
        await store.putReceipt({
          ...first,
          requestDigest: 'def',
          outcome: { other: true },
        }),
      ).toBe(false);
      expect(await store.getReceipt('key-1')).toEqual(first);
      expect(await store.getReceipt('key-2')).toBeUndefined();
    });

    it('concurrent puts of one key: exactly one wins', async () => {
      const puts = Array.from({ length: 20 }, (_, i) =>
        store.putReceipt({
          idempotencyKey: 'race',
          requestDigest: `d${i}`,
          outcome: { i },
          createdAt: '2026-04-01T00:00:00Z',
        }),
      );
      expect((await Promise.all(puts)).filter(Boolean)).toHaveLength(1);
    });
  });
}
