import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type GraphSpec,
  generateIntoStore,
  isDebtorIndex,
  personId,
} from '../../scripts/gen-graph.js';
import { loadRouteGraph } from '../../src/app/routes/route-graph.js';
import { rankRoutes } from '../../src/domain/ranking/rank-routes.js';
import type { RankingInput } from '../../src/domain/ranking/route.js';
import type { GraphStore } from '../../src/store/graph-store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';

const SPEC: GraphSpec = { persons: 600, seed: 3, today: '2026-11-23' };
const AT = new Date('2026-11-23T10:00:00Z');

describe('the graph loaded for routes', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await openSqliteStore(':memory:');
    await generateIntoStore(store, SPEC, 500);
  });
  afterAll(async () => {
    await store.close();
  });

  it('yields the same routes as the full 3-hop neighbourhood, on a synthetic graph', async () => {
    let compared = 0;
    let withCoObligor = 0;
    for (let i = 0; i < SPEC.persons && compared < 25; i++) {
      if (!isDebtorIndex(i, SPEC)) continue;
      const debtorId = personId(i);
      const owed = (await store.accountsOf(debtorId)).filter((a) => a.role === 'debtor');
      const account = owed[0]!.account;
      const attempts = await store.listAttempts({ accountId: account.id });
      const base = { debtorId, account, at: AT, attempts, sharing: [] } satisfies Omit<
        RankingInput,
        'subgraph'
      >;
      const full = rankRoutes({ ...base, subgraph: await store.neighbourhood(debtorId, 3) });
      const routeGraph = await loadRouteGraph(store, debtorId, account.id);
      const lean = rankRoutes({ ...base, subgraph: routeGraph });
      expect(lean).toEqual(full);
      if (
        full.routes.some(
          (r) => r.recipient.relation === 'guarantor' || r.recipient.relation === 'co_borrower',
        )
      )
        withCoObligor += 1;
      compared += 1;
    }
    expect(compared).toBe(25);
    expect(withCoObligor).toBeGreaterThan(0);
  });

  it('ranking with a limit lists the same first routes as without', async () => {
    const debtorId = personId([...Array(SPEC.persons).keys()].find((i) => isDebtorIndex(i, SPEC))!);
    const account = (await store.accountsOf(debtorId))[0]!.account;
    const input: RankingInput = {
      subgraph: await loadRouteGraph(store, debtorId, account.id),
      debtorId,
      account,
      at: AT,
      attempts: [],
      sharing: [],
    };
    const all = rankRoutes(input);
    expect(all.routes.length).toBeGreaterThan(5);
    expect(rankRoutes({ ...input, limit: 5 }).routes).toEqual(all.routes.slice(0, 5));
  });
});
