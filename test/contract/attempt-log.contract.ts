import { beforeEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/domain/model/index.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { attempt, P_OWN, P_REF, P_SHARED } from './contract-fixture.js';

/**
 * The AttemptLog part of the store contract: attempts recorded once, listed by account, person, contact point and [from, to), outcomes set.
 * `current` gives the fresh store of the running test.
 */
export function attemptLogContract(current: () => GraphStore): void {
  describe('attempts', () => {
    let store: GraphStore;
    beforeEach(() => {
      store = current();
    });

    const history: Attempt[] = [
      attempt('T1', '2026-04-01T08:00:00Z', { outcome: 'no_answer' }),
      attempt('T2', '2026-04-02T08:00:00Z', { channel: 'sms' }),
      attempt('T3', '2026-04-03T08:00:00Z', {
        contact: { kind: 'phone', value: P_REF },
        personId: 'R1',
        outcome: 'third_party',
      }),
      attempt('T4', '2026-04-04T08:00:00Z', {
        accountId: 'A2',
        personId: 'X1',
        contact: { kind: 'phone', value: P_SHARED },
      }),
      attempt('T5', '2026-04-05T08:00:00Z', {
        channel: 'email',
        contact: { kind: 'email', value: 'family@example.com' },
      }),
      attempt('T6', '2026-04-06T08:00:00Z', {
        channel: 'visit',
        contact: { kind: 'address', value: 'ADDR1' },
        personId: undefined,
      }),
    ];

    it('reads an attempt back as recorded', async () => {
      await store.recordAttempts(history);
      expect(await store.getAttempt('T1')).toEqual(history[0]);
      expect(await store.getAttempt('T6')).toEqual(history[5]);
      expect(await store.getAttempt('nope')).toBeUndefined();
    });

    it('lists by account, person and contact point, ordered by time', async () => {
      await store.recordAttempts([...history].reverse());
      expect((await store.listAttempts({ accountId: 'A1' })).map((a) => a.id)).toEqual([
        'T1',
        'T2',
        'T3',
        'T5',
        'T6',
      ]);
      expect((await store.listAttempts({ accountId: 'A2' })).map((a) => a.id)).toEqual(['T4']);
      expect((await store.listAttempts({ personId: 'D1' })).map((a) => a.id)).toEqual([
        'T1',
        'T2',
        'T5',
      ]);
      expect(
        (await store.listAttempts({ contact: { kind: 'phone', value: P_OWN } })).map((a) => a.id),
      ).toEqual(['T1', 'T2']);
      expect(
        (await store.listAttempts({ contact: { kind: 'address', value: 'ADDR1' } })).map(
          (a) => a.id,
        ),
      ).toEqual(['T6']);
      expect(
        (await store.listAttempts({ accountId: 'A1', personId: 'R1' })).map((a) => a.id),
      ).toEqual(['T3']);
      expect((await store.listAttempts({ accountId: 'A1', limit: 2 })).map((a) => a.id)).toEqual([
        'T1',
        'T2',
      ]);
    });

    it('windows are [from, to): the start is included, the end excluded', async () => {
      await store.recordAttempts(history);
      const window = {
        accountId: 'A1',
        from: '2026-04-02T08:00:00Z',
        to: '2026-04-05T08:00:00Z',
      };
      expect((await store.listAttempts(window)).map((a) => a.id)).toEqual(['T2', 'T3']);
      expect(
        (await store.listAttempts({ personId: 'D1', from: '2026-04-02T08:00:00.001Z' })).map(
          (a) => a.id,
        ),
      ).toEqual(['T5']);
      expect(
        (await store.listAttempts({ accountId: 'A1', to: '2026-04-01T08:00:00Z' })).map(
          (a) => a.id,
        ),
      ).toEqual([]);
    });

    it('compares instants, not text, when offsets differ', async () => {
      await store.recordAttempts([attempt('Z1', '2026-04-02T09:30:00+08:00')]);
      // 2026-04-02T09:30+08:00 is 01:30Z.
      expect(
        (
          await store.listAttempts({
            accountId: 'A1',
            from: '2026-04-02T01:00:00Z',
            to: '2026-04-02T02:00:00Z',
          })
        ).map((a) => a.id),
      ).toEqual(['Z1']);
      expect(
        (await store.listAttempts({ accountId: 'A1', from: '2026-04-02T02:00:00Z' })).map(
          (a) => a.id,
        ),
      ).toEqual([]);
    });

    it('recording an attempt id again leaves the stored one as it is', async () => {
      await store.recordAttempts(history);
      await store.recordAttempts([{ ...history[0]!, outcome: 'right_party', channel: 'sms' }]);
      expect(await store.getAttempt('T1')).toEqual(history[0]);
      expect(await store.listAttempts({ accountId: 'A1' })).toHaveLength(5);
    });

    it('setAttemptOutcome updates and returns the attempt; an unknown id gives undefined', async () => {
      await store.recordAttempts(history);
      const updated = await store.setAttemptOutcome('T2', 'promise_to_pay', '2026-04-02T08:05:00Z');
      expect(updated).toEqual({
        ...history[1],
        outcome: 'promise_to_pay',
        outcomeAt: '2026-04-02T08:05:00Z',
      });
      expect(await store.getAttempt('T2')).toEqual(updated);
      expect(
        await store.setAttemptOutcome('missing', 'busy', '2026-04-02T08:05:00Z'),
      ).toBeUndefined();
    });

    it('setAttemptOutcome keeps the collector note when given, and a later outcome without one keeps it', async () => {
      await store.recordAttempts(history);
      const noted = await store.setAttemptOutcome(
        'T1',
        'wrong_party',
        '2026-04-01T08:02:00Z',
        'answered by a colleague',
      );
      expect(noted).toMatchObject({ outcome: 'wrong_party', note: 'answered by a colleague' });
      await store.setAttemptOutcome('T1', 'no_answer', '2026-04-01T08:03:00Z');
      expect(await store.getAttempt('T1')).toMatchObject({
        outcome: 'no_answer',
        outcomeAt: '2026-04-01T08:03:00Z',
        note: 'answered by a colleague',
      });
    });
  });
}
