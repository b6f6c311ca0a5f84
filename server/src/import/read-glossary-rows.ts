// The plan's own glossary section (the rows under "Glossary of Abbreviations") into entries
// that keep their row numbers; a line that holds no entry is reported, not dropped.
import type { GlossaryEntry, ImportIssue } from './types.js';
import type { SourceRow } from './source-row.js';
import { readGlossaryLine } from './parse-glossary.js';

const TABLE_HEADER = /^(abbreviations?|abbr\.?|acronyms?|terms?)$/i;

/** Entries of the glossary rows, the issues, and which rows held an entry (the rest are reported). */
export function readGlossaryRows(rows: SourceRow[]): {
  entries: GlossaryEntry[];
  issues: ImportIssue[];
  readRows: number[];
} {
  const entries: GlossaryEntry[] = [];
  const issues: ImportIssue[] = [];
  const readRows: number[] = [];
  for (const row of rows) {
    const filled = row.cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
    if (filled.length === 0) continue;
    if (TABLE_HEADER.test(filled[0] ?? '')) {
      readRows.push(row.row);
      continue;
    }
    const read = readGlossaryLine(filled.join('\t'));
    for (const entry of read.entries)
      entries.push({ ...entry, row: row.row, origin: 'plan-glossary' });
    if (read.entries.length > 0) readRows.push(row.row);
    if (read.unread.length > 0) {
      issues.push({
        row: row.row,
        severity: 'warning',
        code: 'GLOSSARY_LINE_UNREAD',
        message: `In the glossary, "${read.unread.join('", "')}" is not an "ABBREVIATION - Full name" entry; it was not read.`,
      });
    }
  }
  return { entries, issues, readRows };
}
