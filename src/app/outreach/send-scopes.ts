import type { Account, ContactPoint } from '../../domain/model/index.js';
import type { GraphReads } from '../../store/graph-store.js';
import { contactValue } from '../../store/port-rules.js';

/** What a send is about, as far as its frequency-cap scopes go. */
export interface SendTarget {
  accountId: string;
  contact: ContactPoint;
  recipientPersonId?: string;
}

/**
 * The lock key of every frequency-cap scope a send falls in, so that a policy's caps hold
 * however many processes send at once: the account (scope `account`), its debtor (`debtor`: every
 * account of theirs), the contact point (`contact_point`, whoever's account) and every person the
 * contact point reaches, named or holding it (`recipient`). Persons share one key space, so a
 * debtor who is also a reference on another account is one lock. Read before the locks are taken,
 * from data a send does not change (who owes an account, who holds a number), so that every
 * sender can take all its locks in one sorted statement.
 * @example await tx.lockScopes(await sendScopeKeys(tx, command, account))
 */
export async function sendScopeKeys(
  store: GraphReads,
  target: SendTarget,
  account: Account | undefined,
): Promise<string[]> {
  const keys = new Set<string>([`account:${target.accountId}`]);
  const value = contactValue(target.contact);
  keys.add(`contact:${target.contact.kind}:${value}`);
  if (account !== undefined) keys.add(`person:${account.debtorId}`);
  if (target.recipientPersonId !== undefined) keys.add(`person:${target.recipientPersonId}`);
  const { holders } = await store.sharedIdentifiers(target.contact);
  for (const holder of holders) if (holder.kind === 'person') keys.add(`person:${holder.id}`);
  return [...keys].sort();
}
