import { describe, expect, it } from 'vitest';
import { standings } from '../../web/src/graph-roles.js';
import type { Subgraph } from '../../web/src/types.js';

const person = (id: string, data: Record<string, unknown> = {}) => ({
  key: `person:${id}`,
  kind: 'person' as const,
  data: { id, name: id, ...data },
});

describe('who the contact graph colours as debtor and as co-obligor', () => {
  it('tells the debtor, a guarantor, a co-borrower and a reference apart by their edges to accounts', () => {
    const graph = {
      nodes: [
        person('D'),
        person('SPOUSE'),
        person('PARENT'),
        person('FRIEND'),
        { key: 'account:A', kind: 'account', data: { id: 'A' } },
      ],
      edges: [
        { type: 'OWES', from: 'person:D', to: 'account:A', props: {} },
        { type: 'CO_BORROWS', from: 'person:SPOUSE', to: 'account:A', props: {} },
        { type: 'GUARANTEES', from: 'person:PARENT', to: 'account:A', props: {} },
        { type: 'KNOWS', from: 'person:D', to: 'person:FRIEND', props: { kind: 'friend' } },
      ],
    } as unknown as Subgraph;
    const got = standings(graph);
    expect(Object.fromEntries(got)).toEqual({
      'person:D': 'debtor',
      'person:SPOUSE': 'obligor',
      'person:PARENT': 'obligor',
    });
  });

  it('reads the roles a shared number’s holders carry; a debtor who also guarantees is the debtor', () => {
    const graph = {
      nodes: [
        { key: 'phone:+8613509820217', kind: 'phone', data: { e164: '+8613509820217' } },
        person('G', { accountRoles: ['guarantor'] }),
        person('DG', { accountRoles: ['debtor', 'guarantor'] }),
        person('R', { accountRoles: [] }),
      ],
      edges: [],
    } as unknown as Subgraph;
    const got = standings(graph);
    expect(got.get('person:G')).toBe('obligor');
    expect(got.get('person:DG')).toBe('debtor');
    expect(got.has('person:R')).toBe(false);
  });
});
