import { describe, expect, it } from 'vitest';
import { readMarkdown } from './read-markdown.js';

describe('readMarkdown', () => {
  it('reads table lines as cells and drops the separator line', () => {
    expect(readMarkdown('| Task | Lead |\n|---|:-:|\n| Do X | Team |')).toEqual([
      { row: 1, cells: ['Task', 'Lead'] },
      { row: 3, cells: ['Do X', 'Team'] },
    ]);
  });

  it('keeps lines outside tables as prose rows', () => {
    expect(readMarkdown('# Plan\n| Task |')[0]).toEqual({
      row: 1,
      cells: ['# Plan'],
      outsideTable: true,
    });
  });

  it('reads an escaped pipe as part of its cell', () => {
    expect(readMarkdown('| a \\| b | c |')[0]?.cells).toEqual(['a | b', 'c']);
  });

  it('reads <br> as a new line and drops bold markers', () => {
    expect(readMarkdown('| **Prevent** | one<br/>two |')[0]?.cells).toEqual([
      'Prevent',
      'one\ntwo',
    ]);
  });

  it('keeps empty cells in place', () => {
    expect(readMarkdown('| | Do Y | |')[0]?.cells).toEqual(['', 'Do Y', '']);
  });
});
