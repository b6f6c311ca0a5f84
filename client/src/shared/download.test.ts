import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('fileNameFor', () => {
  it('makes a dated, lower-case file name from a title', () => {
    expect(
      fileNameFor(
        'RACI matrix: Rough Sleepers & Refugees',
        'csv',
        new Date('2024-05-01T10:00:00Z'),
      ),
    ).toBe('raci-matrix-rough-sleepers-and-refugees-2024-05-01.csv');
  });
});
