import { describe, expect, it } from 'vitest';
import {
  buildRaciMatrix,
  cellBreaksRule,
  cellKey,
  DRAW_LIMITS,
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

  // Each task held by a party of its own, so the parties left show which tasks were drawn.
  const numbered = (n: number): RaciTaskInput[] =>
    Array.from({ length: n }, (_, i) => ({
      key: `t${i + 1}`,
      title: `Task ${i + 1}`,
      row: i + 1,
      status: null,
      objective: [],
      responsible: [org(`p${i + 1}`, `Party ${String(i + 1).padStart(4, '0')}`)],
      accountable: [],
      consulted: [],
      informed: [],
    }));

  it('draws tasks in the chosen order up to the limit of columns, with only their parties', () => {
    const big = buildRaciMatrix(numbered(5));
    const v = viewMatrix(big, view(), { tasks: 2, cells: 1000 });
    expect(v.tasks.map((t) => t.key)).toEqual(['t1', 't2']);
    expect(v.parties.map((p) => p.key)).toEqual(['p1', 'p2']);
    expect(v.hiddenTasks).toBe(3);
    expect(viewMatrix(m, view(), { tasks: 2, cells: 1000 }).hiddenTasks).toBe(0);
  });

  it('stops adding tasks before parties × tasks passes the limit of cells', () => {
    const big = buildRaciMatrix(numbered(5));
    // 3 tasks × 3 parties = 9 cells fit; a fourth task would make 16.
    const v = viewMatrix(big, view(), { tasks: 100, cells: 12 });
    expect(v.tasks.map((t) => t.key)).toEqual(['t1', 't2', 't3']);
    expect(v.hiddenTasks).toBe(2);
    // Parties filtered out by name take no room: five tasks by one party are five cells.
    const named = viewMatrix(big, view({ partyText: 'Party 0001' }), { tasks: 100, cells: 5 });
    expect(named.tasks).toHaveLength(5);
    expect(named.parties.map((p) => p.key)).toEqual(['p1']);
  });

  it('draws a council-sized plan whole under the default limits', () => {
    const big = buildRaciMatrix(numbered(DRAW_LIMITS.tasks + 7));
    const v = viewMatrix(big, view({ partyText: 'Party 000' }));
    expect(v.tasks).toHaveLength(DRAW_LIMITS.tasks);
    expect(v.hiddenTasks).toBe(7);
    const plan = buildRaciMatrix(numbered(120));
    expect(viewMatrix(plan, view()).hiddenTasks).toBe(0);
  });
});
