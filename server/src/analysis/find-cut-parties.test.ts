import { describe, expect, it } from 'vitest';
import { findCutParties, type NetworkEdge, type NetworkNode } from './find-cut-parties.js';

const node = (
  key: string,
  label: string,
  party = label !== 'Task' && label !== 'Pathway',
): NetworkNode => ({
  key,
  label,
  name: key,
  party,
});
const edge = (from: NetworkNode, to: NetworkNode, type = 'RESPONSIBLE_FOR'): NetworkEdge => ({
  from,
  to,
  type,
  source: 's',
  locator: 'row 1',
});

describe('findCutParties', () => {
  const board = node('board', 'Board');
  const officer = node('officer', 'Role');
  const team = node('team', 'Organisation');
  const task1 = node('t1', 'Task');
  const task2 = node('t2', 'Task');

  it('reports a party whose second task reaches the board only through it', () => {
    const cuts = findCutParties([
      edge(officer, task1),
      edge(board, task1, 'ACCOUNTABLE_FOR'),
      edge(officer, task2),
    ]);
    expect(cuts.map((c) => [c.party.key, c.leftWithNoBoard.map((n) => n.key)])).toEqual([
      ['officer', ['t2']],
    ]);
  });

  it('reports the only party between a task and its board', () => {
    const cuts = findCutParties([edge(officer, task1), edge(officer, board, 'MEMBER_OF')]);
    expect(cuts).toHaveLength(1);
    expect(cuts[0]?.party.key).toBe('officer');
    expect(cuts[0]?.leftWithNoBoard.map((n) => n.key)).toEqual(['t1']);
    expect(cuts[0]?.boardsLost.map((n) => n.key)).toEqual(['board']);
    expect(cuts[0]?.betweenness).toBeGreaterThan(0);
  });

  it('reports nothing when a second party also links the task to the board', () => {
    expect(
      findCutParties([
        edge(officer, task1),
        edge(officer, board, 'MEMBER_OF'),
        edge(team, task1),
        edge(team, board, 'MEMBER_OF'),
      ]),
    ).toEqual([]);
  });

  it('reports nothing when the board itself holds a letter on the task', () => {
    expect(
      findCutParties([
        edge(officer, task1),
        edge(board, task1, 'ACCOUNTABLE_FOR'),
        edge(team, task2),
        edge(board, task2, 'INFORMED_OF'),
      ]),
    ).toEqual([]);
  });
});
