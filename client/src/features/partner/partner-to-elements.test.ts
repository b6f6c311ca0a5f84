import { describe, expect, it } from 'vitest';
import { partnerToElements, tasksByLetter } from './partner-to-elements';
import type { PartnerViewData } from './partner.query';

const view: PartnerViewData = {
  party: { key: 'org:cranstoun', name: 'Cranstoun', type: 'Organisation' },
  aliases: [],
  tasks: [
    {
      key: 't2',
      title: 'Later',
      letters: ['R', 'A'],
      status: null,
      due: '2024-06-01',
      dueRaw: 'June 2024',
      objective: null,
    },
    {
      key: 't1',
      title: 'Sooner',
      letters: ['R'],
      status: 'done',
      due: '2023-12-01',
      dueRaw: 'December 2023',
      objective: null,
    },
    {
      key: 't3',
      title: 'Undated',
      letters: ['C'],
      status: null,
      due: null,
      dueRaw: 'Ongoing',
      objective: null,
    },
  ],
  boards: [{ key: 'board:wshog', name: 'WSHOG', type: 'Board' }],
  services: [{ key: 'service:nsno', name: 'No Second Night Out', type: 'Service' }],
  clientGroups: [
    { key: 'clientgroup:rough-sleepers', name: 'Rough sleepers', type: 'ClientGroup' },
  ],
  neighbours: [{ key: 'org:platform', name: 'Platform', type: 'Organisation', sharedTasks: 3 }],
};

describe('partnerToElements', () => {
  it('puts the party in the middle, marked as the centre', () => {
    const { nodes } = partnerToElements(view);
    expect(nodes[0]).toMatchObject({
      data: { id: 'org:cranstoun', type: 'Organisation', ring: 3 },
      classes: 'centre',
    });
  });

  it('links the party to each neighbour, weighted by the tasks they share', () => {
    const { edges } = partnerToElements(view);
    expect(edges.find((e) => e.data.target === 'org:platform')?.data).toMatchObject({
      source: 'org:cranstoun',
      type: 'SHARES_WORK',
      weight: 3,
      label: '3 shared',
    });
  });

  it('adds its boards, services and client groups with their own relationship', () => {
    const { edges, nodes } = partnerToElements(view);
    expect(nodes).toHaveLength(5);
    expect(edges.map((e) => e.data.type).sort()).toEqual([
      'MEMBER_OF',
      'PROVIDES',
      'SERVES',
      'SHARES_WORK',
    ]);
  });
});

describe('tasksByLetter', () => {
  it('lists a task under each of its letters, soonest first and undated last', () => {
    const byLetter = tasksByLetter(view);
    expect(byLetter.R.map((t) => t.key)).toEqual(['t1', 't2']);
    expect(byLetter.A.map((t) => t.key)).toEqual(['t2']);
    expect(byLetter.C.map((t) => t.key)).toEqual(['t3']);
    expect(byLetter.I).toEqual([]);
  });
});
