// XLSX plans, read with exceljs: the first sheet that has a header row, each cell as the text a
// reader sees (rich text joined, formula results, dates as YYYY-MM-DD so they read as months).
import ExcelJS from 'exceljs';
import { isBlankRow, type SourceRow } from './source-row.js';
import { normaliseCellText } from './normalise-text.js';

export interface ReadWorkbookOptions {
  /** Decides which sheet holds the plan: the first with a row this accepts. */
  isHeaderRow: (cells: string[]) => boolean;
}

/** The rows of the plan's sheet (1-based sheet rows), or of the first sheet when none has a header row, and the names of the other sheets that hold anything. */
export async function readWorkbook(
  bytes: Uint8Array,
  options: ReadWorkbookOptions,
): Promise<{ sheetName: string; rows: SourceRow[]; otherSheets: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  const sheets = workbook.worksheets.map((sheet) => ({
    sheetName: sheet.name,
    rows: readSheet(sheet),
  }));
  const chosen = sheets.find((sheet) => sheet.rows.some((row) => options.isHeaderRow(row.cells))) ??
    sheets[0] ?? { sheetName: '', rows: [] };
  const otherSheets = sheets
    .filter((sheet) => sheet !== chosen && sheet.rows.some((row) => !isBlankRow(row)))
    .map((sheet) => sheet.sheetName);
  return { ...chosen, otherSheets };
}

function readSheet(sheet: ExcelJS.Worksheet): SourceRow[] {
  const rows: SourceRow[] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, 0); column += 1) {
      const cell = row.getCell(column);
      const isMergedCopy = cell.isMerged && cell.master.address !== cell.address;
      cells.push(isMergedCopy ? '' : normaliseCellText(cellText(cell.value)));
    }
    while (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells.pop();
    rows.push({ row: rowNumber, cells });
  }
  return rows;
}

/** The text of a cell value of any kind exceljs returns. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: unknown }) => cellText(part.text)).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: unknown }).result);
  }
  if ('hyperlink' in value && 'text' in value) return cellText(value.text);
  if ('error' in value) return String(value.error);
  if ('text' in value) return cellText(value.text);
  return '';
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${date.getUTCFullYear()}-${month}-${day}`;
}
