import cytoscape from 'cytoscape';
import { phoneDisplay } from '../../src/messages/phone-display.js';
import { el } from './dom.js';
import { radialPlaces } from './graph-layout.js';
import { type Standing, standings } from './graph-roles.js';
import { spreadRings } from './graph-spread.js';
import { t, tr } from './i18n.js';
import type { GraphEdge, GraphNode, Subgraph } from './types.js';

/** A path to highlight: node keys from the debtor to a contact point. */
export type HighlightPath = string[];

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The value part of a node key such as `phone:+8613800138000`. */
function keyValue(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? key : key.slice(i + 1);
}

/** How many characters of an address line the picture shows; the whole line is on hover and in the routes. */
const ADDRESS_LINE_MAX = 14;

function shortened(line: string): string {
  const chars = [...line];
  return chars.length <= ADDRESS_LINE_MAX
    ? line
    : `${chars.slice(0, ADDRESS_LINE_MAX - 1).join('')}…`;
}

/** A node's whole text, for the hover: what its label may have shortened, on one line. */
export function nodeTitle(node: GraphNode): string {
  if (node.kind !== 'address') return nodeLabel(node).replaceAll('\n', ' ');
  return (
    [text(node.data.line), text(node.data.city)].filter(Boolean).join(', ') || keyValue(node.key)
  );
}

/** A short label for a node, in the current language where the node has one. */
export function nodeLabel(node: GraphNode): string {
  const d = node.data;
  switch (node.kind) {
    case 'person':
      return text(d.name) ?? keyValue(node.key);
    case 'phone': {
      const number = phoneDisplay(text(d.e164) ?? keyValue(node.key));
      const status = text(d.status);
      return status === 'invalid' || status === 'suspended'
        ? `${number}\n✕ ${tr('ps_', status)}`
        : number;
    }
    case 'address': {
      const line = text(d.line);
      return (
        [line && shortened(line), text(d.city)].filter(Boolean).join('\n') || keyValue(node.key)
      );
    }
    case 'employer':
      return text(d.name) ?? keyValue(node.key);
    case 'email':
      return text(d.address) ?? keyValue(node.key);
    case 'account':
      return `${t('account')} ${text(d.id) ?? keyValue(node.key)}`;
    default:
      return keyValue(node.key);
  }
}

/** A label for an edge: the relationship kind for KNOWS, else the edge type in words. */
export function edgeLabel(edge: GraphEdge): string {
  const kind = text(edge.props.kind);
  if (edge.type === 'KNOWS' && kind) return tr('rel_', kind);
  return tr('edge_', edge.type);
}

function nodeClasses(node: GraphNode, focusKey: string, standing: Standing | undefined): string {
  const classes: string[] = [node.kind];
  if (node.key === focusKey) classes.push('focus');
  if (standing !== undefined) classes.push(standing);
  const status = text(node.data.status);
  if (node.kind === 'phone' && (status === 'invalid' || status === 'suspended'))
    classes.push(status);
  return classes.join(' ');
}

/** Room around the picture when it is fitted to its box, and the most it is enlarged to fit. */
const FIT_PADDING = 16;
const MAX_FIT_ZOOM = 1.4;
/** Beyond this cosine of its angle a node's label sits beside it rather than above or below. */
const SIDE_COS = 0.45;
/** How far along an edge from its outer end its label sits, in pixels: clear of the node there. */
const END_LABEL_OFFSET = 34;
/** Room between neighbours on a ring, in pixels. */
const RING_GAP = 10;

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      // Labels stay readable where an edge passes under them.
      'text-background-color': '#fbfcfd',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      color: '#1f2933',
      'background-color': '#9aa5b1',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'node.label-right',
    style: {
      'text-halign': 'right',
      'text-valign': 'center',
      'text-margin-x': 4,
      'text-margin-y': 0,
    },
  },
  {
    selector: 'node.label-left',
    style: {
      'text-halign': 'left',
      'text-valign': 'center',
      'text-margin-x': -4,
      'text-margin-y': 0,
    },
  },
  { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
  { selector: 'node.person', style: { 'background-color': '#3e7cb1', shape: 'ellipse' } },
  { selector: 'node.debtor', style: { 'background-color': '#102a43' } },
  { selector: 'node.obligor', style: { 'background-color': '#d6336c' } },
  {
    selector: 'node.focus',
    style: { width: 38, height: 38, 'font-weight': 'bold', 'font-size': 13 },
  },
  {
    selector: 'node.phone',
    style: { 'background-color': '#2f9e44', shape: 'round-rectangle', width: 22, height: 22 },
  },
  {
    selector: 'node.email',
    style: { 'background-color': '#0c8599', shape: 'round-rectangle', width: 22, height: 22 },
  },
  {
    selector: 'node.address',
    style: { 'background-color': '#a0522d', shape: 'rectangle', width: 22, height: 22 },
  },
  { selector: 'node.employer', style: { 'background-color': '#7048e8', shape: 'hexagon' } },
  {
    selector: 'node.account',
    style: { 'background-color': '#c92a2a', shape: 'diamond', width: 20, height: 20 },
  },
  {
    selector: 'node.invalid',
    style: {
      'background-color': '#ffffff',
      'border-color': '#e03131',
      'border-width': 3,
      'border-style': 'dashed',
      color: '#c92a2a',
    },
  },
  {
    selector: 'node.suspended',
    style: {
      'background-color': '#ced4da',
      'border-color': '#495057',
      'border-width': 2,
      color: '#495057',
    },
  },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'source-label': 'data(sourceLabel)',
      'target-label': 'data(targetLabel)',
      'source-text-offset': END_LABEL_OFFSET,
      'target-text-offset': END_LABEL_OFFSET,
      'font-size': 9,
      'text-wrap': 'wrap',
      color: '#52606d',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 1.5,
      'line-color': '#bcccdc',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#bcccdc',
      'arrow-scale': 0.7,
    },
  },
  {
    selector: 'node.route',
    style: { 'border-color': '#f76707', 'border-width': 4, 'border-style': 'solid' },
  },
  {
    selector: 'edge.route',
    style: {
      'line-color': '#f76707',
      'target-arrow-color': '#f76707',
      width: 5,
      color: '#d9480f',
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
];

/**
 * Draws a subgraph in rings around the focus, no label over another, marks invalid and suspended phones,
 * and highlights the given paths; the container gets `data-node-count` once drawn.
 * @example drawGraph(div, subgraph, 'person:CN-D001', [['person:CN-D001', 'phone:+8613800138000']])
 */
export function drawGraph(
  container: HTMLElement,
  graph: Subgraph,
  focusKey: string,
  highlights: HighlightPath[] = [],
  onPersonTap?: (personId: string) => void,
): cytoscape.Core {
  const keys = new Set(graph.nodes.map((n) => n.key));
  const standing = standings(graph);
  const elements: cytoscape.ElementDefinition[] = [];
  for (const node of graph.nodes) {
    elements.push({
      group: 'nodes',
      data: { id: node.key, label: nodeLabel(node) },
      classes: nodeClasses(node, focusKey, standing.get(node.key)),
    });
  }
  // Edges between the same two nodes (a child who is also the executor) are drawn as one line
  // carrying every label, where two lines side by side would lay their labels over each other.
  const lines = new Map<
    string,
    { source: string; target: string; labels: string[]; types: string[] }
  >();
  for (const edge of graph.edges) {
    // An edge to a node outside the returned neighbourhood cannot be drawn; leave it out rather than fail.
    if (!keys.has(edge.from) || !keys.has(edge.to)) continue;
    const id = `${edge.from}\u0000${edge.to}`;
    const line = lines.get(id) ?? { source: edge.from, target: edge.to, labels: [], types: [] };
    lines.set(id, line);
    const label = edgeLabel(edge);
    if (!line.labels.includes(label)) line.labels.push(label);
    if (!line.types.includes(edge.type)) line.types.push(edge.type);
  }
  [...lines.values()].forEach((line, i) => {
    elements.push({
      group: 'edges',
      data: {
        id: `e${i}`,
        source: line.source,
        target: line.target,
        label: line.labels.join('\n'),
      },
      classes: line.types.join(' '),
    });
  });
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    layout: { name: 'preset', fit: false },
    minZoom: 0.2,
    maxZoom: 3,
  });
  highlightPaths(cy, highlights);
  // Rings by distance from the debtor, the closest people and contact points nearest the centre,
  // spread (after the route marks, whose bold labels are wider) until no label covers another.
  const places = radialPlaces(
    cy.nodes().map((n) => n.id()),
    cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    focusKey,
    alongRing(cy),
  );
  for (const node of cy.nodes()) {
    const place = places.get(node.id());
    if (place && place.ring > 0) node.addClass(`label-${labelSide(place.angle)}`);
  }
  // An edge outwards is labelled by its outer end: the edges fanning out of one node then keep
  // their labels as far apart as the nodes they lead to.
  for (const edge of cy.edges()) {
    const from = places.get(edge.source().id())?.ring ?? 0;
    const to = places.get(edge.target().id())?.ring ?? 0;
    if (from === to) continue;
    edge.data({ label: '', [from > to ? 'sourceLabel' : 'targetLabel']: edge.data('label') });
  }
  spreadRings(cy, places);
  cy.fit(undefined, FIT_PADDING);
  // A small neighbourhood is not blown up past the size its labels are written for.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
  const titles = new Map(graph.nodes.map((n) => [n.key, nodeTitle(n)]));
  cy.on('mouseover', 'node', (event) => {
    container.title = titles.get(String(event.target.id())) ?? '';
  });
  cy.on('mouseout', 'node', () => container.removeAttribute('title'));
  if (onPersonTap) {
    // A person in the picture opens their page, like the links in the lists.
    cy.on('tap', 'node.person', (event) => {
      const key = String(event.target.id());
      if (key !== focusKey) onPersonTap(key.slice('person:'.length));
    });
  }
  container.dataset.nodeCount = String(cy.nodes().length);
  container.dataset.edgeCount = String(cy.edges().length);
  container.dataset.invalidCount = String(cy.nodes('.invalid').length);
  container.dataset.suspendedCount = String(cy.nodes('.suspended').length);
  container.dataset.routeEdgeCount = String(cy.edges('.route').length);
  return cy;
}

/** Where a node's label goes: away from the centre, so that it never lies over the edges to it. */
function labelSide(angle: number): 'left' | 'right' | 'above' | 'below' {
  const x = Math.cos(angle);
  if (x > SIDE_COS) return 'right';
  if (x < -SIDE_COS) return 'left';
  return Math.sin(angle) < 0 ? 'above' : 'below';
}

/** How much room a node and its label take along its ring at an angle, in pixels over its ring. */
function alongRing(cy: cytoscape.Core): (id: string, angle: number, ring: number) => number {
  const sizes = new Map(
    cy.nodes().map((n) => {
      const label = n.boundingBox({ includeLabels: true, includeNodes: false });
      return [n.id(), { w: Math.max(label.w, n.width()), h: Math.max(label.h, n.height()) }];
    }),
  );
  return (id, angle, ring) => {
    const size = sizes.get(id) ?? { w: 0, h: 0 };
    const side = labelSide(angle);
    const along = side === 'left' || side === 'right' ? size.h : size.w;
    return (along + RING_GAP) / Math.max(1, ring);
  };
}

/** Marks the nodes of each path and the edges between consecutive nodes (either direction). */
export function highlightPaths(cy: cytoscape.Core, paths: HighlightPath[]): void {
  cy.elements().removeClass('route');
  for (const path of paths) {
    path.forEach((key, i) => {
      cy.getElementById(key).addClass('route');
      const next = path[i + 1];
      if (next === undefined) return;
      cy.edges()
        .filter(
          (e) =>
            (e.source().id() === key && e.target().id() === next) ||
            (e.source().id() === next && e.target().id() === key),
        )
        .addClass('route');
    });
  }
}

/** The key to the picture's colours and shapes; `routes: false` where no route is drawn (a shared number's holders). */
export function graphLegend(options: { routes?: boolean } = {}): HTMLElement {
  const item = (cls: string, label: string): HTMLElement =>
    el('span', { class: 'legend-item' }, el('span', { class: `swatch ${cls}` }), label);
  return el(
    'div',
    { class: 'legend' },
    item('debtor', t('legendDebtor')),
    item('obligor', t('legendObligor')),
    item('person', t('legendPerson')),
    item('phone', t('legendPhone')),
    item('invalid', t('legendInvalid')),
    item('suspended', t('legendSuspended')),
    item('address', t('legendAddress')),
    item('employer', t('legendEmployer')),
    options.routes === false ? null : item('route', t('legendRoute')),
  );
}
