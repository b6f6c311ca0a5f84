import { describe, expect, it } from 'vitest';
import { findTruncatedMeasures } from './find-truncated-measures.js';

describe('findTruncatedMeasures', () => {
  it('warns about a measure that is the start of a longer measure elsewhere in the plan', () => {
    const issues = findTruncatedMeasures([
      { row: 15, measures: ['Additional units of temporary'] },
      { row: 35, measures: ['Additional units of temporary accommodation are delivered'] },
    ]);
    expect(issues.map((i) => [i.row, i.severity, i.code])).toEqual([
      [15, 'warning', 'MEASURE_TRUNCATED'],
    ]);
  });

  it('names the longer measure and its row in the message', () => {
    const [issue] = findTruncatedMeasures([
      { row: 15, measures: ['Additional units of temporary'] },
      { row: 35, measures: ['Additional units of temporary accommodation are delivered'] },
    ]);
    expect(issue?.message).toContain('row 35');
  });

  it('warns about a measure that ends on a joining word', () => {
    expect(
      findTruncatedMeasures([{ row: 3, measures: ['Increase in the number of'] }])[0]?.code,
    ).toBe('MEASURE_TRUNCATED');
  });

  it('does not warn about a complete measure', () => {
    expect(
      findTruncatedMeasures([{ row: 3, measures: ['Number of referrals into relevant services'] }]),
    ).toEqual([]);
  });
});
