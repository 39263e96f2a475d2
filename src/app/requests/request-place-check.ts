import { type ConsumerRequest, nodeKey, type Subgraph } from '../../domain/model/index.js';
import type { GraphReads } from '../../store/graph-store.js';
import { AppError } from '../app-error.js';

/** Keys of the addresses that are the person's: lived at, or where one of their employers is. */
function addressKeysOf(graph: Subgraph, personKey: string): Set<string> {
  const employers = new Set<string>();
  const addresses = new Set<string>();
  for (const e of graph.edges)
    if (e.from !== personKey) continue;
    else if (e.type === 'LIVED_AT') addresses.add(e.to);
    else if (e.type === 'WORKS_AT') employers.add(e.to);
  for (const e of graph.edges)
    if (e.type === 'LOCATED_AT' && employers.has(e.from)) addresses.add(e.to);
  return addresses;
}

/**
 * Refuses an inconvenient place naming an address that is not the person's: an id nobody knows
 * would never match a visit, so the limit would be recorded and never enforced.
 * @throws AppError invalid (request_address_unknown)
 */
export async function checkRequestPlaces(
  reads: GraphReads,
  personId: string,
  requests: readonly ConsumerRequest[],
): Promise<void> {
  const named = requests.flatMap((r) => (typeof r.place === 'object' ? [r.place.addressId] : []));
  if (named.length === 0) return;
  // Two hops reach an employer's address (WORKS_AT, then LOCATED_AT).
  const own = addressKeysOf(await reads.neighbourhood(personId, 2), nodeKey('person', personId));
  for (const addressId of named)
    if (!own.has(nodeKey('address', addressId)))
      throw new AppError(
        'invalid',
        'request_address_unknown',
        `place.addressId: ${addressId} is none of person ${personId}'s addresses (lived at, or an employer's)`,
        { params: { path: 'place.addressId', addressId, personId } },
      );
}
