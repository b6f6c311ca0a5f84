// API result to Cytoscape elements: merges one or more GraphView answers (the filtered graph and
// the neighbourhoods the user expanded), de-duplicates by id and drops edges whose ends are
// missing, so Cytoscape never sees a dangling edge.
import type { ElementDefinition } from 'cytoscape';
import { raciLetterOf } from './edge-types';
import type { GraphView } from './graph-view';

export interface NodeElementData {
  id: string;
  type: string;
  label: string;
  /** The label cut to fit under a node; the full one shows on selection and in tooltips. */
  shortLabel: string;
  kind?: string;
  status?: string;
  due?: string;
  authority?: string;
}

export interface EdgeElementData {
  id: string;
  source: string;
  target: string;
  type: string;
  letter?: string;
  row?: number;
  sourceDocument?: string;
}

export interface GraphElements {
  nodes: (ElementDefinition & { data: NodeElementData })[];
  edges: (ElementDefinition & { data: EdgeElementData })[];
  /** Edges left out because one end is not among the nodes. */
  droppedEdges: number;
  /** True when any of the answers said more nodes matched than were sent. */
  truncated: boolean;
}

/** Cuts a label to at most `max` characters at a word boundary, with an ellipsis. */
export function shortenLabel(label: string, max = 40): string {
  const clean = label.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== ''),
  ) as T;
}

/** Turns GraphView answers into Cytoscape elements; the first answer wins when ids repeat. */
export function graphToElements(views: readonly (GraphView | null | undefined)[]): GraphElements {
  const nodes = new Map<string, GraphElements['nodes'][number]>();
  const edges = new Map<string, GraphElements['edges'][number]>();
  let truncated = false;
  for (const view of views) {
    if (!view) continue;
    truncated ||= view.truncated;
    for (const n of view.nodes) {
      if (nodes.has(n.id)) continue;
      nodes.set(n.id, {
        group: 'nodes',
        data: defined({
          id: n.id,
          type: n.type,
          label: n.label,
          shortLabel: shortenLabel(n.label),
          kind: n.kind ?? undefined,
          status: n.status ?? undefined,
          due: n.due ?? undefined,
          authority: n.authority ?? undefined,
        }),
      });
    }
  }
  let droppedEdges = 0;
  for (const view of views) {
    if (!view) continue;
    for (const e of view.edges) {
      if (edges.has(e.id)) continue;
      if (!nodes.has(e.source) || !nodes.has(e.target)) {
        droppedEdges += 1;
        continue;
      }
      edges.set(e.id, {
        group: 'edges',
        data: defined({
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          letter: raciLetterOf(e.type) ?? undefined,
          row: e.row ?? undefined,
          sourceDocument: e.sourceDocument ?? undefined,
        }),
      });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], droppedEdges, truncated };
}
