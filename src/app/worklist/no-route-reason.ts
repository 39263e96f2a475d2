import type { AttemptLog, GraphReads, WorklistEntry } from '../../store/graph-store.js';
import type { Explanation } from './explanation.js';

/**
 * The day a cease request put the debtor's stop on, as far as the history shows it: the earliest
 * cease_request outcome by `at` that reached the debtor (named, or unnamed on the account, which
 * recording the outcome reads as the debtor). Undefined when the flag came another way (an import).
 */
async function ceasedSince(
  store: AttemptLog,
  entry: Pick<WorklistEntry, 'accountId' | 'debtorId'>,
  at: Date,
): Promise<string | undefined> {
  const [named, onAccount] = await Promise.all([
    store.listAttempts({ personId: entry.debtorId }),
    store.listAttempts({ accountId: entry.accountId }),
  ]);
  let since: string | undefined;
  for (const a of [...named, ...onAccount.filter((x) => x.personId === undefined)]) {
    if (a.outcome !== 'cease_request' || a.outcomeAt === undefined) continue;
    const when = Date.parse(a.outcomeAt);
    if (when > at.getTime()) continue;
    if (since === undefined || when < Date.parse(since)) since = a.outcomeAt;
  }
  return since;
}

/**
 * Why an account has no stored route: the debtor asked to stop all contact (with the day, when an
 * outcome recorded it), else no route is known.
 * @example await noRouteReason(store, entry, at) // { code: 'worklist_ceased_contact_since', params: { ceasedAt: since } }
 */
export async function noRouteReason(
  store: GraphReads & AttemptLog,
  entry: Pick<WorklistEntry, 'accountId' | 'debtorId'>,
  at: Date,
): Promise<Explanation> {
  const debtor = await store.getPerson(entry.debtorId);
  if (!debtor?.flags.ceaseContact) return { code: 'worklist_no_route', params: {} };
  const since = await ceasedSince(store, entry, at);
  return since === undefined
    ? { code: 'worklist_ceased_contact', params: {} }
    : { code: 'worklist_ceased_contact_since', params: { ceasedAt: since } };
}
