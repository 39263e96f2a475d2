/** Where a node sits in the picture: its ring (hops from the centre) and its angle on that ring. */
export interface RadialPlace {
  ring: number;
  angle: number;
  /** The node of the first ring this one hangs from (itself on the first ring and at the centre). */
  branch: string;
}

/** An edge as the layout sees it: two node ids, direction ignored. */
export interface LayoutEdge {
  source: string;
  target: string;
}

/** The order of a node's neighbours around it: people beside the accounts they share, then contact points. */
const KIND_ORDER = ['person', 'account', 'address', 'phone', 'email', 'employer'];

function kindRank(id: string): number {
  const rank = KIND_ORDER.indexOf(id.slice(0, id.indexOf(':')));
  return rank < 0 ? KIND_ORDER.length : rank;
}

/**
 * Orders nodes of one ring so that those linked to each other sit side by side (a spouse between the
 * account they co-borrow and the address they share): an edge across the ring would cross the
 * middle of the picture and lay its label over the others.
 */
function besideTheirLinks(
  kids: readonly string[],
  neighbours: ReadonlyMap<string, string[]>,
): string[] {
  const placed = new Set<string>();
  const linked = (a: string | undefined): string | undefined =>
    a === undefined
      ? undefined
      : kids.find((k) => !placed.has(k) && neighbours.get(a)?.includes(k));
  const ordered: string[] = [];
  for (const start of kids) {
    if (placed.has(start)) continue;
    // A run starts from the next node in order and grows at either end by a node linked to that end.
    placed.add(start);
    const run = [start];
    for (;;) {
      const right = linked(run.at(-1));
      if (right !== undefined) {
        placed.add(right);
        run.push(right);
        continue;
      }
      const left = linked(run[0]);
      if (left === undefined) break;
      placed.add(left);
      run.unshift(left);
    }
    ordered.push(...run);
  }
  return ordered;
}

/**
 * Places nodes on rings around `centre` by hops along a breadth-first spanning tree, each node's
 * further neighbours inside its own wedge so that edges stay short and rarely cross; a wedge is as
 * wide as `need` says its node, or its further neighbours together, take along the ring at an angle. Nodes not linked to the centre join the first
 * ring. The same graph always gets the same places.
 * @example radialPlaces(['person:A', 'phone:1'], [{ source: 'person:A', target: 'phone:1' }], 'person:A')
 */
export function radialPlaces(
  ids: readonly string[],
  edges: readonly LayoutEdge[],
  centre: string,
  need: (id: string, angle: number, ring: number) => number = () => 1,
): Map<string, RadialPlace> {
  const places = new Map<string, RadialPlace>();
  if (ids.length === 0) return places;
  const order = new Map(ids.map((id, i) => [id, i]));
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) {
    if (e.source === e.target) continue;
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const byKind = (a: string, b: string): number =>
    kindRank(a) - kindRank(b) || (order.get(a) ?? 0) - (order.get(b) ?? 0);
  for (const list of neighbours.values()) list.sort(byKind);
  const root = order.has(centre)
    ? centre
    : ids.reduce((best, id) =>
        (neighbours.get(id)?.length ?? 0) > (neighbours.get(best)?.length ?? 0) ? id : best,
      );
  const children = new Map<string, string[]>(ids.map((id) => [id, []]));
  const ring = new Map<string, number>([[root, 0]]);
  const visit = (start: string, parent: string | undefined): void => {
    if (parent !== undefined) {
      ring.set(start, 1);
      children.get(parent)?.push(start);
    }
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string;
      for (const next of neighbours.get(id) ?? []) {
        if (ring.has(next)) continue;
        ring.set(next, (ring.get(id) ?? 0) + 1);
        children.get(id)?.push(next);
        queue.push(next);
      }
    }
  };
  visit(root, undefined);
  for (const id of ids) if (!ring.has(id)) visit(id, root);
  for (const [id, kids] of children) children.set(id, besideTheirLinks(kids, neighbours));
  // A wedge is as wide as what it holds needs along its ring, where it sits; the places are found
  // twice, the second time from the first one's angles.
  const weights = new Map<string, number>();
  const weigh = (id: string): number => {
    const kids = children.get(id) ?? [];
    const own = id === root ? 0 : need(id, places.get(id)?.angle ?? 0, ring.get(id) ?? 1);
    const held = kids.reduce((sum, k) => sum + weigh(k), 0);
    const w = Math.max(own, held, 1e-6);
    weights.set(id, w);
    return w;
  };
  // Wedges are handed out clockwise, each node in the middle of its own.
  const assign = (id: string, start: number, span: number, branch: string): void => {
    places.set(id, { ring: ring.get(id) ?? 0, angle: start + span / 2, branch });
    const kids = children.get(id) ?? [];
    const total = kids.reduce((sum, k) => sum + (weights.get(k) ?? 1), 0);
    let from = start;
    for (const kid of kids) {
      const share = (span * (weights.get(kid) ?? 1)) / total;
      assign(kid, from, share, id === root ? kid : branch);
      from += share;
    }
  };
  for (let pass = 0; pass < 2; pass++) {
    weigh(root);
    assign(root, 0, 2 * Math.PI, root);
    // The centre's own wedge is the whole circle; its first neighbour then sits at the top.
    const first = children.get(root)?.[0];
    const shift = first === undefined ? 0 : -Math.PI / 2 - (places.get(first)?.angle ?? 0);
    for (const place of places.values()) if (place.ring > 0) place.angle += shift;
  }
  return places;
}
