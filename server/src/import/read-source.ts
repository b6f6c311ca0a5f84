// From the bytes or text of a plan file to rows of cells, whatever the format: the one place
// that knows about file formats.
import type { ImportIssue } from './types.js';
import type { SourceRow } from './source-row.js';
import { chooseFormat, type PlanFileFormat } from './choose-format.js';
import { decodeText } from './decode-text.js';
import { readDelimited } from './read-delimited.js';
import { readMarkdown } from './read-markdown.js';
import { readWorkbook } from './read-workbook.js';
import { PlanFormatError } from './plan-format-error.js';

export interface Source {
  format: PlanFileFormat;
  rows: SourceRow[];
  issues: ImportIssue[];
  /** xlsx only: the sheet the plan was read from. */
  sheetName?: string;
}

export interface ReadSourceOptions {
  fileName: string;
  /** For workbooks: the plan is on the first sheet with a row this accepts. */
  isHeaderRow: (cells: string[]) => boolean;
}

/** Read a plan file into rows; throws PlanFormatError when the file as a whole cannot be read. */
export async function readSource(
  input: Uint8Array | string,
  options: ReadSourceOptions,
): Promise<Source> {
  const { fileName } = options;
  const format = chooseFormat(input, { fileName });
  if (format === 'xlsx') {
    const bytes = input as Uint8Array;
    let sheet: Awaited<ReturnType<typeof readWorkbook>>;
    try {
      sheet = await readWorkbook(bytes, { isHeaderRow: options.isHeaderRow });
    } catch (error) {
      throw new PlanFormatError({
        code: 'UNSUPPORTED_FORMAT',
        fileName,
        message: `could not be opened as an Excel workbook (${error instanceof Error ? error.message : String(error)}). Open it in Excel, save it again as .xlsx, and import that file.`,
      });
    }
    if (sheet.rows.every((row) => row.cells.every((cell) => cell.trim() === ''))) {
      throw new PlanFormatError({
        code: 'EMPTY_FILE',
        fileName,
        message: 'is a workbook with no text in any cell. Check that the right file was given.',
      });
    }
    const issues: ImportIssue[] = sheet.otherSheets.map((name) => ({
      row: null,
      severity: 'info',
      code: 'SHEET_NOT_READ',
      message: `The plan was read from the sheet "${sheet.sheetName}"; the sheet "${name}" was not read.`,
    }));
    return { format, rows: sheet.rows, issues, sheetName: sheet.sheetName };
  }
  const text = decodeText(input, { fileName });
  if (format === 'markdown') return { format, rows: readMarkdown(text), issues: [] };
  return { format, ...readDelimited(text, { delimiter: format === 'csv' ? ',' : '\t' }) };
}
