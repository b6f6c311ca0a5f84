import { describe, expect, it } from 'vitest';
import { readBlockRows } from './read-block-rows.js';
import { matchHeaderRow } from './match-header-row.js';
import type { TableBlock } from './find-table-blocks.js';

function block(header: string[], data: string[][]): TableBlock {
  const match = matchHeaderRow(header);
  if (!match) throw new Error('not a header');
  return {
    header: { row: 1, cells: header },
    columns: match.columns,
    rows: data.map((cells, i) => ({ row: i + 2, cells })),
  };
}

describe('readBlockRows', () => {
  it('sorts the cells of a row by column', () => {
    const { rows } = readBlockRows(
      block(
        ['Objective', 'Task', 'Client group', 'Measure', 'RACI', 'Timescale'],
        [['O', 'Do X', 'All', 'M', 'R: Team', 'June 2023']],
      ),
      0,
    );
    expect(rows[0]).toEqual({
      row: 2,
      block: 0,
      objective: 'O',
      task: 'Do X',
      clientGroup: 'All',
      measures: ['M'],
      raci: [{ kind: 'cell', column: 'RACI', text: 'R: Team' }],
      due: 'June 2023',
      unread: [],
    });
  });

  it('skips blank rows', () => {
    expect(
      readBlockRows(
        block(
          ['Task', 'Lead'],
          [
            ['', ''],
            ['Do X', 'Team'],
          ],
        ),
        0,
      ).rows.map((r) => r.row),
    ).toEqual([3]);
  });

  it('reads Lead, Accountable, Partners and Informed columns as lists with their letter', () => {
    const { rows } = readBlockRows(
      block(
        ['Task', 'Lead', 'Accountable', 'Partners', 'Informed'],
        [['Do X', 'Team', 'Head', 'PLE', 'CLT']],
      ),
      0,
    );
    expect(rows[0]?.raci.map((s) => [s.kind, s.letter, s.column])).toEqual([
      ['list', 'R', 'Lead'],
      ['list', 'A', 'Accountable'],
      ['list', 'C', 'Partners'],
      ['list', 'I', 'Informed'],
    ]);
  });

  it('says which letters the columns can hold', () => {
    const { layout } = readBlockRows(
      block(['Task', 'Lead', 'Partners'], [['Do X', 'Team', 'PLE']]),
      0,
    );
    expect(layout.letters).toEqual({ R: true, A: false, C: true, I: false });
  });

  it('finds the party columns of a matrix', () => {
    const { rows, layout } = readBlockRows(
      block(
        ['Task', 'WCC', 'PLE'],
        [
          ['Do X', 'A/R', 'c'],
          ['Do Y', 'R', ''],
        ],
      ),
      0,
    );
    expect([layout.matrix, rows[0]?.raci.map((s) => [s.column, s.letters])]).toEqual([
      true,
      [
        ['WCC', ['A', 'R']],
        ['PLE', ['C']],
      ],
    ]);
  });

  it('does not take a column of prose for a party column', () => {
    const { layout, issues } = readBlockRows(
      block(['Task', 'Comments'], [['Do X', 'Going well']]),
      0,
    );
    expect([layout.matrix, issues.map((i) => i.code)]).toEqual([false, ['COLUMN_NOT_READ']]);
  });

  it('realigns a shifted row and reports it', () => {
    const { rows, issues } = readBlockRows(
      block(['Objective', 'Task', 'RACI', 'Timescale'], [['Do X', 'R: Team', 'June 2023']]),
      0,
    );
    expect([rows[0]?.task, rows[0]?.due, issues.map((i) => [i.row, i.code])]).toEqual([
      'Do X',
      'June 2023',
      [[2, 'ROW_SHIFTED']],
    ]);
  });

  it('reports a non-blank cell that fell off the left of a row shifted right', () => {
    const { rows, issues } = readBlockRows(
      block(['Task', 'RACI', 'Timescale'], [['note', 'Do X', 'R: Team', 'June 2023']]),
      0,
    );
    expect([rows[0]?.task, issues.map((i) => i.code)]).toEqual([
      'Do X',
      ['ROW_SHIFTED', 'EXTRA_CELL'],
    ]);
  });

  it('reads a lone "Objective 1: ..." row as an objective when the table has no objective column', () => {
    const { rows } = readBlockRows(block(['Task', 'Lead'], [['Objective 2 - Governance', '']]), 0);
    expect([rows[0]?.objective, rows[0]?.task]).toEqual(['Governance', '']);
  });
});
