// Every reader (TSV, CSV, XLSX, Markdown) turns its file into the same rows of text cells, so
// the plan reading that follows does not care where the table came from.

export interface SourceRow {
  /** 1-based line (text formats, the line a multi-line record starts on) or sheet row (xlsx). */
  row: number;
  cells: string[];
  /** Markdown only: a line of prose outside any table, held whole in cells[0]. */
  outsideTable?: boolean;
}

/** True when every cell is empty or whitespace. */
export function isBlankRow(row: SourceRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}
