import { describe, expect, it } from 'vitest';
import { createRandom } from '../generate/random.js';
import { readDelimited } from './read-delimited.js';
import type { SourceRow } from './source-row.js';
import { normaliseCellText } from './normalise-text.js';
import { parse } from 'csv-parse/sync';

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

describe('readDelimited without quote marks', () => {
  // The fast path must read exactly as csv-parse does: compared on random texts of the
  // characters that matter (delimiters, new lines, blanks).
  function parseWithCsvParse(text: string, delimiter: '\t' | ','): SourceRow[] {
    const records = parse(text.replace(/\r\n?/g, '\n'), {
      delimiter,
      quote: '"',
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    let next = 1;
    return records.map(({ record, info }) => {
      const row = { row: next, cells: record.map(normaliseCellText) };
      next = info.lines + 1;
      return row;
    });
  }

  it('splits every random text as csv-parse does', () => {
    const alphabet = ['a', 'b', ' ', '\t', ',', '\n', '\r', '\r\n', '\u00a0', 'é'];
    const next = createRandom(7).next;
    for (let i = 0; i < 500; i += 1) {
      const length = Math.floor(next() * 30);
      const text = Array.from(
        { length },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
      for (const delimiter of ['\t', ','] as const) {
        expect(readDelimited(text, { delimiter }).rows, JSON.stringify(text)).toEqual(
          parseWithCsvParse(text, delimiter),
        );
      }
    }
  });
});
