import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/graph-store.js';
import { dispatch } from './contract-fixture.js';

/**
 * The Outbox part of the store contract: queue order, status filter, updates.
 * `current` gives the fresh store of the running test.
 */
export function outboxContract(current: () => GraphStore): void {
  describe('outbox', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    it('enqueues, lists in queue order, filters by status and updates', async () => {
      await store.enqueueDispatch(dispatch('O1'));
      await store.enqueueDispatch(
        dispatch('O2', {
          channel: 'email',
          to: { kind: 'email', value: 'family@example.com' },
          message: undefined,
        }),
      );
      await store.enqueueDispatch(dispatch('O3'));
      expect((await store.listOutbox({})).map((d) => d.id)).toEqual(['O1', 'O2', 'O3']);
      expect((await store.listOutbox({}))[0]).toEqual(dispatch('O1'));
      expect((await store.listOutbox({ limit: 2 })).map((d) => d.id)).toEqual(['O1', 'O2']);

      await store.updateDispatch('O2', {
        status: 'failed',
        tries: 3,
        lastError: 'provider timeout',
        updatedAt: '2026-04-01T09:05:00Z',
      });
      await store.updateDispatch('O1', {
        status: 'sent',
        tries: 1,
        updatedAt: '2026-04-01T09:01:00Z',
      });
      expect((await store.listOutbox({ status: 'queued' })).map((d) => d.id)).toEqual(['O3']);
      const failed = await store.listOutbox({ status: 'failed' });
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        id: 'O2',
        status: 'failed',
        tries: 3,
        lastError: 'provider timeout',
        updatedAt: '2026-04-01T09:05:00Z',
        channel: 'email',
      });
      expect(failed[0]?.message).toBeUndefined();

      await store.updateDispatch('O2', { status: 'queued', updatedAt: '2026-04-01T10:00:00Z' });
      expect((await store.listOutbox({ status: 'queued' })).map((d) => [d.id, d.tries])).toEqual([
        ['O2', 3],
        ['O3', 0],
      ]);
    });
  });
}
