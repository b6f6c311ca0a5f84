import { describe, expect, it } from 'vitest';
import { readDelimited } from './read-delimited.js';

describe('readDelimited', () => {
  it('splits tab-separated lines into cells, one row per line', () => {
    expect(readDelimited('\nTask\tLead\nDo X\tTeam\t', { delimiter: '\t' }).rows).toEqual([
      { row: 1, cells: [''] },
      { row: 2, cells: ['Task', 'Lead'] },
      { row: 3, cells: ['Do X', 'Team', ''] },
    ]);
  });

  it('keeps a stray quote inside an unquoted cell', () => {
    expect(
      readDelimited('I: CLT; Communities Committee"\tJune 2023', { delimiter: '\t' }).rows[0]
        ?.cells,
    ).toEqual(['I: CLT; Communities Committee"', 'June 2023']);
  });

  it('reads a quoted CSV cell over several lines and numbers the next record by its own first line', () => {
    const { rows } = readDelimited('a,"b\nc"\nd,e', { delimiter: ',' });
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b\nc'] },
      { row: 3, cells: ['d', 'e'] },
    ]);
  });

  it('normalises non-breaking spaces and smart quotes in cells', () => {
    expect(readDelimited('Women\u2019s\u00a0Aid', { delimiter: ',' }).rows[0]?.cells).toEqual([
      "Women's Aid",
    ]);
  });

  it('reads again without quoting, with a warning, when a quote is never closed', () => {
    const result = readDelimited('Task,Lead\n"Do X,Team\nDo Y,Team', { delimiter: ',' });
    expect([
      result.rows.map((r) => r.cells[0]),
      result.issues.map((i) => [i.severity, i.code]),
    ]).toEqual([['Task', '"Do X', 'Do Y'], [['warning', 'QUOTES_IGNORED']]]);
  });
});
