import { rankRoutes } from '../../src/domain/ranking/rank-routes.js';
import type { RankedRoute, RankingInput, RankingResult } from '../../src/domain/ranking/route.js';
import { renderMessage } from '../../src/messages/render-message.js';
import { GraphBuilder } from './graph-builder.js';

/** The ranking time of the scenarios. */
export const AT = new Date('2026-11-23T10:00:00Z');

/** Ranks D1's routes on A1 at AT over the builder's graph and attempts (`patch` overrides the input). */
export function rank(g: GraphBuilder, patch: Partial<RankingInput> = {}): RankingResult {
  return rankRoutes({
    subgraph: g.subgraph(),
    debtorId: 'D1',
    account: g.accountOf('A1'),
    at: AT,
    attempts: g.attempts,
    sharing: [],
    ...patch,
  });
}

/** The contact values of the ranked routes, in order. */
export function values(result: RankingResult): string[] {
  return result.routes.map((r) => r.contact.value);
}

/** A debtor D1 with one account A1 and a reference R1 who has a mobile. */
export function debtorWithReference(): GraphBuilder {
  return new GraphBuilder()
    .person('D1', {}, 'Zhang San')
    .account('A1', 'D1')
    .person('R1', {}, 'Li Wei')
    .knows('D1', 'R1', 'reference', { source: 'application', lastSeen: '2025-03-01' })
    .phone('R1', '+8613900000001', { source: 'application', lastSeen: '2025-03-01' });
}

/** A route's reasons in English words, rendered from their codes with the message catalogue (days in UTC). */
export function words(route: Pick<RankedRoute, 'reasons'>): string[] {
  return route.reasons.map((r) => renderMessage('en', r.code, r.params));
}
