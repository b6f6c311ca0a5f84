// In a RACI matrix each cell holds letters for one party and one task: `R`, `A/R`, `RA`, `c`.
import type { RaciLetter } from './types.js';

const WORDS: Record<string, RaciLetter> = {
  responsible: 'R',
  accountable: 'A',
  consulted: 'C',
  informed: 'I',
};

/** The letters in a matrix cell, or null when the cell is not RACI letters. A blank cell has none. */
export function readMatrixCell(text: string): RaciLetter[] | null {
  const plain = text.trim();
  if (plain === '') return [];
  const words = plain
    .toLowerCase()
    .split(/[\s/,&+]+/)
    .filter((word) => word !== '');
  if (words.every((word) => word in WORDS))
    return unique(words.map((word) => WORDS[word] as RaciLetter));
  const compact = plain.replace(/[\s/,&+]+/g, '').toUpperCase();
  if (!/^[RACI]{1,4}$/.test(compact)) return null;
  return unique([...compact] as RaciLetter[]);
}

function unique(letters: RaciLetter[]): RaciLetter[] {
  return [...new Set(letters)];
}
