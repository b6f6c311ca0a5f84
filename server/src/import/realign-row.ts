// PDF extraction sometimes slides one row a column or two against its header (the seed's
// "Undertake options appraisal..." row). Cells we can recognise on sight put it back in place.
import type { IssueDraft } from './types.js';
import { parseDueDate } from './parse-due-date.js';

export interface RowAnchors {
  /** Where the header puts the one-cell RACI, the timescale and the client group, when it has them. */
  raci?: number;
  due?: number;
  clientGroup?: number;
}

const TESTS: { anchor: keyof RowAnchors; label: string; test: (cell: string) => boolean }[] = [
  {
    anchor: 'raci',
    label: 'RACI cell',
    test: (cell) => /^\s*(R|A|C|I|Responsible|Accountable|Consulted|Informed)\s*:/i.test(cell),
  },
  {
    anchor: 'due',
    label: 'timescale',
    test: (cell) =>
      cell.trim() !== '' && !['none', 'unparsed'].includes(parseDueDate(cell).due.kind),
  },
  {
    anchor: 'clientGroup',
    label: 'client group "All"',
    test: (cell) => /^\s*(all|all client groups|everyone)\s*$/i.test(cell),
  },
];

const MAX_SHIFT = 3;

/**
 * Find how far a row sits from its header: each anchor that is not where the header says, but is
 * found once elsewhere, votes for a shift; an anchor in place votes for none. The row is realigned
 * only when every vote agrees. `cells[i]` of the result is the cell under header column i.
 */
export function realignRow(
  cells: string[],
  anchors: RowAnchors,
): { cells: string[]; shift: number; issue?: IssueDraft } {
  const votes: { shift: number; label: string; found: number; expected: number }[] = [];
  for (const { anchor, label, test } of TESTS) {
    const expected = anchors[anchor];
    if (expected === undefined) continue;
    if (test(cells[expected] ?? '')) {
      votes.push({ shift: 0, label, found: expected, expected });
      continue;
    }
    const found = cells.flatMap((cell, index) => (test(cell) ? [index] : []));
    if (found.length === 1 && found[0] !== undefined) {
      votes.push({ shift: found[0] - expected, label, found: found[0], expected });
    }
  }
  const first = votes[0];
  if (!first || first.shift === 0 || votes.some((vote) => vote.shift !== first.shift)) {
    return { cells, shift: 0 };
  }
  if (Math.abs(first.shift) > MAX_SHIFT) return { cells, shift: 0 };
  const shift = first.shift;
  const realigned: string[] = [];
  const width = Math.max(cells.length - shift, 0);
  for (let index = 0; index < width; index += 1) realigned.push(cells[index + shift] ?? '');
  const direction = shift < 0 ? 'left' : 'right';
  const count = Math.abs(shift);
  return {
    cells: realigned,
    shift,
    issue: {
      severity: 'warning',
      code: 'ROW_SHIFTED',
      message: `The row sits ${count} column${count === 1 ? '' : 's'} to the ${direction} of its header (its ${first.label} is in column ${first.found + 1}, the header's is column ${first.expected + 1}); it was read realigned with the header. Check the row.`,
    },
  };
}
