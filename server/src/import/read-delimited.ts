// TSV and CSV plans, read with csv-parse so quoted cells may hold commas, tabs and new lines.
// Each record keeps the line it starts on, which is the row number issues and tasks report.
import { parse } from 'csv-parse/sync';
import type { ImportIssue } from './types.js';
import type { SourceRow } from './source-row.js';
import { normaliseCellText } from './normalise-text.js';

interface RecordWithInfo {
  record: string[];
  info: { lines: number };
}

/** Split delimited text into rows of cells. A broken quote does not throw: it is reported and the file is read again without quoting. */
export function readDelimited(
  text: string,
  options: { delimiter: '\t' | ',' },
): { rows: SourceRow[]; issues: ImportIssue[] } {
  const source = text.replace(/\r\n?/g, '\n');
  if (!source.includes('"')) return { rows: splitPlain(source, options.delimiter), issues: [] };
  try {
    return { rows: toRows(parseRecords(source, options.delimiter, true)), issues: [] };
  } catch (error) {
    const where = (error as { lines?: number }).lines ?? null;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      rows: toRows(parseRecords(source, options.delimiter, false)),
      issues: [
        {
          row: where,
          severity: 'warning',
          code: 'QUOTES_IGNORED',
          message: `The file's quoting is broken (${reason}), so it was read again treating quote marks as ordinary text; a cell that held a ${options.delimiter === ',' ? 'comma' : 'tab'} or a new line may have been split. Check the rows after this one.`,
        },
      ],
    };
  }
}

function parseRecords(text: string, delimiter: string, quoting: boolean): RecordWithInfo[] {
  return parse(text, {
    delimiter,
    quote: quoting ? '"' : false,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    info: true,
  }) as unknown as RecordWithInfo[];
}

/**
 * Text with no quote mark has no quoted cell, so each line is a record: split here as csv-parse
 * would (a final new line ends the last record). csv-parse builds an error object, stack trace
 * and all, for every record whose length differs from the first's, which cost more than the rest
 * of reading a plan whose first line is blank or a title.
 */
function splitPlain(text: string, delimiter: string): SourceRow[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines.map((line, index) => ({
    row: index + 1,
    cells: line.split(delimiter).map(normaliseCellText),
  }));
}

function toRows(records: RecordWithInfo[]): SourceRow[] {
  let nextLine = 1;
  return records.map(({ record, info }) => {
    const row = { row: nextLine, cells: record.map(normaliseCellText) };
    nextLine = info.lines + 1;
    return row;
  });
}
