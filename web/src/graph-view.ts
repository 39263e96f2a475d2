import cytoscape from 'cytoscape';
import { phoneDisplay } from '../../src/messages/phone-display.js';
import { el } from './dom.js';
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
    case 'address':
      return [text(d.line), text(d.city)].filter(Boolean).join('\n') || keyValue(node.key);
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

function nodeClasses(node: GraphNode, focusKey: string): string {
  const classes = [node.kind];
  if (node.key === focusKey) classes.push('focus');
  if ((node.kind === 'person' && node.key === focusKey) || node.data.isDebtor === true)
    classes.push('debtor');
  const status = text(node.data.status);
  if (node.kind === 'phone' && (status === 'invalid' || status === 'suspended'))
    classes.push(status);
  return classes.join(' ');
}

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
      color: '#1f2933',
      'background-color': '#9aa5b1',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.person', style: { 'background-color': '#3e7cb1', shape: 'ellipse' } },
  { selector: 'node.debtor', style: { 'background-color': '#102a43' } },
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
      'font-size': 9,
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
 * Draws a subgraph with cytoscape's built-in force layout, marks invalid and suspended phones,
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
  const elements: cytoscape.ElementDefinition[] = [];
  for (const node of graph.nodes) {
    elements.push({
      group: 'nodes',
      data: { id: node.key, label: nodeLabel(node) },
      classes: nodeClasses(node, focusKey),
    });
  }
  graph.edges.forEach((edge, i) => {
    // An edge to a node outside the returned neighbourhood cannot be drawn; leave it out rather than fail.
    if (!keys.has(edge.from) || !keys.has(edge.to)) return;
    elements.push({
      group: 'edges',
      data: { id: `e${i}`, source: edge.from, target: edge.to, label: edgeLabel(edge) },
      classes: edge.type,
    });
  });
  const cy = cytoscape({
    container,
    elements,
    style: STYLE,
    // Rings by distance from the debtor: the closest people and contact points sit nearest the centre.
    layout: {
      name: 'breadthfirst',
      roots: keys.has(focusKey) ? [focusKey] : undefined,
      circle: true,
      spacingFactor: 1.1,
      animate: false,
      padding: 24,
      avoidOverlap: true,
    },
    minZoom: 0.2,
    maxZoom: 3,
  });
  highlightPaths(cy, highlights);
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

/** The key to the picture's colours and shapes. */
export function graphLegend(): HTMLElement {
  const item = (cls: string, label: string): HTMLElement =>
    el('span', { class: 'legend-item' }, el('span', { class: `swatch ${cls}` }), label);
  return el(
    'div',
    { class: 'legend' },
    item('debtor', t('legendDebtor')),
    item('person', t('legendPerson')),
    item('phone', t('legendPhone')),
    item('invalid', t('legendInvalid')),
    item('suspended', t('legendSuspended')),
    item('address', t('legendAddress')),
    item('employer', t('legendEmployer')),
    item('route', t('legendRoute')),
  );
}
