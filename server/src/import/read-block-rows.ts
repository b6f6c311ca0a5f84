// One table block to the cells of each of its rows, by column: realigns shifted rows, finds the
// party columns of a RACI matrix, and reports every cell that has no column to go to.
import type { ImportIssue, RaciLetter } from './types.js';
import type { SourceRow } from './source-row.js';
import { isBlankRow } from './source-row.js';
import type { TableBlock } from './find-table-blocks.js';
import type { ColumnRole, HeaderColumn } from './match-header-row.js';
import { realignRow } from './realign-row.js';
import { readMatrixCell } from './read-matrix-cell.js';
import { collapseWhitespace } from './normalise-text.js';

export interface RaciSource {
  /** 'cell': a one-cell RACI; 'list': a Lead/Accountable/Consulted/Informed/Partners column; 'matrix': a party column. */
  kind: 'cell' | 'list' | 'matrix';
  /** The column header. */
  column: string;
  text: string;
  /** 'list': the letter the column stands for. */
  letter?: RaciLetter;
  /** 'matrix': the letters in the cell. */
  letters?: RaciLetter[];
}

export interface PlanRow {
  row: number;
  block: number;
  objective: string;
  task: string;
  /** null when the block has no client-group column. */
  clientGroup: string | null;
  measures: string[];
  raci: RaciSource[];
  /** null when the block has no timescale column. */
  due: string | null;
  /** Cells with content that no column reads, already reported. */
  unread: string[];
}

export interface BlockLayout {
  block: number;
  headerRow: number;
  hasObjectiveColumn: boolean;
  hasClientGroupColumn: boolean;
  /** Which letters the block's columns can say at all. */
  letters: Record<RaciLetter, boolean>;
  matrix: boolean;
  /** The header text of each column the block has, for issues to name. */
  headers: Partial<Record<ColumnRole, string>>;
}

const LIST_LETTER: Partial<Record<ColumnRole, RaciLetter>> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  informed: 'I',
};
/** Headers that hold letters that are not RACI (`R`/`A`/`G` status). */
const NOT_A_PARTY =
  /^(status|rag|rag status|progress|priority|risk|rating|update|comments?|notes?)$/i;
/** A row that only names an objective, in tables with no objective column: `Objective 1: Prevent...`. */
const SECTION_OBJECTIVE =
  /^(?:strategic\s+)?(?:objective|priority|theme|aim)\s*\d*\s*[:.\-\u2013]\s*(.+)$/i;

/** Read every non-blank data row of a block. */
export function readBlockRows(
  block: TableBlock,
  index: number,
): { rows: PlanRow[]; layout: BlockLayout; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const columns = block.columns;
  const first = (role: ColumnRole) => columns.find((column) => column.role === role)?.index;
  const anchors = { raci: first('raci'), due: first('due'), clientGroup: first('clientGroup') };

  const aligned = block.rows
    .filter((row) => !isBlankRow(row))
    .map((row) => {
      const result = realignRow(row.cells, anchors);
      if (result.issue) issues.push({ row: row.row, ...result.issue });
      const fellOff = result.shift > 0 ? row.cells.slice(0, result.shift) : [];
      return { source: row, cells: result.cells, fellOff };
    });

  const parties = findPartyColumns(
    columns,
    aligned.map((row) => row.cells),
  );
  const letters: Record<RaciLetter, boolean> = {
    R:
      parties.length > 0 ||
      anchors.raci !== undefined ||
      columns.some((c) => c.role === 'responsible'),
    A:
      parties.length > 0 ||
      anchors.raci !== undefined ||
      columns.some((c) => c.role === 'accountable'),
    C:
      parties.length > 0 ||
      anchors.raci !== undefined ||
      columns.some((c) => c.role === 'consulted'),
    I:
      parties.length > 0 ||
      anchors.raci !== undefined ||
      columns.some((c) => c.role === 'informed'),
  };
  const layout: BlockLayout = {
    block: index,
    headerRow: block.header.row,
    hasObjectiveColumn: first('objective') !== undefined,
    hasClientGroupColumn: anchors.clientGroup !== undefined,
    letters,
    matrix: parties.length > 0,
    headers: Object.fromEntries(
      [...columns]
        .reverse()
        .flatMap((column) => (column.role ? [[column.role, column.header]] : [])),
    ),
  };

  const notRead = new Map<HeaderColumn, number[]>();
  const rows = aligned.map(({ source, cells, fellOff }) => {
    const section = layout.hasObjectiveColumn ? null : readSectionObjective(cells);
    if (section !== null) return { ...emptyRow(source.row, index), objective: section };
    const planRow = readRow({ source, cells, columns, parties, block: index, issues, notRead });
    for (const cell of fellOff.filter((text) => text.trim() !== '')) {
      planRow.unread.push(cell);
      issues.push({
        row: source.row,
        severity: 'warning',
        code: 'EXTRA_CELL',
        message: `A cell left of the table once the row was realigned holds "${clip(cell)}"; it was not imported.`,
      });
    }
    return planRow;
  });

  for (const [column, rowNumbers] of notRead) {
    issues.push({
      row: block.header.row,
      column: column.header,
      severity: 'warning',
      code: 'COLUMN_NOT_READ',
      message: `The column "${column.header}" is not one the importer reads; its cells on row${rowNumbers.length === 1 ? '' : 's'} ${rowNumbers.join(', ')} were not imported.`,
    });
  }
  return { rows, layout, issues };
}

/** Columns the header does not name whose cells are RACI letters: the parties of a matrix. */
function findPartyColumns(columns: HeaderColumn[], rows: string[][]): HeaderColumn[] {
  return columns.filter((column) => {
    if (column.role !== null || column.header === '' || NOT_A_PARTY.test(column.header))
      return false;
    const filled = rows
      .map((cells) => cells[column.index] ?? '')
      .filter((cell) => cell.trim() !== '');
    const readable = filled.filter((cell) => readMatrixCell(cell) !== null);
    return readable.length > 0 && readable.length * 3 >= filled.length * 2;
  });
}

function readRow(options: {
  source: SourceRow;
  cells: string[];
  columns: HeaderColumn[];
  parties: HeaderColumn[];
  block: number;
  issues: ImportIssue[];
  notRead: Map<HeaderColumn, number[]>;
}): PlanRow {
  const { source, cells, columns, parties, block, issues, notRead } = options;
  const row = emptyRow(source.row, block);
  const width = Math.max(cells.length, columns.length);
  for (let index = 0; index < width; index += 1) {
    const text = cells[index] ?? '';
    const column = columns[index];
    const role = column?.role ?? null;
    if (column && role) {
      readCell(row, column, role, text);
    } else if (column && parties.includes(column)) {
      const letters = readMatrixCell(text);
      if (letters === null) {
        row.unread.push(text);
        issues.push({
          row: source.row,
          column: column.header,
          severity: 'warning',
          code: 'RACI_CELL_UNREADABLE',
          message: `"${clip(text)}" under ${column.header} is not a RACI letter (R, A, C, I or a pair such as A/R); it was not imported.`,
        });
      } else if (letters.length > 0) {
        row.raci.push({ kind: 'matrix', column: column.header, text, letters });
      }
    } else if (text.trim() !== '') {
      row.unread.push(text);
      if (column && column.header !== '') {
        notRead.set(column, [...(notRead.get(column) ?? []), source.row]);
      } else {
        issues.push({
          row: source.row,
          column: `column ${index + 1}`,
          severity: 'warning',
          code: 'EXTRA_CELL',
          message: `Column ${index + 1} has no header but holds "${clip(text)}"; it was not imported.`,
        });
      }
    }
  }
  return row;
}

function emptyRow(row: number, block: number): PlanRow {
  return {
    row,
    block,
    objective: '',
    task: '',
    clientGroup: null,
    measures: [],
    raci: [],
    due: null,
    unread: [],
  };
}

/** The objective named by a row whose only cell reads `Objective 1: ...`, or null. */
function readSectionObjective(cells: string[]): string | null {
  const filled = cells.filter((cell) => cell.trim() !== '');
  if (filled.length !== 1) return null;
  return SECTION_OBJECTIVE.exec(collapseWhitespace(filled[0] ?? ''))?.[1] ?? null;
}

function readCell(row: PlanRow, column: HeaderColumn, role: ColumnRole, text: string): void {
  switch (role) {
    case 'objective':
      row.objective = text;
      return;
    case 'task':
      row.task = text;
      return;
    case 'clientGroup':
      row.clientGroup = text;
      return;
    case 'measure':
      if (text.trim() !== '') row.measures.push(text);
      return;
    case 'due':
      row.due = text;
      return;
    case 'raci':
      if (text.trim() !== '') row.raci.push({ kind: 'cell', column: column.header, text });
      return;
    default: {
      const letter = LIST_LETTER[role];
      if (letter && text.trim() !== '')
        row.raci.push({ kind: 'list', column: column.header, text, letter });
    }
  }
}

function clip(text: string): string {
  const plain = collapseWhitespace(text);
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}
