import type { AccountRole } from './relations.js';

// Without zod, so the workbench reads roles off the graph's edges as the service writes them.

/** The role on an account each edge from a person to it gives: (Person)-[:OWES|:CO_BORROWS|:GUARANTEES]->(Account). */
export const ACCOUNT_ROLE_OF_EDGE = {
  OWES: 'debtor',
  CO_BORROWS: 'co_borrower',
  GUARANTEES: 'guarantor',
} as const satisfies Record<string, AccountRole>;

/** Whether `value` is one of the account roles. */
export function isAccountRole(value: unknown): value is AccountRole {
  return Object.values<unknown>(ACCOUNT_ROLE_OF_EDGE).includes(value);
}
