import { describe, expect, it } from 'vitest';
import { readMatrixCell } from './read-matrix-cell.js';

describe('readMatrixCell', () => {
  it.each([
    ['R', ['R']],
    ['A', ['A']],
    ['A/R', ['A', 'R']],
    ['R/A', ['R', 'A']],
    ['RA', ['R', 'A']],
    ['c', ['C']],
    ['C, I', ['C', 'I']],
    ['Responsible', ['R']],
  ])('reads "%s"', (cell, letters) => {
    expect(readMatrixCell(cell)).toEqual(letters);
  });

  it('reads a blank cell as no letters', () => {
    expect(readMatrixCell(' ')).toEqual([]);
  });

  it('returns null for a cell that is not RACI letters', () => {
    expect(readMatrixCell('Yes')).toBeNull();
  });
});
