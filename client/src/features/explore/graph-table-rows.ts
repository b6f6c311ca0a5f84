// The table alternative to the drawing: one row per node (with how many links it has on
// screen) and one per relationship, sortable, and the same rows for the CSV export.
import { nodeTypeStyle } from '../../graph/node-types';
import { statusName } from '../../shared/task-status';
import { relationshipInWords } from '../../graph/edge-types';
import type { EdgeElementData, NodeElementData } from '../../graph/graph-to-elements';

export interface NodeRow {
  id: string;
  name: string;
  type: string;
  detail: string;
  links: number;
}

export interface EdgeRow {
  id: string;
  from: string;
  relationship: string;
  to: string;
  source: string;
}

export type NodeSort = 'name' | 'type' | 'links';

export function nodeRows(
  nodes: readonly NodeElementData[],
  edges: readonly EdgeElementData[],
  sort: NodeSort = 'name',
): NodeRow[] {
  const degree = new Map<string, number>();
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const rows = nodes.map((n) => ({
    id: n.id,
    name: n.label,
    type: nodeTypeStyle(n.type).label,
    detail: [
      n.kind,
      n.status ? statusName(n.status) : undefined,
      n.due ? `due ${n.due.slice(0, 7)}` : undefined,
    ]
      .filter(Boolean)
      .join(', '),
    links: degree.get(n.id) ?? 0,
  }));
  const byName = (a: NodeRow, b: NodeRow) => a.name.localeCompare(b.name);
  if (sort === 'type') return rows.sort((a, b) => a.type.localeCompare(b.type) || byName(a, b));
  if (sort === 'links') return rows.sort((a, b) => b.links - a.links || byName(a, b));
  return rows.sort(byName);
}

function sourceText(e: EdgeElementData): string {
  const document = e.sourceDocument?.replace(/^source:/, '') ?? '';
  return e.row !== undefined ? `row ${e.row}${document ? ` of ${document}` : ''}` : document;
}

export function edgeRows(
  edges: readonly EdgeElementData[],
  labels: ReadonlyMap<string, string>,
): EdgeRow[] {
  return edges
    .map((e) => ({
      id: e.id,
      from: labels.get(e.source) ?? e.source,
      relationship: relationshipInWords(e.type),
      to: labels.get(e.target) ?? e.target,
      source: sourceText(e),
    }))
    .sort(
      (a, b) =>
        a.from.localeCompare(b.from) ||
        a.relationship.localeCompare(b.relationship) ||
        a.to.localeCompare(b.to),
    );
}
