import { describe, expect, it } from 'vitest';
import type { WorklistItem } from '../../web/src/types.js';
import { reasonsBesidePromise } from '../../web/src/worklist-reasons.js';

const promise = {
  code: 'promise_due_today',
  params: { amount: 100, currency: 'CNY', dueDate: '2026-11-20', paid: 0 },
  state: 'due',
  dueDate: '2026-11-20',
};
const callable = { code: 'worklist_callable_now', params: {} };

describe("a worklist row's reasons", () => {
  it('leaves out the promise the row already shows on its own line', () => {
    const item = { promise, why: [{ code: promise.code, params: promise.params }, callable] };
    expect(reasonsBesidePromise(item as Pick<WorklistItem, 'why' | 'promise'>)).toEqual([callable]);
  });

  it('keeps every reason of a row without a promise', () => {
    expect(
      reasonsBesidePromise({ why: [callable] } as Pick<WorklistItem, 'why' | 'promise'>),
    ).toEqual([callable]);
  });
});
