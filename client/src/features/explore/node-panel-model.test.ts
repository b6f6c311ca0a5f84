import { describe, expect, it } from 'vitest';
import { buildNodePanel } from './node-panel-model';
import type { TaskDetails } from './node-details.query';

const labels = new Map([
  ['org:cranstoun', 'Cranstoun'],
  ['task:p/a', 'Deliver safe house'],
  ['board:wshog', 'WSHOG'],
]);

describe('buildNodePanel', () => {
  it('lists the links on screen by relationship, with the plan row each came from', () => {
    const panel = buildNodePanel({
      node: {
        id: 'org:cranstoun',
        type: 'Organisation',
        label: 'Cranstoun',
        shortLabel: 'Cranstoun',
        kind: 'vcs',
      },
      edges: [
        {
          id: 'e1',
          source: 'org:cranstoun',
          target: 'task:p/a',
          type: 'RESPONSIBLE_FOR',
          letter: 'R',
          row: 12,
          sourceDocument: 'plan.tsv',
        },
        { id: 'e2', source: 'org:cranstoun', target: 'board:wshog', type: 'MEMBER_OF' },
        { id: 'e3', source: 'board:wshog', target: 'task:p/a', type: 'INFORMED_OF' },
      ],
      labels,
    });
    expect(panel.typeLabel).toBe('Organisation');
    expect(panel.facts).toEqual([{ label: 'Kind', value: 'vcs' }]);
    expect(panel.connections).toEqual([
      {
        title: 'is Responsible for',
        links: [{ key: 'task:p/a', name: 'Deliver safe house', source: 'plan row 12, plan.tsv' }],
      },
      { title: 'is a member of', links: [{ key: 'board:wshog', name: 'WSHOG' }] },
    ]);
  });

  it('shows a task’s RACI, saying "nobody" where a letter is missing, and its source row', () => {
    const task: TaskDetails = {
      key: 'task:p/a',
      title: 'Deliver safe house',
      dueRaw: 'December 2023',
      due: '2023-12-01',
      status: 'in_progress',
      notes: null,
      row: 7,
      forAll: false,
      plan: [],
      objective: [{ key: 'objective:p/o', title: 'Prevent homelessness' }],
      clientGroups: [{ key: 'clientgroup:da', name: 'Domestic Abuse' }],
      measures: [{ key: 'm1', text: '10 units delivered' }],
      responsible: [{ key: 'org:cranstoun', name: 'Cranstoun' }],
      accountable: [],
      consulted: [],
      informed: [],
      sourcesConnection: {
        edges: [
          {
            properties: { locator: 'row 7' },
            node: { key: 's', title: 'Plan', document: 'plan.tsv' },
          },
        ],
      },
    };
    const panel = buildNodePanel({
      node: {
        id: 'task:p/a',
        type: 'Task',
        label: 'Deliver safe house',
        shortLabel: 'Deliver safe house',
      },
      edges: [],
      labels,
      details: { tasks: [task] },
    });
    expect(panel.facts).toContainEqual({ label: 'Due', value: 'December 2023' });
    expect(panel.lists.find((l) => l.title === 'Accountable')?.links).toEqual([
      { key: '', name: 'nobody' },
    ]);
    expect(panel.lists.find((l) => l.title === 'Measures of success')?.links[0]?.name).toBe(
      '10 units delivered',
    );
    expect(panel.sources).toEqual([{ document: 'plan.tsv', title: 'Plan', locator: 'row 7' }]);
  });
});
