import { describe, expect, it } from 'vitest';
import { pathwaysToElements, stepId } from './pathways-to-elements';
import type { PathwayRoute } from './pathways.query';

const group = { key: 'clientgroup:rough-sleepers', name: 'Rough Sleepers' };
const route: PathwayRoute = {
  key: 'pathway:w/rough-sleeper-route',
  name: 'Rough sleeper route',
  description: null,
  steps: [
    {
      order: 2,
      key: 'service:assessment',
      name: 'Assessment centre',
      type: 'Service',
      deadEnd: true,
      providers: [],
    },
    {
      order: 1,
      key: 'service:nsno',
      name: 'No Second Night Out',
      type: 'Service',
      deadEnd: false,
      providers: [{ key: 'org:cranstoun', name: 'Cranstoun', type: 'Organisation' }],
    },
  ],
};

describe('pathwaysToElements', () => {
  it('runs from the client group through the route to its steps in order', () => {
    const { edges } = pathwaysToElements(group, [route]);
    const chain = edges
      .filter((e) => e.data.type !== 'PROVIDED_BY')
      .map((e) => `${e.data.source} > ${e.data.target}`);
    expect(chain).toEqual([
      'clientgroup:rough-sleepers > pathway:w/rough-sleeper-route',
      `pathway:w/rough-sleeper-route > ${stepId(route.key, 1)}`,
      `${stepId(route.key, 1)} > ${stepId(route.key, 2)}`,
    ]);
  });

  it('marks and names the dead end', () => {
    const { nodes, deadEnds } = pathwaysToElements(group, [route]);
    const last = nodes.find((n) => n.data.id === stepId(route.key, 2));
    expect(last?.classes).toBe('dead-end');
    expect(last?.data.label).toBe('2. Assessment centre (dead end)');
    expect(deadEnds).toEqual([stepId(route.key, 2)]);
  });

  it('keeps each provider in its step’s column', () => {
    const { edges, nodes } = pathwaysToElements(group, [route]);
    const provides = edges.find((e) => e.data.type === 'PROVIDED_BY');
    expect(provides?.data).toMatchObject({ source: stepId(route.key, 1), minLen: 0 });
    expect(nodes.find((n) => n.data.id === provides?.data.target)?.data.label).toBe('Cranstoun');
  });

  it('keeps two routes through the same service apart', () => {
    const other = { ...route, key: 'pathway:w/other', name: 'Other' };
    const { nodes } = pathwaysToElements(group, [route, other]);
    expect(nodes.filter((n) => n.data.ref === 'service:nsno')).toHaveLength(2);
  });
});
