// Markdown plans: pipe tables (`| a | b |` with a `|---|` line under the header). Lines outside
// tables are kept as prose rows so a glossary written as a list is still found, and nothing is lost.
import type { SourceRow } from './source-row.js';
import { normaliseCellText } from './normalise-text.js';

/** The `|---|:--|` line under a table's header (one dash a cell is enough), or a `---` rule. */
const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** Table lines become rows of cells; the `|---|` separator is dropped; other lines become prose rows. */
export function readMarkdown(text: string): SourceRow[] {
  const rows: SourceRow[] = [];
  normaliseCellText(text)
    .split('\n')
    .forEach((line, index) => {
      const row = index + 1;
      if (SEPARATOR.test(line) && (line.includes('|') || /-{3,}/.test(line))) return;
      if (/^\s*\|/.test(line)) {
        rows.push({ row, cells: splitTableLine(line) });
      } else {
        rows.push({ row, cells: [line.trim()], outsideTable: true });
      }
    });
  return rows;
}

function splitTableLine(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) =>
    cell
      .replace(/\\\|/g, '|')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/\*\*(.*?)\*\*|__(.*?)__/g, '$1$2')
      .trim(),
  );
}
