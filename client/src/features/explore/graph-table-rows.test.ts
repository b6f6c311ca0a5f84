import { describe, expect, it } from 'vitest';
import { edgeRows, nodeRows } from './graph-table-rows';
import type { EdgeElementData, NodeElementData } from '../../graph/graph-to-elements';

const nodes: NodeElementData[] = [
  {
    id: 'b',
    type: 'Task',
    label: 'Build homes',
    shortLabel: 'Build homes',
    status: 'done',
    due: '2024-03-01',
  },
  { id: 'a', type: 'Organisation', label: 'Anchor', shortLabel: 'Anchor', kind: 'vcs' },
  { id: 'c', type: 'Board', label: 'Council board', shortLabel: 'Council board' },
];
const edges: EdgeElementData[] = [
  {
    id: 'e1',
    source: 'a',
    target: 'b',
    type: 'RESPONSIBLE_FOR',
    letter: 'R',
    row: 3,
    sourceDocument: 'plan.tsv',
  },
  { id: 'e2', source: 'c', target: 'b', type: 'ACCOUNTABLE_FOR', letter: 'A' },
];

describe('graph table rows', () => {
  it('lists nodes by name with their type, details and number of links', () => {
    expect(nodeRows(nodes, edges)).toEqual([
      { id: 'a', name: 'Anchor', type: 'Organisation', detail: 'vcs', links: 1 },
      { id: 'b', name: 'Build homes', type: 'Task', detail: 'Done, due 2024-03', links: 2 },
      { id: 'c', name: 'Council board', type: 'Board or group', detail: '', links: 1 },
    ]);
  });

  it('sorts by the most linked first', () => {
    expect(nodeRows(nodes, edges, 'links').map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('writes each relationship as a sentence with its source row', () => {
    const labels = new Map(nodes.map((n) => [n.id, n.label]));
    expect(edgeRows(edges, labels)[0]).toEqual({
      id: 'e1',
      from: 'Anchor',
      relationship: 'is Responsible for',
      to: 'Build homes',
      source: 'row 3 of plan.tsv',
    });
  });
});
