import type cytoscape from 'cytoscape';
import type { RadialPlace } from './graph-layout.js';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The first ring's distance from the centre before it grows, and each further ring's from the one inside. */
const START_GAP = 60;
/** How far a ring moves out per try, at least in pixels and as a share of its radius. */
const MIN_STEP = 6;
const STEP_SHARE = 0.05;
const MAX_TRIES = 60;
/** Room kept between two labels, in pixels, so that they never touch. */
const MARGIN = 2;

const hits = (a: Box, b: Box): boolean =>
  a.x1 - MARGIN < b.x2 && b.x1 - MARGIN < a.x2 && a.y1 - MARGIN < b.y2 && b.y1 - MARGIN < a.y2;

function labelBox(ele: cytoscape.NodeSingular | cytoscape.EdgeSingular): Box | undefined {
  const texts = ['label', 'sourceLabel', 'targetLabel'].map((k) => String(ele.data(k) ?? ''));
  if (texts.every((x) => x === '')) return undefined;
  const b = ele.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false });
  return b.w > 0 && b.h > 0 ? b : undefined;
}

/**
 * How many pairs overlap among the given nodes and edges: a label over another label, or a label
 * over a node other than its own.
 */
export function overlapCount(
  nodes: cytoscape.NodeCollection,
  edges: cytoscape.EdgeCollection,
): number {
  const bodies = nodes.map((n) => ({
    id: n.id(),
    box: n.boundingBox({ includeLabels: false, includeNodes: true, includeOverlays: false }),
  }));
  const labels: { id: string; box: Box }[] = [];
  for (const ele of [...nodes.toArray(), ...edges.toArray()]) {
    const box = labelBox(ele);
    if (box) labels.push({ id: ele.id(), box });
  }
  let count = 0;
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (hits(a.box, b.box)) count++;
    for (const body of bodies) if (body.id !== a.id && hits(a.box, body.box)) count++;
  });
  return count;
}

/**
 * Sets each node on its ring and moves the first ring out until nothing on it overlaps, then, one
 * branch at a time, the nodes hanging from each first-ring node out from it until nothing overlaps
 * (or, if that cannot be reached, to where the fewest things do). Measures the labels as drawn, so
 * that long names and addresses get the room they take in either language.
 */
export function spreadRings(cy: cytoscape.Core, places: ReadonlyMap<string, RadialPlace>): void {
  let first = START_GAP;
  const gaps = new Map<string, number>();
  const setAll = (): void => {
    cy.nodes().positions((node) => {
      const place = places.get(node.id());
      if (!place || place.ring === 0) return { x: 0, y: 0 };
      const r = first + (place.ring - 1) * (gaps.get(place.branch) ?? START_GAP);
      return { x: r * Math.cos(place.angle), y: r * Math.sin(place.angle) };
    });
  };
  const ringOf = (n: cytoscape.NodeSingular): number => places.get(n.id())?.ring ?? 0;
  const grow = (
    inside: cytoscape.NodeCollection,
    get: () => number,
    set: (v: number) => void,
  ): void => {
    const edges = inside.edgesWith(inside);
    setAll();
    let best = { count: overlapCount(inside, edges), value: get() };
    for (let tries = 0; tries < MAX_TRIES && best.count > 0; tries++) {
      set(get() + Math.max(MIN_STEP, get() * STEP_SHARE));
      setAll();
      const count = overlapCount(inside, edges);
      if (count < best.count) best = { count, value: get() };
    }
    set(best.value);
    setAll();
  };
  let inside = cy.nodes().filter((n) => ringOf(n) <= 1);
  grow(
    inside,
    () => first,
    (v) => {
      first = v;
    },
  );
  const branches = [
    ...new Set([...places.values()].filter((p) => p.ring > 1).map((p) => p.branch)),
  ];
  for (const branch of branches) {
    inside = inside.union(cy.nodes().filter((n) => places.get(n.id())?.branch === branch));
    grow(
      inside,
      () => gaps.get(branch) ?? START_GAP,
      (v) => gaps.set(branch, v),
    );
  }
}
