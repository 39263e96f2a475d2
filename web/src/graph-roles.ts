import { ACCOUNT_ROLE_OF_EDGE, isAccountRole } from '../../src/domain/model/account-role-edges.js';
import type { AccountRole, Subgraph } from './types.js';

/** How a person drawn stands to an account: the debtor, or a co-obligor (a guarantor or co-borrower). */
export type Standing = 'debtor' | 'obligor';

/**
 * Each person's standing in the picture, from the roles a node carries (`data.accountRoles`, as a
 * shared number's holders give them) and from its edges to accounts drawn. A guarantor is not
 * coloured as the debtor, even on their own page: what may be said to them differs.
 */
export function standings(graph: Subgraph): Map<string, Standing> {
  const roles = new Map<string, Set<AccountRole>>();
  const add = (key: string, role: AccountRole): void => {
    const set = roles.get(key) ?? new Set<AccountRole>();
    roles.set(key, set.add(role));
  };
  for (const node of graph.nodes) {
    if (node.kind !== 'person') continue;
    const given: unknown = (node.data as { accountRoles?: unknown }).accountRoles;
    if (Array.isArray(given))
      for (const role of given) if (isAccountRole(role)) add(node.key, role);
  }
  for (const edge of graph.edges) {
    if (Object.hasOwn(ACCOUNT_ROLE_OF_EDGE, edge.type))
      add(edge.from, ACCOUNT_ROLE_OF_EDGE[edge.type as keyof typeof ACCOUNT_ROLE_OF_EDGE]);
  }
  const out = new Map<string, Standing>();
  for (const [key, set] of roles) out.set(key, set.has('debtor') ? 'debtor' : 'obligor');
  return out;
}
