import { describe, expect, it } from 'vitest';
import { graphToElements, shortenLabel } from './graph-to-elements';
import type { GraphView } from './graph-view';

const base: GraphView = {
  truncated: false,
  nodes: [
    { id: 'org:cranstoun', type: 'Organisation', label: 'Cranstoun', kind: 'vcs', status: null },
    {
      id: 'task:p/a',
      type: 'Task',
      label: 'Deliver 10 units of safe house accommodation',
      status: 'in_progress',
      due: '2024-03-01',
    },
  ],
  edges: [
    {
      id: 'e1',
      source: 'org:cranstoun',
      target: 'task:p/a',
      type: 'RESPONSIBLE_FOR',
      row: 12,
      sourceDocument: 'plan.tsv',
    },
    { id: 'e2', source: 'org:cranstoun', target: 'board:wshog', type: 'MEMBER_OF' },
  ],
};

describe('graphToElements', () => {
  it('turns nodes into Cytoscape node data with the fields that are set', () => {
    const { nodes } = graphToElements([base]);
    expect(nodes[0]).toEqual({
      group: 'nodes',
      data: {
        id: 'org:cranstoun',
        type: 'Organisation',
        label: 'Cranstoun',
        shortLabel: 'Cranstoun',
        kind: 'vcs',
      },
    });
    expect(nodes[1]?.data).toMatchObject({ status: 'in_progress', due: '2024-03-01' });
  });

  it('marks RACI edges with their letter and keeps the plan row they came from', () => {
    const { edges } = graphToElements([base]);
    expect(edges[0]?.data).toEqual({
      id: 'e1',
      source: 'org:cranstoun',
      target: 'task:p/a',
      type: 'RESPONSIBLE_FOR',
      letter: 'R',
      row: 12,
      sourceDocument: 'plan.tsv',
    });
  });

  it('drops an edge whose end is not in the graph and counts it', () => {
    const result = graphToElements([base]);
    expect(result.edges.map((e) => e.data.id)).toEqual(['e1']);
    expect(result.droppedEdges).toBe(1);
  });

  it('merges an expanded neighbourhood without repeating nodes, and keeps edges it completes', () => {
    const expansion: GraphView = {
      truncated: true,
      nodes: [
        { id: 'org:cranstoun', type: 'Organisation', label: 'Cranstoun (again)' },
        { id: 'board:wshog', type: 'Board', label: 'WSHOG' },
      ],
      edges: [{ id: 'e2', source: 'org:cranstoun', target: 'board:wshog', type: 'MEMBER_OF' }],
    };
    const result = graphToElements([base, expansion]);
    expect(result.nodes.map((n) => n.data.id)).toEqual([
      'org:cranstoun',
      'task:p/a',
      'board:wshog',
    ]);
    expect(result.nodes[0]?.data.label).toBe('Cranstoun');
    expect(result.edges.map((e) => e.data.id)).toEqual(['e1', 'e2']);
    expect(result.droppedEdges).toBe(0);
    expect(result.truncated).toBe(true);
  });

  it('skips answers that have not arrived yet', () => {
    expect(graphToElements([undefined, null]).nodes).toEqual([]);
  });
});

describe('shortenLabel', () => {
  it('leaves short labels alone', () => {
    expect(shortenLabel('Housing First')).toBe('Housing First');
  });

  it('cuts long labels at a word boundary with an ellipsis', () => {
    const short = shortenLabel(
      'Deliver 10 units of safe house accommodation in Worcester City',
      30,
    );
    expect(short).toBe('Deliver 10 units of safe…');
    expect(short.length).toBeLessThanOrEqual(30);
  });
});
