import { describe, expect, it } from 'vitest';
import { isBlankRow } from './source-row.js';

describe('isBlankRow', () => {
  it('is true for a row of empty and whitespace cells', () => {
    expect(isBlankRow({ row: 1, cells: ['', ' ', '\t'] })).toBe(true);
  });

  it('is false for a row with any text', () => {
    expect(isBlankRow({ row: 1, cells: ['', 'x'] })).toBe(false);
  });
});
