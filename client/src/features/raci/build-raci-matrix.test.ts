import { describe, expect, it } from 'vitest';
import {
  buildRaciMatrix,
  cellBreaksRule,
  cellKey,
  taskProblems,
  viewMatrix,
  type MatrixView,
  type RaciTaskInput,
} from './build-raci-matrix';

const org = (key: string, name: string) => ({ key, name, type: 'Organisation' });
const board = (key: string, name: string) => ({ key, name, type: 'Board' });

const tasks: RaciTaskInput[] = [
  {
    key: 't1',
    title: 'Deliver safe house',
    row: 4,
    status: 'in_progress',
    objective: [{ key: 'o1', title: 'Prevent' }],
    responsible: [org('cranstoun', 'Cranstoun')],
    accountable: [board('wshog', 'WSHOG')],
    consulted: [org('platform', 'Platform')],
    informed: [],
  },
  {
    key: 't2',
    title: 'Review allocations',
    row: 9,
    status: null,
    objective: [{ key: 'o2', title: 'Governance' }],
    responsible: [],
    accountable: [board('wshog', 'WSHOG'), org('cranstoun', 'Cranstoun')],
    consulted: [],
    informed: [org('platform', 'Platform')],
  },
];

const view = (over: Partial<MatrixView> = {}): MatrixView => ({
  partyText: '',
  partyType: null,
  objective: null,
  letters: [],
  onlyProblems: false,
  partySort: 'name',
  taskSort: 'row',
  council: null,
  ...over,
});

describe('buildRaciMatrix', () => {
  it('puts each party’s letters in the cell of each task, in R A C I order', () => {
    const m = buildRaciMatrix(tasks);
    expect(m.parties.map((p) => p.name)).toEqual(['Cranstoun', 'Platform', 'WSHOG']);
    expect(m.cells.get(cellKey('cranstoun', 't1'))).toEqual(['R']);
    expect(m.cells.get(cellKey('cranstoun', 't2'))).toEqual(['A']);
    expect(m.cells.get(cellKey('platform', 't1'))).toEqual(['C']);
  });

  it('counts each party’s letters and keeps its type', () => {
    const wshog = buildRaciMatrix(tasks).parties.find((p) => p.key === 'wshog');
    expect(wshog).toMatchObject({ type: 'Board', counts: { R: 0, A: 2, C: 0, I: 0 }, total: 2 });
  });

  it('heads each column with the plan row', () => {
    expect(buildRaciMatrix(tasks).tasks.map((t) => t.label)).toEqual(['4', '9']);
  });
});

describe('RACI rules', () => {
  it('finds a task with no Responsible and more than one Accountable', () => {
    expect(taskProblems(tasks[1]!)).toEqual(['no-responsible', 'several-accountable']);
    expect(taskProblems(tasks[0]!)).toEqual([]);
  });

  it('finds a task with no Accountable', () => {
    expect(taskProblems({ responsible: [org('a', 'A')], accountable: [] })).toEqual([
      'no-accountable',
    ]);
  });

  it('marks the A cells of a task with two Accountables, and no other cell', () => {
    const m = buildRaciMatrix(tasks);
    const t2 = m.tasks[1]!;
    expect(cellBreaksRule(t2, ['A'])).toBe(true);
    expect(cellBreaksRule(t2, ['I'])).toBe(false);
    expect(cellBreaksRule(m.tasks[0]!, ['A'])).toBe(false);
  });
});

describe('viewMatrix', () => {
  const m = buildRaciMatrix(tasks);

  it('shows only the tasks that break a rule when asked', () => {
    expect(viewMatrix(m, view({ onlyProblems: true })).tasks.map((t) => t.key)).toEqual(['t2']);
  });

  it('hides parties with no letter on the tasks left', () => {
    const v = viewMatrix(m, view({ objective: 'o1' }));
    expect(v.parties.map((p) => p.key)).toEqual(['cranstoun', 'platform', 'wshog']);
    const onlyR = viewMatrix(m, view({ objective: 'o1', letters: ['R'] }));
    expect(onlyR.parties.map((p) => p.key)).toEqual(['cranstoun']);
  });

  it('filters parties by name and type', () => {
    expect(viewMatrix(m, view({ partyText: 'plat' })).parties.map((p) => p.key)).toEqual([
      'platform',
    ]);
    expect(viewMatrix(m, view({ partyType: 'Board' })).parties.map((p) => p.key)).toEqual([
      'wshog',
    ]);
  });

  it('sorts parties by how many letters they hold', () => {
    const v = viewMatrix(m, view({ partySort: 'load' }));
    expect(v.parties.map((p) => p.key)).toEqual(['cranstoun', 'platform', 'wshog']);
    const byA = viewMatrix(m, view({ partySort: 'A' }));
    expect(byA.parties[0]?.key).toBe('wshog');
  });

  it('puts the tasks with most problems first when asked', () => {
    expect(viewMatrix(m, view({ taskSort: 'problems' })).tasks.map((t) => t.key)).toEqual([
      't2',
      't1',
    ]);
  });
});
