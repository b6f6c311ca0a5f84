// The RACI matrix from the plan's tasks: parties down the side, tasks across the top, the
// letters each party holds in the cells, and the rule breaks (no Responsible, not exactly one
// Accountable) found per task so that the view can make them stand out.
import { RACI_LETTERS, type RaciLetter } from '../../graph/edge-types';

export interface RaciPartyRef {
  key: string;
  name: string;
  /** Organisation, Board or Role. */
  type?: string;
}

export interface RaciTaskInput {
  key: string;
  title: string;
  row: number | null;
  status: string | null;
  objective: { key: string; title: string }[];
  plan?: { key: string; authority: string }[];
  responsible: RaciPartyRef[];
  accountable: RaciPartyRef[];
  consulted: RaciPartyRef[];
  informed: RaciPartyRef[];
}

export type TaskProblem = 'no-responsible' | 'no-accountable' | 'several-accountable';

export const PROBLEM_WORDS: Record<TaskProblem, string> = {
  'no-responsible': 'no Responsible party',
  'no-accountable': 'no Accountable party',
  'several-accountable': 'more than one Accountable party',
};

export interface MatrixTask {
  key: string;
  title: string;
  /** The short column heading: the plan row, or the position when there is none. */
  label: string;
  row: number | null;
  position: number;
  status: string | null;
  objectiveKey: string | null;
  objectiveTitle: string;
  problems: TaskProblem[];
  accountableCount: number;
}

export interface MatrixParty {
  key: string;
  name: string;
  type: string;
  counts: Record<RaciLetter, number>;
  total: number;
}

export interface RaciMatrix {
  parties: MatrixParty[];
  tasks: MatrixTask[];
  /** Letters by `${partyKey}|${taskKey}`, in R A C I order. */
  cells: ReadonlyMap<string, RaciLetter[]>;
  /** The same letters by task, then party: who holds a letter on a task without asking everyone. */
  byTask: ReadonlyMap<string, ReadonlyMap<string, RaciLetter[]>>;
}

export const cellKey = (partyKey: string, taskKey: string) => `${partyKey}|${taskKey}`;

const FIELD: Record<
  RaciLetter,
  keyof Pick<RaciTaskInput, 'responsible' | 'accountable' | 'consulted' | 'informed'>
> = {
  R: 'responsible',
  A: 'accountable',
  C: 'consulted',
  I: 'informed',
};

/** The problems of one task under the RACI rules. */
export function taskProblems(
  task: Pick<RaciTaskInput, 'responsible' | 'accountable'>,
): TaskProblem[] {
  const problems: TaskProblem[] = [];
  if (task.responsible.length === 0) problems.push('no-responsible');
  if (task.accountable.length === 0) problems.push('no-accountable');
  if (task.accountable.length > 1) problems.push('several-accountable');
  return problems;
}

export function buildRaciMatrix(input: readonly RaciTaskInput[]): RaciMatrix {
  const parties = new Map<string, MatrixParty>();
  const cells = new Map<string, RaciLetter[]>();
  const byTask = new Map<string, Map<string, RaciLetter[]>>();
  const tasks: MatrixTask[] = input.map((t, i) => ({
    key: t.key,
    title: t.title,
    label: String(t.row ?? i + 1),
    row: t.row,
    position: i,
    status: t.status,
    objectiveKey: t.objective[0]?.key ?? null,
    objectiveTitle: t.objective[0]?.title ?? '',
    problems: taskProblems(t),
    accountableCount: t.accountable.length,
  }));
  for (const t of input) {
    for (const letter of RACI_LETTERS) {
      for (const p of t[FIELD[letter]]) {
        const party =
          parties.get(p.key) ??
          ({
            key: p.key,
            name: p.name,
            type: p.type ?? 'Party',
            counts: { R: 0, A: 0, C: 0, I: 0 },
            total: 0,
          } as MatrixParty);
        party.counts[letter] += 1;
        party.total += 1;
        parties.set(p.key, party);
        const k = cellKey(p.key, t.key);
        const letters = cells.get(k) ?? [];
        if (!letters.includes(letter)) letters.push(letter);
        letters.sort((a, b) => RACI_LETTERS.indexOf(a) - RACI_LETTERS.indexOf(b));
        cells.set(k, letters);
        const holders = byTask.get(t.key) ?? new Map<string, RaciLetter[]>();
        holders.set(p.key, letters);
        byTask.set(t.key, holders);
      }
    }
  }
  return {
    parties: [...parties.values()].sort((a, b) => a.name.localeCompare(b.name)),
    tasks,
    cells,
    byTask,
  };
}

/** True when this cell breaks a rule: an A on a task with more than one Accountable. */
export function cellBreaksRule(task: MatrixTask, letters: readonly RaciLetter[]): boolean {
  return letters.includes('A') && task.accountableCount > 1;
}

export type PartySort = 'name' | 'load' | 'R' | 'A' | 'type';
export type TaskSort = 'row' | 'objective' | 'problems';

export interface MatrixView {
  /** The council whose plans' tasks are asked for (null: every task in the graph). */
  council: string | null;
  partyText: string;
  partyType: string | null;
  objective: string | null;
  letters: RaciLetter[];
  onlyProblems: boolean;
  partySort: PartySort;
  taskSort: TaskSort;
}

/**
 * How much of the matrix is drawn: at most `tasks` columns and about `cells` cells. With every
 * council of the country loaded (7,900 tasks, 7,700 parties) the whole table is tens of millions
 * of cells and the browser stops answering; 300 tasks of 150 councils still touch 1,500 parties.
 * A council's plan (tens of tasks and parties) is drawn whole.
 */
export const DRAW_LIMITS = { tasks: 300, cells: 40_000 };

/**
 * The parties and tasks to show, filtered and sorted as the user asked: the tasks in that order
 * while the table stays within `limits` (`hiddenTasks` says how many more matched), and the
 * parties holding one of the chosen letters on them.
 */
export function viewMatrix(
  matrix: RaciMatrix,
  view: MatrixView,
  limits: { tasks: number; cells: number } = DRAW_LIMITS,
): { parties: MatrixParty[]; tasks: MatrixTask[]; hiddenTasks: number } {
  const matching = matrix.tasks
    .filter(
      (t) =>
        (!view.objective || t.objectiveKey === view.objective) &&
        (!view.onlyProblems || t.problems.length > 0),
    )
    .sort((a, b) => {
      if (view.taskSort === 'problems')
        return b.problems.length - a.problems.length || a.position - b.position;
      if (view.taskSort === 'objective')
        return a.objectiveTitle.localeCompare(b.objectiveTitle) || a.position - b.position;
      return a.position - b.position;
    });
  const text = view.partyText.trim().toLowerCase();
  const letters = view.letters.length > 0 ? view.letters : RACI_LETTERS;
  const named = new Map(
    matrix.parties
      .filter(
        (p) =>
          (!text || p.name.toLowerCase().includes(text)) &&
          (!view.partyType || p.type === view.partyType),
      )
      .map((p) => [p.key, p]),
  );
  // A party is shown when it holds one of the chosen letters on a task drawn.
  const shownParties = new Set<string>();
  const tasks: MatrixTask[] = [];
  for (const task of matching) {
    if (tasks.length >= limits.tasks) break;
    const added = [...(matrix.byTask.get(task.key) ?? [])].filter(
      ([key, held]) =>
        named.has(key) && !shownParties.has(key) && held.some((l) => letters.includes(l)),
    );
    const cells = (shownParties.size + added.length) * (tasks.length + 1);
    if (tasks.length > 0 && cells > limits.cells) break;
    tasks.push(task);
    for (const [key] of added) shownParties.add(key);
  }
  const byName = (a: MatrixParty, b: MatrixParty) => a.name.localeCompare(b.name);
  const parties = [...shownParties]
    .map((key) => named.get(key) as MatrixParty)
    .sort((a, b) => {
      switch (view.partySort) {
        case 'load':
          return b.total - a.total || byName(a, b);
        case 'R':
          return b.counts.R - a.counts.R || byName(a, b);
        case 'A':
          return b.counts.A - a.counts.A || byName(a, b);
        case 'type':
          return a.type.localeCompare(b.type) || byName(a, b);
        default:
          return byName(a, b);
      }
    });
  return { parties, tasks, hiddenTasks: matching.length - tasks.length };
}
