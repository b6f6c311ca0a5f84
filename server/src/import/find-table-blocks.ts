// A plan extracted from a PDF is a run of table blocks, each under its own copy of the header
// row, with a title above and a glossary below. This cuts the rows into those parts.
import type { SourceRow } from './source-row.js';
import { isBlankRow } from './source-row.js';
import { isHeaderWithoutTask, matchHeaderRow, type HeaderColumn } from './match-header-row.js';
import { isGlossaryHeading, readGlossaryLine } from './parse-glossary.js';
import { PlanFormatError } from './plan-format-error.js';

export interface TableBlock {
  header: SourceRow;
  columns: HeaderColumn[];
  /** Data rows, blank ones included, up to the next header, glossary or end. */
  rows: SourceRow[];
}

export interface PlanSections {
  /** Non-blank rows above the first header (a title, notes). */
  before: SourceRow[];
  blocks: TableBlock[];
  /** The row that opens the glossary, when there is one. */
  glossaryHeading: SourceRow | null;
  /** Non-blank rows of the glossary. */
  glossary: SourceRow[];
  /** Markdown lines outside any table and outside the glossary. */
  prose: SourceRow[];
}

/** Cut rows into blocks; throws PlanFormatError NO_HEADER or NO_TASK_COLUMN when there is no table to read. */
export function findTableBlocks(rows: SourceRow[], options: { fileName: string }): PlanSections {
  const sections: PlanSections = {
    before: [],
    blocks: [],
    glossaryHeading: null,
    glossary: [],
    prose: [],
  };
  let inGlossary = false;
  for (const row of rows) {
    if (isBlankRow(row)) {
      if (!inGlossary) sections.blocks[sections.blocks.length - 1]?.rows.push(row);
      continue;
    }
    const header = row.outsideTable ? null : matchHeaderRow(row.cells);
    if (header) {
      sections.blocks.push({ header: row, columns: header.columns, rows: [] });
      inGlossary = false;
    } else if (isGlossaryHeadingRow(row)) {
      sections.glossaryHeading ??= row;
      inGlossary = true;
    } else if (inGlossary) {
      sections.glossary.push(row);
    } else if (row.outsideTable) {
      sections.prose.push(row);
    } else if (sections.blocks.length === 0) {
      sections.before.push(row);
    } else {
      sections.blocks[sections.blocks.length - 1]?.rows.push(row);
    }
  }
  if (sections.blocks.length === 0) throw noTable(rows, options.fileName);
  if (!sections.glossaryHeading) peelTrailingGlossary(sections);
  return sections;
}

function isGlossaryHeadingRow(row: SourceRow): boolean {
  const filled = row.cells.filter((cell) => cell.trim() !== '');
  return filled.length <= 2 && filled.some((cell) => cell.length < 80 && isGlossaryHeading(cell));
}

/** Glossary lines written straight under the table with no heading are not tasks. */
function peelTrailingGlossary(sections: PlanSections): void {
  const last = sections.blocks[sections.blocks.length - 1];
  if (!last) return;
  const peeled: SourceRow[] = [];
  while (last.rows.length > 0) {
    const row = last.rows[last.rows.length - 1] as SourceRow;
    if (isBlankRow(row)) {
      last.rows.pop();
      continue;
    }
    const read = readGlossaryLine(row.cells.join('\t'));
    if (read.entries.length === 0 || read.unread.length > 0) break;
    peeled.unshift(row);
    last.rows.pop();
  }
  sections.glossary.push(...peeled);
}

function noTable(rows: SourceRow[], fileName: string): PlanFormatError {
  const headerLike = rows.find((row) => !row.outsideTable && isHeaderWithoutTask(row.cells));
  if (headerLike) {
    const names = headerLike.cells.filter((cell) => cell.trim() !== '').join('", "');
    return new PlanFormatError({
      code: 'NO_TASK_COLUMN',
      fileName,
      message: `row ${headerLike.row} looks like the table's header ("${names}") but no column holds the tasks. Name the column of actions "Task", "Tasks", "Action" or "Actions" and import again.`,
    });
  }
  return new PlanFormatError({
    code: 'NO_HEADER',
    fileName,
    message:
      'has no header row: no row names a task column ("Task", "Tasks", "Action" or "Actions") beside at least one other column. Add a header row such as "Objective | Task | Client group | Measure of success | RACI | Timescale" above the table and import again.',
  });
}
