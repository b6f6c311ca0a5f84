import { describe, expect, it } from 'vitest';
import { findTableBlocks } from './find-table-blocks.js';
import type { SourceRow } from './source-row.js';

const HEADER = ['Objective', 'Task', 'Timescale'];
const rows = (cells: string[][]): SourceRow[] => cells.map((c, i) => ({ row: i + 1, cells: c }));
const find = (cells: string[][]) => findTableBlocks(rows(cells), { fileName: 'plan.tsv' });

describe('findTableBlocks', () => {
  it('starts a block at each header row', () => {
    const sections = find([HEADER, ['O', 'Do X', 'June 2023'], HEADER, ['O', 'Do Y', 'June 2023']]);
    expect(sections.blocks.map((b) => [b.header.row, b.rows.map((r) => r.row)])).toEqual([
      [1, [2]],
      [3, [4]],
    ]);
  });

  it('keeps rows above the first header apart', () => {
    expect(find([['Action plan'], HEADER, ['O', 'Do X', '']]).before.map((r) => r.row)).toEqual([
      1,
    ]);
  });

  it('cuts the glossary off under its heading', () => {
    const sections = find([
      HEADER,
      ['O', 'Do X', ''],
      ['### **Glossary of Abbreviations**'],
      ['CLT - Corporate Leadership Team'],
    ]);
    expect([
      sections.blocks[0]?.rows.length,
      sections.glossaryHeading?.row,
      sections.glossary.map((r) => r.row),
    ]).toEqual([1, 3, [4]]);
  });

  it('takes glossary lines written under the table without a heading as the glossary', () => {
    const sections = find([
      HEADER,
      ['O', 'Do X', ''],
      [''],
      ['CLT - Corporate Leadership Team', 'PLE - People with Lived Experience'],
    ]);
    expect([
      sections.blocks[0]?.rows.map((r) => r.row),
      sections.glossary.map((r) => r.row),
    ]).toEqual([[2], [4]]);
  });

  it('keeps markdown prose apart', () => {
    const sections = findTableBlocks(
      [
        { row: 1, cells: ['Intro'], outsideTable: true },
        { row: 2, cells: HEADER },
      ],
      { fileName: 'plan.md' },
    );
    expect(sections.prose.map((r) => r.row)).toEqual([1]);
  });

  it('throws NO_HEADER when no row is a header', () => {
    expect(() => find([['Just notes']])).toThrow(expect.objectContaining({ code: 'NO_HEADER' }));
  });

  it('throws NO_TASK_COLUMN when the header has no task column', () => {
    expect(() => find([['Objective', 'Lead', 'Timescale']])).toThrow(
      expect.objectContaining({ code: 'NO_TASK_COLUMN' }),
    );
  });
});
