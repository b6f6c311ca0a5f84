// Plans end with a glossary of abbreviations (`CLT - Corporate Leadership Team`, two or more to
// a line); the abbreviations are how run-together party names get split and aliases get made.
import type { GlossaryEntry, ImportIssue } from './types.js';
import { collapseWhitespace, normaliseCellText } from './normalise-text.js';

export interface GlossaryLine {
  entries: { abbreviation: string; fullName: string }[];
  /** Pieces of the line that were not an entry. */
  unread: string[];
}

/** An abbreviation: one word with at least two capitals (`CLT`, `RPs`, `H&WBBoard`, `SWR&BS`). */
const ABBREVIATION = "[A-Za-z0-9][A-Za-z0-9&'./+]*";
const SEPARATOR = '\\s*(?:-|\u2013|\u2014|:|=)\\s*';
const ENTRY_START = new RegExp(`(?:^|\\s)(${ABBREVIATION})${SEPARATOR}(?=\\S)`, 'g');

/** True for a word that reads as an abbreviation: no spaces, two or more capital letters. */
export function isAbbreviation(text: string): boolean {
  return (
    new RegExp(`^${ABBREVIATION}$`).test(text) &&
    (text.match(/\p{Lu}/gu) ?? []).length >= 2 &&
    text.length <= 15
  );
}

/**
 * True for a heading that opens a glossary: `Glossary`, `### **Glossary of Abbreviations**`,
 * `Appendix 2: Glossary`, `Abbreviations`, `List of acronyms`. Not for prose that mentions one.
 */
export function isGlossaryHeading(text: string): boolean {
  const plain = collapseWhitespace(text.replace(/[#*_|]/g, ' '))
    .toLowerCase()
    .replace(/[:.]+$/, '');
  return (
    /^(appendix\s*[\w]*\s*[:.\-\u2013]?\s*)?glossary( of [\w\s&]+)?$/.test(plain) ||
    /^(list of |key to )?(abbreviations|acronyms)( used| and terms| and glossary)?$/.test(plain)
  );
}

/** Read a separate glossary file: every line, entries as `ABC - Full name`, `ABC: Full name` or tab-separated pairs. */
export function parseGlossary(text: string): GlossaryEntry[] {
  return readGlossaryFile(text).entries;
}

/** As parseGlossary, with an issue for each line that held no entry. */
export function readGlossaryFile(text: string): {
  entries: GlossaryEntry[];
  issues: ImportIssue[];
} {
  const entries: GlossaryEntry[] = [];
  const issues: ImportIssue[] = [];
  normaliseCellText(text)
    .split('\n')
    .forEach((line, index) => {
      const row = index + 1;
      if (line.trim() === '' || isGlossaryHeading(line) || isTableFurniture(line)) return;
      const cells = line.includes('|') ? line.split('|') : line.split('\t');
      const read = readGlossaryLine(cells.join('\t'));
      for (const entry of read.entries) entries.push({ ...entry, row, origin: 'glossary-file' });
      if (read.unread.length > 0) {
        issues.push({
          row,
          severity: 'warning',
          code: 'GLOSSARY_LINE_UNREAD',
          message: `Could not read "${read.unread.join('", "')}" as "ABBREVIATION - Full name"; it was not added to the glossary.`,
        });
      }
    });
  return { entries, issues };
}

/** A markdown table's separator line or its `| Abbreviation | Meaning |` header. */
function isTableFurniture(line: string): boolean {
  if (/^\s*\|?\s*:?-+:?\s*\|/.test(line) || /^\s*-{3,}\s*$/.test(line)) return true;
  const first =
    line
      .replace(/^\s*\|/, '')
      .split('|')[0]
      ?.trim()
      .toLowerCase() ?? '';
  return line.includes('|') && /^(abbreviations?|abbr\.?|acronyms?|terms?)$/.test(first);
}

/**
 * Read the entries on one line. Tabs (or table cells joined with tabs) separate cells; a cell
 * may hold several `ABC - Full name` entries, and a cell holding only an abbreviation takes the
 * next cell as its full name.
 */
export function readGlossaryLine(line: string): GlossaryLine {
  const cells = line
    .split('\t')
    .map((cell) => cleanCell(cell))
    .filter((cell) => cell !== '');
  const result: GlossaryLine = { entries: [], unread: [] };
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] ?? '';
    const next = cells[index + 1];
    const inCell = readEntries(cell);
    if (inCell.length > 0) {
      result.entries.push(...inCell);
    } else if (isAbbreviation(cell) && next !== undefined && readEntries(next).length === 0) {
      result.entries.push({ abbreviation: cell, fullName: cleanFullName(next) });
      index += 1;
    } else {
      result.unread.push(cell);
    }
  }
  return result;
}

function cleanCell(cell: string): string {
  return collapseWhitespace(
    cell
      .replace(/\*\*|__/g, '')
      .replace(/^\s*(?:[-*\u2022\u00b7]|\d+[.)])\s+/, '')
      .replace(/^["']+|["']+$/g, ''),
  );
}

function cleanFullName(text: string): string {
  return collapseWhitespace(text)
    .replace(/^["'\s]+|["'\s.,;]+$/g, '')
    .trim();
}

/** Every `ABC - Full name` in a cell, split where the next abbreviation and separator start. */
function readEntries(cell: string): { abbreviation: string; fullName: string }[] {
  const starts: { index: number; abbreviation: string; bodyStart: number }[] = [];
  for (const match of cell.matchAll(ENTRY_START)) {
    const abbreviation = match[1] ?? '';
    if (!isAbbreviation(abbreviation)) continue;
    const index = match.index + match[0].indexOf(abbreviation);
    starts.push({ index, abbreviation, bodyStart: match.index + match[0].length });
  }
  if (starts.length === 0 || starts[0]?.index !== 0) return [];
  return starts
    .map((start, position) => ({
      abbreviation: start.abbreviation,
      fullName: cleanFullName(
        cell.slice(start.bodyStart, starts[position + 1]?.index ?? cell.length),
      ),
    }))
    .filter((entry) => entry.fullName !== '');
}
