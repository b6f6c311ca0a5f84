import { describe, expect, it } from 'vitest';
import { readGlossaryRows } from './read-glossary-rows.js';

describe('readGlossaryRows', () => {
  it('reads two entries a row from tab-separated cells, with the row number', () => {
    const result = readGlossaryRows([
      {
        row: 57,
        cells: ['CLT - Corporate Leadership Team', 'PLE - People with Lived Experience', '', ''],
      },
    ]);
    expect(result).toEqual({
      entries: [
        {
          abbreviation: 'CLT',
          fullName: 'Corporate Leadership Team',
          row: 57,
          origin: 'plan-glossary',
        },
        {
          abbreviation: 'PLE',
          fullName: 'People with Lived Experience',
          row: 57,
          origin: 'plan-glossary',
        },
      ],
      issues: [],
      readRows: [57],
    });
  });

  it('reads a two-column table row as one entry and its header as read', () => {
    const result = readGlossaryRows([
      { row: 1, cells: ['Abbreviation', 'Meaning'] },
      { row: 2, cells: ['NSNO', 'No Second Night Out'] },
    ]);
    expect([result.entries.map((e) => [e.abbreviation, e.fullName]), result.readRows]).toEqual([
      [['NSNO', 'No Second Night Out']],
      [1, 2],
    ]);
  });

  it('reports a row that holds no entry', () => {
    const result = readGlossaryRows([{ row: 9, cells: ['Last updated in March'] }]);
    expect([result.readRows, result.issues.map((i) => [i.row, i.code])]).toEqual([
      [],
      [[9, 'GLOSSARY_LINE_UNREAD']],
    ]);
  });
});
