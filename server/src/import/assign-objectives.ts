// In an extracted plan the objective is a merged cell that lands on one row of its block (often
// a middle one), sometimes split over two rows; this gives every row of the block its objective.
import type { ImportIssue, ParsedPlan } from './types.js';
import { collapseWhitespace } from './normalise-text.js';
import { joinBrokenHyphens } from './join-broken-hyphens.js';
import { toNameKey } from './name-key.js';

export interface ObjectiveCell {
  row: number;
  block: number;
  /** The objective cell as written ('' when blank). */
  objective: string;
}

export interface BlockInfo {
  block: number;
  headerRow: number;
  hasObjectiveColumn: boolean;
}

interface Entry {
  title: string;
  rows: number[];
}

const JOINING_END = new Set('and or of the to for with including in a an'.split(' '));

/**
 * Give each row its objective title. Within a block, a row takes the nearest objective written at
 * or above it, and rows above the first take the first. An objective continued on the next row
 * (the second part starts lower case or with "and", or the first part ends mid-phrase) is joined.
 * A block with no objective continues the previous block's. Blocks with the same title (compared
 * on toNameKey) are one objective, in order of first appearance.
 */
export function assignObjectives(options: { cells: ObjectiveCell[]; blocks: BlockInfo[] }): {
  objectiveOf: Map<number, string | null>;
  objectives: ParsedPlan['objectives'];
  issues: ImportIssue[];
} {
  const issues: ImportIssue[] = [];
  const objectiveOf = new Map<number, string | null>();
  const byKey = new Map<string, { title: string; order: number; rows: number[] }>();
  let previous: string | null = null;

  for (const block of options.blocks) {
    const cells = options.cells.filter((cell) => cell.block === block.block);
    const entries = readEntries(cells, issues);
    const titles = entries.map((entry) => {
      const key = toNameKey(entry.title);
      const known = byKey.get(key);
      if (known) {
        known.rows.push(...entry.rows.filter((row) => !known.rows.includes(row)));
        return known.title;
      }
      byKey.set(key, { title: entry.title, order: byKey.size + 1, rows: [...entry.rows] });
      return entry.title;
    });
    if (entries.length === 0 && cells.length > 0) {
      issues.push(missingObjective(block, previous));
    }
    for (const cell of cells) {
      const at = entries.findLastIndex((entry) => (entry.rows[0] ?? 0) <= cell.row);
      objectiveOf.set(cell.row, titles[Math.max(at, 0)] ?? previous);
    }
    previous = titles[titles.length - 1] ?? previous;
  }
  return { objectiveOf, objectives: [...byKey.values()], issues };
}

function readEntries(cells: ObjectiveCell[], issues: ImportIssue[]): Entry[] {
  const entries: Entry[] = [];
  for (const cell of cells) {
    const text = cleanTitle(cell.objective);
    if (text === '') continue;
    const last = entries[entries.length - 1];
    if (last && continues(last.title, text)) {
      const firstRow = last.rows[0] ?? cell.row;
      last.title = `${last.title} ${text}`;
      last.rows.push(cell.row);
      issues.push({
        row: cell.row,
        severity: 'warning',
        code: 'OBJECTIVE_JOINED',
        message: `The objective is written over rows ${firstRow} and ${cell.row}; they are read as one: "${last.title}".`,
      });
      continue;
    }
    entries.push({ title: text, rows: [cell.row] });
  }
  for (const entry of entries) {
    const { text: title, joined } = joinBrokenHyphens(entry.title);
    if (joined.length > 0) {
      issues.push({
        row: entry.rows[0] ?? null,
        severity: 'info',
        code: 'HYPHEN_JOINED',
        message: `Joined a word broken by a line break in the objective: ${joined.join(', ')}.`,
      });
    }
    entry.title = title;
  }
  return entries;
}

function cleanTitle(text: string): string {
  const plain = collapseWhitespace(text);
  const quotes = (plain.match(/"/g) ?? []).length;
  return quotes % 2 === 1 ? plain.replace(/^"|"$/g, '').trim() : plain;
}

/** The second part carries on the first: it starts lower case or with a joining word, or the first stops mid-phrase. */
function continues(first: string, second: string): boolean {
  if (/^\p{Ll}/u.test(second) || /^(and|&|or|of|to|for|with|including|in)\b/i.test(second)) {
    return true;
  }
  const lastWord = first.split(' ').pop()?.toLowerCase() ?? '';
  return /[,;:&\-\u2013]$/.test(first) || JOINING_END.has(lastWord);
}

function missingObjective(block: BlockInfo, previous: string | null): ImportIssue {
  if (previous !== null) {
    return {
      row: block.headerRow,
      severity: 'warning',
      code: 'OBJECTIVE_INHERITED',
      message: `The block under the header on row ${block.headerRow} names no objective; its tasks are read under the previous block's, "${previous}".`,
    };
  }
  if (!block.hasObjectiveColumn) {
    return {
      row: block.headerRow,
      severity: 'info',
      code: 'NO_OBJECTIVE_COLUMN',
      message: `The table under the header on row ${block.headerRow} has no objective column; its tasks have no objective.`,
    };
  }
  return {
    row: block.headerRow,
    severity: 'warning',
    code: 'NO_OBJECTIVE',
    message: `The block under the header on row ${block.headerRow} names no objective and none comes before it; its tasks have no objective.`,
  };
}
