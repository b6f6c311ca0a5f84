// The real seed plan, checked by hand against cypher/seed/plans/worcester-homelessness-action-plan.tsv.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePlan, type ParsedPlanWithRows } from './parse-plan.js';
import type { ParsedTask } from './types.js';

const SEED = new URL(
  '../../../cypher/seed/plans/worcester-homelessness-action-plan.tsv',
  import.meta.url,
);
const FILE_NAME = 'worcester-homelessness-action-plan.tsv';

const OBJECTIVES = [
  'Make best use of funding to support and extend services for rough sleepers, with the aim of ensuring homelessness is rare, brief and non-recurrent',
  'Maximise relationships and contributions from partnerships and other agencies, including the VCS',
  'Increase the supply of affordable homes to meet a range of needs',
  'Improve the supply and reduce the use of temporary accommodation',
  'Prevent people from becoming homeless',
  'Governance',
];

/** Task rows of each objective, read off the file block by block. */
const ROWS_BY_OBJECTIVE = [
  [4, 5, 6, 7, 8, 9],
  [14, 15, 16, 17, 18, 19],
  [24, 25, 26, 27],
  [32, 33, 34, 35],
  [40, 41, 42, 43, 44, 49, 50, 51],
  [53],
];

let plan: ParsedPlanWithRows;
const bytes = () => new Uint8Array(readFileSync(SEED));
const task = (row: number): ParsedTask => {
  const found = plan.tasks.find((t) => t.row === row);
  if (!found) throw new Error(`no task on row ${row}`);
  return found;
};
const names = (row: number, letter: 'R' | 'A' | 'C' | 'I') =>
  task(row).raci[letter].map((p) => p.name);
const codesOn = (row: number) => plan.issues.filter((i) => i.row === row).map((i) => i.code);

beforeAll(async () => {
  plan = await parsePlan(bytes(), { fileName: FILE_NAME });
});

describe('parsePlan on the seed plan', () => {
  it('reads it as a TSV in columns layout', () => {
    expect([plan.format, plan.layout]).toEqual(['tsv', 'columns']);
  });

  it('finds the 29 tasks, one per data row with a task', () => {
    expect(plan.tasks.map((t) => t.row)).toEqual(ROWS_BY_OBJECTIVE.flat().sort((a, b) => a - b));
  });

  it('finds the six objectives in order, with "non- recurrent" joined to "non-recurrent"', () => {
    expect(plan.objectives.map((o) => [o.order, o.title])).toEqual(
      OBJECTIVES.map((title, i) => [i + 1, title]),
    );
  });

  it('records the rows each objective is written on', () => {
    expect(plan.objectives.map((o) => o.rows)).toEqual([[5], [15, 16], [24], [33], [42, 50], [53]]);
  });

  it('gives every task the objective of its block', () => {
    const actual = ROWS_BY_OBJECTIVE.map((rows) => rows.map((row) => task(row).objective));
    expect(actual).toEqual(ROWS_BY_OBJECTIVE.map((rows, i) => rows.map(() => OBJECTIVES[i])));
  });

  it('reads the 16 glossary entries with their rows', () => {
    expect(plan.glossary.map((g) => [g.abbreviation, g.row])).toEqual([
      ['CLT', 57],
      ['PLE', 57],
      ['DLUHC', 58],
      ['RP', 58],
      ['DWAS', 59],
      ['SFS', 59],
      ['H&RSGroup', 60],
      ['SWR&BS', 60],
      ['H&WBBoard', 61],
      ['WCC', 61],
      ['HWOT', 62],
      ['WSAB', 62],
      ['MH', 63],
      ['WSHOG', 63],
      ['NSNO', 64],
      ['VCS', 64],
    ]);
  });

  it('keeps the glossary full names as written', () => {
    expect(plan.glossary.find((g) => g.abbreviation === 'WSHOG')?.fullName).toBe(
      'Worcestershire Strategic Housing Officers Group',
    );
  });

  it('reads the safe-house row completely', () => {
    expect(task(24)).toEqual({
      row: 24,
      objective: 'Increase the supply of affordable homes to meet a range of needs',
      title: 'Deliver 10 units of safe house accommodation in Worcester City',
      clientGroups: ['Domestic Abuse'],
      forAll: false,
      measures: [
        '10 units of suitable safe accommodation available for victims of domestic abuse to receive accommodation based support',
        'Successful outcomes for safe house occupants',
      ],
      raci: {
        R: [{ name: 'Strategic Housing Team Manager', raw: 'Strategic Housing Team Manager' }],
        A: [{ name: 'Head of Homes and Communities', raw: 'Head of Homes and Communities' }],
        C: [
          { name: 'Platform', raw: 'Platform' },
          { name: "Women's Aid", raw: "Women's Aid" },
          { name: 'PLE', raw: 'PLE' },
        ],
        I: [
          { name: 'CLT', raw: 'CLT' },
          { name: 'WSHOG', raw: 'WSHOG' },
          { name: 'Housing Board', raw: 'Housing Board' },
        ],
      },
      due: { raw: 'June 2023', kind: 'month', start: '2023-06', end: '2023-06' },
    });
  });

  it('realigns the options-appraisal row that sits one column left of its header', () => {
    const shifted = task(35);
    expect([
      shifted.title,
      shifted.objective,
      shifted.forAll,
      shifted.due.start,
      shifted.measures.length,
    ]).toEqual([
      'Undertake options appraisal of different models of provision and produce a delivery framework to evaluate future opportunities',
      'Improve the supply and reduce the use of temporary accommodation',
      true,
      '2024-04',
      3,
    ]);
  });

  it('warns ROW_SHIFTED on the options-appraisal row and on no other', () => {
    expect(plan.issues.filter((i) => i.code === 'ROW_SHIFTED').map((i) => i.row)).toEqual([35]);
  });

  it('splits SWR&BS off the front of the run-together party on the options-appraisal row', () => {
    expect(names(35, 'C')).toEqual([
      'Strategic Housing Team',
      'SWR&BS',
      'WCC Finance, Property, Planning and Legal services',
    ]);
  });

  it('reads the comma-separated Informed list of the options-appraisal row', () => {
    expect(names(35, 'I')).toEqual(['CLT', 'Communities Committee']);
  });

  it('splits WSABWCC Rough Sleeper Group into WSAB and WCC Rough Sleeper Group', () => {
    expect(names(16, 'C')).toEqual(['WSAB', 'WCC Rough Sleeper Group', 'Worcester Cares', 'PLE']);
  });

  it('keeps the text a split party came from as its raw', () => {
    expect(task(16).raci.C[0]).toEqual({ name: 'WSAB', raw: 'WSABWCC Rough Sleeper Group' });
  });

  it('warns PARTIES_RUN_TOGETHER naming both parties on the WSABWCC row', () => {
    const issue = plan.issues.find((i) => i.row === 16 && i.code === 'PARTIES_RUN_TOGETHER');
    expect(issue?.message).toContain('"WSAB" and "WCC Rough Sleeper Group"');
  });

  it('splits H&RSGroup WSHOG into two Responsible parties', () => {
    expect(names(4, 'R')).toEqual(['H&RSGroup', 'WSHOG']);
  });

  it('splits H&RSGroup from Worcester Cares, private landlords and PLE', () => {
    expect([
      names(9, 'C')[2],
      names(9, 'C')[3],
      names(41, 'C')[3],
      names(41, 'C')[4],
      names(49, 'C')[2],
      names(49, 'C')[3],
    ]).toEqual([
      'H&RSGroup',
      'Worcester Cares',
      'H&RSGroup',
      'private landlords',
      'H&RSGroup',
      'PLE',
    ]);
  });

  it('never splits WCC Rough Sleeper Group, Committee Chair and Vice Chair or HWOT Manager', () => {
    expect([names(4, 'C')[1], names(4, 'I')[1], names(34, 'R')[1]]).toEqual([
      'WCC Rough Sleeper Group',
      'Committee Chair and Vice Chair',
      'HWOT Manager',
    ]);
  });

  it('reads the CARM row with its Jun-23 timescale and three measures', () => {
    expect([task(19).due, task(19).measures.length, task(19).forAll]).toEqual([
      { raw: 'Jun-23', kind: 'month', start: '2023-06', end: '2023-06' },
      3,
      true,
    ]);
  });

  it('leaves the Renters Reform row without a client group and warns', () => {
    expect([task(43).clientGroups, task(43).forAll, codesOn(43)]).toEqual([
      [],
      false,
      ['MISSING_CLIENT_GROUP'],
    ]);
  });

  it('keeps both Accountables of the second task and warns RACI_MULTIPLE_ACCOUNTABLE', () => {
    expect([names(5, 'A'), codesOn(5).includes('RACI_MULTIPLE_ACCOUNTABLE')]).toEqual([
      ['Housing Board', 'WSHOG'],
      true,
    ]);
  });

  it('splits the run-together measures of the housing enabling row and warns', () => {
    expect([task(25).measures, codesOn(25).includes('MEASURES_RUN_TOGETHER')]).toEqual([
      [
        'Housing Enabling Strategy adopted',
        'Increase in the provision of affordable housing',
        'Range of accommodation options available to meet variety of needs',
      ],
      true,
    ]);
  });

  it('removes the stray quote after Communities Committee and warns', () => {
    expect([names(25, 'I'), codesOn(25).includes('STRAY_PUNCTUATION')]).toEqual([
      ['CLT', 'Communities Committee'],
      true,
    ]);
  });

  it('keeps the Accountable title with a dash and commas as one party', () => {
    expect(names(25, 'A')).toEqual(['Corporate Director - Operations, Homes and Communities']);
  });

  it('keeps the cut-off measure on the peer-mentoring row and warns MEASURE_TRUNCATED', () => {
    expect([task(15).measures[2], codesOn(15).includes('MEASURE_TRUNCATED')]).toEqual([
      'Additional units of temporary',
      true,
    ]);
  });

  it('gives the party written with its abbreviation in brackets without the brackets', () => {
    expect(names(32, 'R')).toEqual(['Strategic Housing Team', 'Housing and Welfare Options Team']);
  });

  it('keeps a party that is both Consulted and Informed under both, with an info issue', () => {
    expect([
      names(4, 'C').includes('Worcester Cares'),
      names(4, 'I').includes('Worcester Cares'),
      codesOn(4),
    ]).toEqual([true, true, expect.arrayContaining(['PARTY_SEVERAL_LETTERS'])]);
  });

  it('reads the trailing semicolon before A: without an empty party', () => {
    expect(names(42, 'R')).toEqual([
      'Strategic Housing Team',
      'HWOT',
      'Homes for Ukraine Officers',
    ]);
  });

  it('reports no errors', () => {
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('accounts for every non-blank line of the file', () => {
    const lines = readFileSync(SEED, 'utf8').split('\n');
    const nonBlank = lines.flatMap((line, i) => (line.trim() === '' ? [] : [i + 1]));
    expect(plan.rows.map((r) => r.row)).toEqual(nonBlank);
  });

  it('reads the seven header rows as headers', () => {
    expect(plan.rows.filter((r) => r.role === 'header').map((r) => r.row)).toEqual([
      3, 13, 23, 31, 39, 48, 52,
    ]);
  });

  it('gives the same result when parsed twice', async () => {
    const again = await parsePlan(bytes(), { fileName: FILE_NAME });
    expect(again).toEqual(plan);
  });

  it('reads the same tasks when the graph already knows the party names', async () => {
    const withKnown = await parsePlan(bytes(), {
      fileName: FILE_NAME,
      knownPartyNames: [
        'WCC Rough Sleeper Group',
        'Worcester Cares',
        'Committee Chair and Vice Chair',
      ],
    });
    expect(withKnown.tasks).toEqual(plan.tasks);
  });

  it('reads the same tasks from the seed saved as CSV', async () => {
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const csv = readFileSync(SEED, 'utf8')
      .split('\n')
      .map((line) => line.split('\t').map(quote).join(','))
      .join('\n');
    expect((await parsePlan(csv, { fileName: 'seed.csv' })).tasks).toEqual(plan.tasks);
  });

  it('reads the same tasks from the seed saved as XLSX', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Action plan');
    readFileSync(SEED, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const row = sheet.getRow(index + 1);
        line.split('\t').forEach((cell, column) => {
          if (cell !== '') row.getCell(column + 1).value = cell;
        });
      });
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect((await parsePlan(xlsx, { fileName: 'seed.xlsx' })).tasks).toEqual(plan.tasks);
  });
});
