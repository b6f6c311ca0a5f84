// parsePlan on small constructed plans, one messy case at a time (TSV unless the test says otherwise).
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.js';
import type { ParseOptions } from './types.js';

const HEADER = [
  'Strategic Objective',
  'Tasks',
  'Client Group',
  'Measure of Success',
  'RACI',
  'Timescale',
];
const RACI = 'R: Team A: Head C: PLE I: CLT';

const tsv = (rows: string[][]) => rows.map((cells) => cells.join('\t')).join('\n');
const row = (
  objective: string,
  task: string,
  extra: Partial<Record<'group' | 'measure' | 'raci' | 'due', string>> = {},
) => [
  objective,
  task,
  extra.group ?? 'All',
  extra.measure ?? 'Something measured',
  extra.raci ?? RACI,
  extra.due ?? 'June 2023',
];
const parse = (rows: string[][], options: Partial<ParseOptions> = {}) =>
  parsePlan(tsv(rows), { fileName: 'plan.tsv', ...options });
const codes = (plan: Awaited<ReturnType<typeof parse>>, row?: number) =>
  plan.issues.filter((i) => row === undefined || i.row === row).map((i) => i.code);

describe('parsePlan: table shape', () => {
  it('skips leading blank lines and numbers rows by their line', async () => {
    const plan = await parse([[''], [''], HEADER, row('Objective', 'Task one')]);
    expect(plan.tasks.map((t) => t.row)).toEqual([4]);
  });

  it('starts a new block at a repeated header with no blank line before it', async () => {
    const plan = await parse([HEADER, row('First', 'Task one'), HEADER, row('Second', 'Task two')]);
    expect(plan.tasks.map((t) => [t.title, t.objective])).toEqual([
      ['Task one', 'First'],
      ['Task two', 'Second'],
    ]);
  });

  it('applies an objective written on a middle row to the earlier rows of its block', async () => {
    const plan = await parse([
      HEADER,
      row('', 'Task one'),
      row('Middle objective', 'Task two'),
      row('', 'Task three'),
    ]);
    expect(plan.tasks.map((t) => t.objective)).toEqual([
      'Middle objective',
      'Middle objective',
      'Middle objective',
    ]);
  });

  it('reads a blank objective cell as the objective of its block', async () => {
    const plan = await parse([HEADER, row('Objective', 'Task one'), row('', 'Task two')]);
    expect(plan.tasks[1]?.objective).toBe('Objective');
  });

  it('joins an objective split over two rows when the second starts with "and"', async () => {
    const plan = await parse([
      HEADER,
      row('Maximise relationships', 'Task one'),
      row('and contributions from partners', 'Task two'),
    ]);
    expect([plan.objectives.map((o) => o.title), codes(plan, 3)]).toEqual([
      ['Maximise relationships and contributions from partners'],
      ['OBJECTIVE_JOINED'],
    ]);
  });

  it('joins an objective whose first part stops mid-phrase', async () => {
    const plan = await parse([
      HEADER,
      row('Improve the supply of', 'Task one'),
      row('Temporary accommodation', 'Task two'),
    ]);
    expect(plan.objectives.map((o) => o.title)).toEqual([
      'Improve the supply of Temporary accommodation',
    ]);
  });

  it('keeps two complete objectives in one block apart, each for the rows from it down', async () => {
    const plan = await parse([
      HEADER,
      row('Prevent homelessness', 'Task one'),
      row('Governance', 'Task two'),
    ]);
    expect(plan.tasks.map((t) => t.objective)).toEqual(['Prevent homelessness', 'Governance']);
  });

  it('makes two blocks with the same objective title one objective', async () => {
    const plan = await parse([
      HEADER,
      row('Prevent homelessness', 'Task one'),
      HEADER,
      row('Prevent  homelessness', 'Task two'),
    ]);
    expect(plan.objectives).toEqual([{ title: 'Prevent homelessness', order: 1, rows: [2, 4] }]);
  });

  it('continues the previous objective in a block that names none, with a warning', async () => {
    const plan = await parse([
      HEADER,
      row('Prevent homelessness', 'Task one'),
      HEADER,
      row('', 'Task two'),
    ]);
    expect([plan.tasks[1]?.objective, codes(plan, 3)]).toEqual([
      'Prevent homelessness',
      ['OBJECTIVE_INHERITED'],
    ]);
  });

  it('reads a block whose header and rows have an extra empty leading column', async () => {
    const plan = await parse([
      ['', ...HEADER],
      ['', ...row('Objective', 'Task one')],
    ]);
    expect([plan.tasks[0]?.title, plan.tasks[0]?.objective, plan.issues]).toEqual([
      'Task one',
      'Objective',
      [],
    ]);
  });

  it('realigns a single row shifted one column left of its header and warns', async () => {
    // As in the seed: the block has an extra empty first column; the last row does not.
    const shifted = ['', 'Task two', 'All', 'Something measured', RACI, 'June 2023', ''];
    const plan = await parse([['', ...HEADER], ['', ...row('Objective', 'Task one')], shifted]);
    expect([
      plan.tasks[1]?.title,
      plan.tasks[1]?.objective,
      plan.tasks[1]?.raci.R,
      plan.tasks[1]?.due.start,
      codes(plan, 3),
    ]).toEqual([
      'Task two',
      'Objective',
      [{ name: 'Team', raw: 'Team' }],
      '2023-06',
      ['ROW_SHIFTED'],
    ]);
  });

  it('ignores a blank cell in an extra trailing column', async () => {
    const plan = await parse([HEADER, [...row('Objective', 'Task one'), '']]);
    expect(plan.issues).toEqual([]);
  });

  it('reports a non-blank cell in an extra trailing column', async () => {
    const plan = await parse([HEADER, [...row('Objective', 'Task one'), 'stray note']]);
    expect(plan.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [2, 'EXTRA_CELL', 'column 7'],
    ]);
  });

  it('reports the cells of a column it does not read, once, at the header', async () => {
    const plan = await parse([
      [...HEADER, 'Status'],
      [...row('Objective', 'Task one'), 'Green'],
    ]);
    expect(plan.issues.map((i) => [i.row, i.code, i.column])).toEqual([
      [1, 'COLUMN_NOT_READ', 'Status'],
    ]);
  });

  it('reports a row with no task as skipped, with what it held', async () => {
    const plan = await parse([
      HEADER,
      row('Objective', 'Task one'),
      ['', '', '', 'Orphan measure', '', ''],
    ]);
    const issue = plan.issues.find((i) => i.row === 3);
    expect([issue?.severity, issue?.code, issue?.message]).toEqual([
      'error',
      'ROW_SKIPPED',
      expect.stringContaining('Orphan measure'),
    ]);
  });

  it('reads a row holding only an objective as an objective row', async () => {
    const plan = await parse([HEADER, ['Objective', '', '', '', '', ''], row('', 'Task one')]);
    expect([
      plan.tasks[0]?.objective,
      plan.rows.find((r) => r.row === 2)?.role,
      plan.issues,
    ]).toEqual(['Objective', 'objective', []]);
  });

  it('joins the second half of a row cut by a page break, under a repeated header', async () => {
    const plan = await parse([
      HEADER,
      row('Prevent', 'Work with partners to reduce the', { measure: 'Fewer families in' }),
      HEADER,
      ['', 'use of B&B', '', 'temporary accommodation', '', ''],
    ]);
    expect([
      plan.tasks.map((t) => [t.title, t.measures]),
      plan.rows.find((r) => r.row === 4)?.role,
      codes(plan, 4),
    ]).toEqual([
      [
        [
          'Work with partners to reduce the use of B&B',
          ['Fewer families in temporary accommodation'],
        ],
      ],
      'continuation',
      ['ROW_JOINED'],
    ]);
  });

  it('warns NO_TASKS for a table with a header and no tasks', async () => {
    const plan = await parse([HEADER]);
    expect(plan.issues.map((i) => [i.row, i.code])).toEqual([[null, 'NO_TASKS']]);
  });

  it('reports text above the table as information', async () => {
    const plan = await parse([
      ['Homelessness Action Plan 2023-2025'],
      HEADER,
      row('Objective', 'Task one'),
    ]);
    expect(plan.issues.map((i) => [i.row, i.severity, i.code])).toEqual([
      [1, 'info', 'TEXT_BEFORE_TABLE'],
    ]);
  });

  it('accounts for every non-blank row', async () => {
    const plan = await parse([
      ['Title'],
      [''],
      HEADER,
      row('Objective', 'Task one'),
      ['', '', '', 'Orphan measure', '', ''],
      [''],
      ['Glossary'],
      ['CLT - Corporate Leadership Team'],
    ]);
    expect(plan.rows).toEqual([
      { row: 1, role: 'reported' },
      { row: 3, role: 'header' },
      { row: 4, role: 'task' },
      { row: 5, role: 'reported' },
      { row: 7, role: 'glossary' },
      { row: 8, role: 'glossary' },
    ]);
  });

  it('gives the same result when parsed twice', async () => {
    const rows = [HEADER, row('Objective', 'Task one', { raci: 'R: H&RSGroup WSHOG A: Board' })];
    expect(await parse(rows, { knownPartyNames: ['H&RSGroup', 'WSHOG'] })).toEqual(
      await parse(rows, { knownPartyNames: ['H&RSGroup', 'WSHOG'] }),
    );
  });
});

describe('parsePlan: cells', () => {
  it('reads "All" as for everyone', async () => {
    const plan = await parse([HEADER, row('O', 'Do the thing', { group: 'all client groups' })]);
    expect([plan.tasks[0]?.forAll, plan.tasks[0]?.clientGroups]).toEqual([true, []]);
  });

  it('reads several client groups', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing', { group: 'Refugees; Rough Sleepers' }),
    ]);
    expect(plan.tasks[0]?.clientGroups).toEqual(['Refugees', 'Rough Sleepers']);
  });

  it('reads a blank timescale as no date with an info issue', async () => {
    const plan = await parse([HEADER, row('O', 'Do the thing', { due: '' })]);
    expect([plan.tasks[0]?.due.kind, plan.issues.map((i) => [i.severity, i.code])]).toEqual([
      'none',
      [['info', 'NO_DUE_DATE']],
    ]);
  });

  it('reads Year 1 from the start year option', async () => {
    const plan = await parse([HEADER, row('O', 'Do the thing', { due: 'Year 1' })], {
      startYear: 2024,
    });
    expect(plan.tasks[0]?.due).toEqual({
      raw: 'Year 1',
      kind: 'financial-year',
      start: '2024-04',
      end: '2025-03',
    });
  });

  it('turns non-breaking spaces and smart quotes into plain ones', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Work\u00a0with Women\u2019s Aid', { raci: 'R: Women\u2019s\u00a0Aid A: Board' }),
    ]);
    expect([plan.tasks[0]?.title, plan.tasks[0]?.raci.R[0]?.name]).toEqual([
      "Work with Women's Aid",
      "Women's Aid",
    ]);
  });

  it('keeps a party listed twice under one letter once, with an info issue', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing', { raci: 'R: Team A: Board C: PLE; PLE' }),
    ]);
    expect([plan.tasks[0]?.raci.C, codes(plan)]).toEqual([
      [{ name: 'PLE', raw: 'PLE' }],
      ['PARTY_DUPLICATE'],
    ]);
  });

  it('warns when no party is Accountable, and invents none', async () => {
    const plan = await parse([HEADER, row('O', 'Do the thing', { raci: 'R: Team C: PLE' })]);
    expect([plan.tasks[0]?.raci.A, codes(plan)]).toEqual([[], ['RACI_NO_ACCOUNTABLE']]);
  });

  it('warns when no party is Responsible', async () => {
    const plan = await parse([HEADER, row('O', 'Do the thing', { raci: 'A: Board C: PLE' })]);
    expect(codes(plan)).toEqual(['RACI_NO_RESPONSIBLE']);
  });

  it('reads a RACI cell with no letters as Responsible, with a warning', async () => {
    const plan = await parse([HEADER, row('O', 'Do the thing', { raci: 'Housing Team' })]);
    expect([plan.tasks[0]?.raci.R.map((p) => p.name), codes(plan)]).toEqual([
      ['Housing Team'],
      ['RACI_UNLABELLED', 'RACI_NO_ACCOUNTABLE'],
    ]);
  });
});

describe('parsePlan: parties and the glossary', () => {
  const glossary = [
    '',
    'Glossary of Abbreviations',
    'H&RSGroup - Homelessness and Rough Sleeping Group\tWSHOG - Worcestershire Strategic Housing Officers Group',
  ];

  it("splits run-together parties using the plan's own glossary", async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing', { raci: 'R: H&RSGroup WSHOG A: Board' }),
      ...glossary.map((l) => [l]),
    ]);
    expect(plan.tasks[0]?.raci.R.map((p) => p.name)).toEqual(['H&RSGroup', 'WSHOG']);
  });

  it('splits run-together parties using the known party names option', async () => {
    const plan = await parse(
      [HEADER, row('O', 'Do the thing', { raci: "R: Platform Women's Aid A: Board" })],
      {
        knownPartyNames: ['Platform', "Women's Aid"],
      },
    );
    expect([plan.tasks[0]?.raci.R.map((p) => p.name), codes(plan)]).toEqual([
      ['Platform', "Women's Aid"],
      ['PARTIES_RUN_TOGETHER'],
    ]);
  });

  it('splits run-together parties using a separate glossary file', async () => {
    const plan = await parse([HEADER, row('O', 'Do the thing', { raci: 'R: CLT PLE A: Board' })], {
      glossary: [
        { abbreviation: 'CLT', fullName: 'Corporate Leadership Team', row: 1 },
        { abbreviation: 'PLE', fullName: 'People with Lived Experience', row: 2 },
      ],
    });
    expect([plan.tasks[0]?.raci.R.map((p) => p.name), plan.glossary.map((g) => g.origin)]).toEqual([
      ['CLT', 'PLE'],
      ['glossary-file', 'glossary-file'],
    ]);
  });

  it('keeps a run-together chunk as one party when no names are known', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing', { raci: 'R: H&RSGroup WSHOG A: Board' }),
    ]);
    expect([plan.tasks[0]?.raci.R.map((p) => p.name), codes(plan)]).toEqual([
      ['H&RSGroup WSHOG'],
      [],
    ]);
  });

  it('splits parties on a slash only between two known names', async () => {
    const plan = await parse(
      [
        HEADER,
        row('O', 'Do the thing', { raci: 'R: CLT/PLE A: Board C: Supported/exempt providers' }),
      ],
      {
        knownPartyNames: ['CLT', 'PLE'],
      },
    );
    expect([
      plan.tasks[0]?.raci.R.map((p) => p.name),
      plan.tasks[0]?.raci.C.map((p) => p.name),
    ]).toEqual([['CLT', 'PLE'], ['Supported/exempt providers']]);
  });

  it('warns GLOSSARY_CONFLICT and keeps the first meaning', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing'),
      ['Glossary'],
      ['RP - Registered Provider\tRP - Rough Sleeping Plan'],
    ]);
    expect([plan.glossary.map((g) => g.fullName), codes(plan, 4)]).toEqual([
      ['Registered Provider'],
      ['GLOSSARY_CONFLICT'],
    ]);
  });

  it('adds an abbreviation written in brackets after a party name to the glossary', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing', { raci: 'R: No Recourse Team (NRPFT) A: Board' }),
    ]);
    expect([plan.tasks[0]?.raci.R[0]?.name, plan.glossary, codes(plan)]).toEqual([
      'No Recourse Team',
      [{ abbreviation: 'NRPFT', fullName: 'No Recourse Team', row: 2, origin: 'party-name' }],
      ['GLOSSARY_FROM_PARTY_NAME'],
    ]);
  });

  it('reads glossary lines under the table without a heading as glossary, not tasks', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing'),
      [''],
      ['CLT - Corporate Leadership Team', 'PLE - People with Lived Experience'],
    ]);
    expect([plan.tasks.length, plan.glossary.map((g) => g.abbreviation)]).toEqual([
      1,
      ['CLT', 'PLE'],
    ]);
  });

  it('reports a glossary line it cannot read', async () => {
    const plan = await parse([
      HEADER,
      row('O', 'Do the thing'),
      ['Glossary'],
      ['see the council website'],
    ]);
    expect(plan.issues.map((i) => [i.row, i.code])).toEqual([[4, 'GLOSSARY_LINE_UNREAD']]);
  });
});

describe('parsePlan: other column names', () => {
  it('reads Lead as Responsible and Partners as Consulted, and invents no Accountable', async () => {
    const plan = await parse([
      ['Priority', 'Action', 'Cohort', 'Outcome', 'Lead', 'Partners', 'Target date'],
      [
        'Prevent',
        'Do the thing',
        'Refugees',
        'Thing done',
        'Housing Options',
        'PLE; Platform',
        'Q2 2024',
      ],
    ]);
    expect([plan.tasks[0]?.raci, plan.tasks[0]?.due.kind, codes(plan)]).toEqual([
      {
        R: [{ name: 'Housing Options', raw: 'Housing Options' }],
        A: [],
        C: [
          { name: 'PLE', raw: 'PLE' },
          { name: 'Platform', raw: 'Platform' },
        ],
        I: [],
      },
      'quarter',
      ['NO_ACCOUNTABLE_COLUMN', 'DUE_CALENDAR_QUARTER'],
    ]);
  });

  it('reads separate Responsible, Accountable, Consulted and Informed columns', async () => {
    const plan = await parse([
      ['Task', 'Responsible', 'Accountable', 'Consulted', 'Informed'],
      ['Do the thing', 'Team', 'Head', 'PLE, Platform', 'CLT'],
    ]);
    expect(Object.values(plan.tasks[0]?.raci ?? {}).map((list) => list.map((p) => p.name))).toEqual(
      [['Team'], ['Head'], ['PLE', 'Platform'], ['CLT']],
    );
  });

  it('reads objectives written as section rows in a table without an objective column', async () => {
    const plan = await parse([
      ['Action', 'Lead'],
      ['Objective 1: Prevent homelessness', ''],
      ['Do the thing', 'Team'],
    ]);
    expect([plan.objectives.map((o) => o.title), plan.tasks[0]?.objective]).toEqual([
      ['Prevent homelessness'],
      'Prevent homelessness',
    ]);
  });
});
