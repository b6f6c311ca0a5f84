// CSV for every table the client exports. Cells that a spreadsheet would run as a formula
// (starting with = + - @, or a tab or carriage return) get a leading apostrophe, so a task
// title such as "=HYPERLINK(...)" cannot execute when a planner opens the file.

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a text cell a spreadsheet would otherwise read as a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are data, not formulas: -3 stays a number.
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends: a header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
