// parsePlan on each file format, on a RACI matrix, and on files it must refuse.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.js';
import { PlanFormatError } from './plan-format-error.js';

const encode = (text: string) => new TextEncoder().encode(text);

async function formatError(input: Uint8Array | string, fileName: string): Promise<PlanFormatError> {
  try {
    await parsePlan(input, { fileName });
  } catch (error) {
    if (error instanceof PlanFormatError) return error;
    throw error;
  }
  throw new Error('parsePlan did not throw');
}

describe('parsePlan: CSV', () => {
  const csv = [
    'Objective,Task,Client group,Measures,RACI,Timescale',
    'Prevent homelessness,"Do X, carefully",Refugees,"Fewer evictions',
    'More tenancies sustained","R: Team A: Head",April 2024 - March 2025',
    ',Do Y,All,Z reached,"R: Team; Platform A: Head",Dec 2023',
  ].join('\r\n');

  it('reads quoted cells holding commas and new lines', async () => {
    const plan = await parsePlan(encode(csv), { fileName: 'plan.csv' });
    expect([plan.format, plan.tasks[0]?.title, plan.tasks[0]?.measures]).toEqual([
      'csv',
      'Do X, carefully',
      ['Fewer evictions', 'More tenancies sustained'],
    ]);
  });

  it('numbers each record by the line it starts on', async () => {
    const plan = await parsePlan(encode(csv), { fileName: 'plan.csv' });
    expect(plan.tasks.map((t) => t.row)).toEqual([2, 4]);
  });

  it('reads a range timescale from a CSV cell', async () => {
    const plan = await parsePlan(csv, { fileName: 'plan.csv' });
    expect(plan.tasks[0]?.due).toEqual({
      raw: 'April 2024 - March 2025',
      kind: 'range',
      start: '2024-04',
      end: '2025-03',
    });
  });

  it('reads a CSV whose quotes are broken, with a warning', async () => {
    const broken = 'Task,Lead\n"Do X,Team\nDo Y,Team';
    const plan = await parsePlan(broken, { fileName: 'plan.csv' });
    expect([plan.tasks.map((t) => t.title), plan.issues.map((i) => i.code)]).toEqual([
      ['Do X', 'Do Y'],
      expect.arrayContaining(['QUOTES_IGNORED']),
    ]);
  });
});

describe('parsePlan: XLSX', () => {
  async function workbook(): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Notes').addRow(['This workbook holds the action plan on the next sheet']);
    const sheet = book.addWorksheet('Plan');
    sheet.addRow(['Objective', 'Task', 'Client group', 'Measures', 'RACI', 'Due date']);
    sheet.addRow([
      'Prevent homelessness',
      {
        richText: [
          { text: 'Deliver ' },
          { text: 'safe house', font: { bold: true } },
          { text: ' units' },
        ],
      },
      'Domestic Abuse',
      'Units delivered',
      'R: Team A: Head',
      new Date(Date.UTC(2023, 5, 1)),
    ]);
    sheet.addRow([
      '',
      'Second task',
      'All',
      { formula: '"Fewer"&" evictions"', result: 'Fewer evictions' },
      'R: Team\nA: Head',
      'Q2 2024/25',
    ]);
    sheet.getCell('F2').numFmt = 'mmm yyyy';
    sheet.mergeCells('A2:A3');
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  it('reads the first sheet that has a header row, numbering rows as the sheet does', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan.xlsx' });
    expect([plan.format, plan.tasks.map((t) => t.row)]).toEqual(['xlsx', [2, 3]]);
  });

  it('says which sheets it did not read', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan.xlsx' });
    expect(plan.issues.filter((i) => i.code === 'SHEET_NOT_READ').map((i) => i.message)).toEqual([
      'The plan was read from the sheet "Plan"; the sheet "Notes" was not read.',
    ]);
  });

  it('reads rich text as its plain text', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan.xlsx' });
    expect(plan.tasks[0]?.title).toBe('Deliver safe house units');
  });

  it('reads a formula cell as its result', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan.xlsx' });
    expect(plan.tasks[1]?.measures).toEqual(['Fewer evictions']);
  });

  it('reads an Excel date cell as its month', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan.xlsx' });
    expect(plan.tasks[0]?.due).toEqual({
      raw: '2023-06-01',
      kind: 'month',
      start: '2023-06',
      end: '2023-06',
    });
  });

  it('gives both rows of a merged objective cell its objective', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan.xlsx' });
    expect(plan.tasks.map((t) => t.objective)).toEqual([
      'Prevent homelessness',
      'Prevent homelessness',
    ]);
  });

  it('reads a RACI cell whose letters are on separate lines', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan.xlsx' });
    expect([plan.tasks[1]?.raci.R, plan.tasks[1]?.raci.A]).toEqual([
      [{ name: 'Team', raw: 'Team' }],
      [{ name: 'Head', raw: 'Head' }],
    ]);
  });

  it('chooses the workbook reader by content when the file has no extension', async () => {
    const plan = await parsePlan(await workbook(), { fileName: 'plan' });
    expect(plan.format).toBe('xlsx');
  });
});

describe('parsePlan: Markdown', () => {
  const markdown = [
    '# Homelessness action plan',
    '',
    'The table below is the plan.',
    '',
    '| Objective | Action | Client group | Outcomes | Lead | Partners | Deadline |',
    '|---|---|:--|---|---|---|---|',
    '| **Prevent homelessness** | Do X | Refugees | Fewer evictions<br>More tenancies | Team | PLE | 2024/25 |',
    '| | Do Y \\| more | All | Z reached | Team | | Ongoing |',
    '',
    '### **Glossary of Abbreviations**',
    '',
    '- PLE - People with Lived Experience',
    '',
    '| Abbreviation | Meaning |',
    '|---|---|',
    '| CLT | Corporate Leadership Team |',
  ].join('\n');

  it('reads the rows of a pipe table', async () => {
    const plan = await parsePlan(markdown, { fileName: 'plan.md' });
    expect(plan.tasks.map((t) => [t.row, t.title, t.objective])).toEqual([
      [7, 'Do X', 'Prevent homelessness'],
      [8, 'Do Y | more', 'Prevent homelessness'],
    ]);
  });

  it('reads <br> in a cell as a new line', async () => {
    const plan = await parsePlan(markdown, { fileName: 'plan.md' });
    expect(plan.tasks[0]?.measures).toEqual(['Fewer evictions', 'More tenancies']);
  });

  it('reads the glossary section, as a list and as a table', async () => {
    const plan = await parsePlan(markdown, { fileName: 'plan.md' });
    expect(plan.glossary.map((g) => [g.abbreviation, g.row])).toEqual([
      ['PLE', 12],
      ['CLT', 16],
    ]);
  });

  it('reports the prose outside the table as information', async () => {
    const plan = await parsePlan(markdown, { fileName: 'plan.md' });
    expect(plan.issues.filter((i) => i.code === 'TEXT_OUTSIDE_TABLE').map((i) => i.row)).toEqual([
      1, 3,
    ]);
  });

  it('accounts for every non-blank line of the file', async () => {
    const plan = await parsePlan(markdown, { fileName: 'plan.md' });
    const nonBlank = markdown
      .split('\n')
      .flatMap((line, i) => (line.trim() === '' || /^\|[-:|]+\|$/.test(line) ? [] : [i + 1]));
    expect(plan.rows.map((r) => r.row)).toEqual(nonBlank);
  });

  it('chooses the Markdown reader by content when the extension is .txt', async () => {
    const plan = await parsePlan(markdown, { fileName: 'plan.txt' });
    expect(plan.format).toBe('markdown');
  });
});

describe('parsePlan: RACI matrix', () => {
  const matrix = [
    ['Task', 'Due', 'WCC', 'Platform', 'PLE', 'Status'],
    ['Do X', 'June 2023', 'A/R', 'c', 'I', 'Green'],
    ['Do Y', '2024/25', 'R', '?', 'ra', 'Amber'],
    ['Do Z', 'Ongoing', 'R', 'C', '', ''],
  ]
    .map((cells) => cells.join('\t'))
    .join('\n');

  it('reads the layout as a matrix', async () => {
    const plan = await parsePlan(matrix, { fileName: 'matrix.tsv' });
    expect(plan.layout).toBe('matrix');
  });

  it('reads letters under party columns as the RACI of each task', async () => {
    const plan = await parsePlan(matrix, { fileName: 'matrix.tsv' });
    const names = (letter: 'R' | 'A' | 'C' | 'I') => plan.tasks[0]?.raci[letter].map((p) => p.name);
    expect([names('R'), names('A'), names('C'), names('I')]).toEqual([
      ['WCC'],
      ['WCC'],
      ['Platform'],
      ['PLE'],
    ]);
  });

  it('reads lower-case and run-together letters', async () => {
    const plan = await parsePlan(matrix, { fileName: 'matrix.tsv' });
    expect([
      plan.tasks[1]?.raci.R.map((p) => p.name),
      plan.tasks[1]?.raci.A.map((p) => p.name),
    ]).toEqual([['WCC', 'PLE'], ['PLE']]);
  });

  it('does not report A/R in one cell as a party under two letters', async () => {
    const plan = await parsePlan(matrix, { fileName: 'matrix.tsv' });
    expect(plan.issues.filter((i) => i.row === 2).map((i) => i.code)).toEqual([]);
  });

  it('reports a cell that is not a RACI letter', async () => {
    const plan = await parsePlan(matrix, { fileName: 'matrix.tsv' });
    expect(plan.issues.filter((i) => i.row === 3).map((i) => [i.code, i.column])).toContainEqual([
      'RACI_CELL_UNREADABLE',
      'Platform',
    ]);
  });

  it('does not read a status column as a party', async () => {
    const plan = await parsePlan(matrix, { fileName: 'matrix.tsv' });
    expect(plan.issues.filter((i) => i.code === 'COLUMN_NOT_READ').map((i) => i.column)).toEqual([
      'Status',
    ]);
  });
});

describe('parsePlan: files it refuses', () => {
  it('throws EMPTY_FILE for a file of no bytes', async () => {
    expect((await formatError(new Uint8Array(0), 'plan.tsv')).code).toBe('EMPTY_FILE');
  });

  it('throws EMPTY_FILE for a file of only blank lines', async () => {
    expect((await formatError(' \n\t\n', 'plan.tsv')).code).toBe('EMPTY_FILE');
  });

  it('throws BINARY_FILE for a file with NUL bytes', async () => {
    expect(
      (await formatError(new Uint8Array([0x54, 0x61, 0x73, 0x6b, 0x00, 0x01]), 'plan.csv')).code,
    ).toBe('BINARY_FILE');
  });

  it('throws BAD_ENCODING for a file that is not UTF-8', async () => {
    const latin1 = new Uint8Array([...encode('Task\tLead\nCaf'), 0xe9, ...encode('\tTeam\n')]);
    const error = await formatError(latin1, 'plan.tsv');
    expect([error.code, error.message]).toEqual([
      'BAD_ENCODING',
      expect.stringContaining('line 2'),
    ]);
  });

  it('throws NO_HEADER for a file without a header row', async () => {
    expect((await formatError('Some notes\nabout homelessness', 'plan.tsv')).code).toBe(
      'NO_HEADER',
    );
  });

  it('throws NO_TASK_COLUMN for a table whose header names no task column', async () => {
    const error = await formatError(
      'Objective\tLead\tTimescale\nPrevent\tTeam\tJune 2023',
      'plan.tsv',
    );
    expect([error.code, error.message]).toEqual([
      'NO_TASK_COLUMN',
      expect.stringContaining('row 1'),
    ]);
  });

  it('throws UNSUPPORTED_FORMAT for a PDF', async () => {
    expect((await formatError(encode('%PDF-1.7'), 'plan.pdf')).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('throws UNSUPPORTED_FORMAT for an .xlsx file that is not a workbook', async () => {
    expect((await formatError(encode('Task,Lead\nDo X,Team'), 'plan.xlsx')).code).toBe(
      'UNSUPPORTED_FORMAT',
    );
  });

  it('throws an error named PlanFormatError whose message names the file', async () => {
    const error = await formatError('', 'plan.tsv');
    expect([error.name, error.message.startsWith('plan.tsv:')]).toEqual(['PlanFormatError', true]);
  });
});
