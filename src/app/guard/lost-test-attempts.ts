import type { Attempt } from '../../domain/model/index.js';
import type { AttemptLog } from '../../store/graph-store.js';

/**
 * The attempts the lost test reads: the guard's history plus the whole history of the debtor's other
 * accounts up to `at`, each attempt once. The history holds other accounts' attempts only within the
 * rules' look-back, while a run of failed calls, or the right-party contact that ends one, may be
 * older; the routes read the same lists, so both say the same of whether the debtor is lost.
 */
export async function lostTestAttempts(
  store: AttemptLog,
  history: readonly Attempt[],
  otherOwedAccountIds: readonly string[],
  at: Date,
  excluded: ReadonlySet<string> | undefined,
): Promise<Attempt[]> {
  if (otherOwedAccountIds.length === 0) return [...history];
  const to = new Date(at.getTime() + 1).toISOString();
  const lists = await Promise.all(
    otherOwedAccountIds.map((accountId) => store.listAttempts({ accountId, to })),
  );
  const seen = new Set(history.map((a) => a.id));
  const merged = [...history];
  for (const a of lists.flat()) {
    if (seen.has(a.id) || excluded?.has(a.id)) continue;
    seen.add(a.id);
    merged.push(a);
  }
  return merged;
}
