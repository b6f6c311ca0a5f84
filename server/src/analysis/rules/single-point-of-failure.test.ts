import { describe, expect, it } from 'vitest';
import { councilNetworks } from './single-point-of-failure.js';
import { findCutParties, type NetworkEdge, type NetworkNode } from '../find-cut-parties.js';

const node = (key: string, label: string): NetworkNode => ({
  key,
  label,
  name: key,
  party: !['Task', 'Pathway', 'Service'].includes(label),
});
const edge = (from: NetworkNode, to: NetworkNode, type = 'RESPONSIBLE_FOR'): NetworkEdge => ({
  from,
  to,
  type,
  source: null,
  locator: null,
});

// Two councils, each with a task, a post doing it and the post's board; a national body
// consulted on both tasks.
const national = node('org:national-body', 'Organisation');
const councilTask = (slug: string) => node(`task:${slug}/plan/t1`, 'Task');
const post = (slug: string) => node(`role:${slug}/officer`, 'Role');
const board = (slug: string) => node(`board:${slug}/housing-board`, 'Board');
const [a, b] = ['aston', 'bexley'];
const edges = [a, b].flatMap((slug) => [
  edge(post(slug), councilTask(slug)),
  edge(post(slug), board(slug), 'MEMBER_OF'),
  edge(national, councilTask(slug), 'CONSULTED_ON'),
]);
const cutKeys = (network: readonly NetworkEdge[], work?: (n: NetworkNode) => boolean) =>
  findCutParties(network, work)
    .map((c) => c.party.key)
    .sort();

describe('councilNetworks', () => {
  it('looks at each council apart: a national body is not the link between two councils', () => {
    // In one national network the national body carries each task to the other council's board.
    expect(cutKeys(edges)).toContain('org:national-body');
    const found = councilNetworks(edges).flatMap((n) => cutKeys(n.edges, n.work));
    expect(found).toEqual(['role:aston/officer', 'role:bexley/officer']);
  });

  it("keeps shared nodes in every council's network and drops edges between two councils", () => {
    const across = edge(post(a), board(b), 'MEMBER_OF');
    const networks = councilNetworks([...edges, across]);
    const keysOf = (i: number) =>
      new Set(networks[i]?.edges.flatMap((e) => [e.from.key, e.to.key]) ?? []);
    expect(networks).toHaveLength(3); // aston, bexley, and the shared nodes alone
    expect(keysOf(0).has('org:national-body')).toBe(true);
    expect(keysOf(1).has('org:national-body')).toBe(true);
    expect(networks.some((n) => n.edges.includes(across))).toBe(false);
    expect(networks[0]?.work(councilTask(a))).toBe(true);
    expect(networks[0]?.work(councilTask(b))).toBe(false);
  });
});
