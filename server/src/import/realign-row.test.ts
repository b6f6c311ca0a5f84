import { describe, expect, it } from 'vitest';
import { realignRow } from './realign-row.js';

// The seed's block 4 header: an extra empty column, then the usual six.
const anchors = { clientGroup: 3, raci: 5, due: 6 };

describe('realignRow', () => {
  it('leaves a row whose RACI cell is under the RACI header alone', () => {
    const cells = [
      '',
      '',
      'Undertake a review',
      'All',
      'Review completed',
      'R: Team A: Head',
      'June 2023',
    ];
    expect(realignRow(cells, anchors)).toEqual({ cells, shift: 0 });
  });

  it('moves a row two columns to the left back under its header', () => {
    const cells = [
      'Undertake options appraisal',
      'All',
      'Framework produced',
      'R: Team A: Head',
      'April 2024',
      '',
    ];
    const result = realignRow(cells, anchors);
    expect(result.cells).toEqual([
      '',
      '',
      'Undertake options appraisal',
      'All',
      'Framework produced',
      'R: Team A: Head',
      'April 2024',
      '',
    ]);
  });

  it('warns ROW_SHIFTED with the direction and distance', () => {
    const cells = [
      'Undertake options appraisal',
      'All',
      'Framework produced',
      'R: Team A: Head',
      'April 2024',
    ];
    const { issue } = realignRow(cells, anchors);
    expect([issue?.code, issue?.severity, issue?.message]).toEqual([
      'ROW_SHIFTED',
      'warning',
      expect.stringContaining('2 columns to the left'),
    ]);
  });

  it('moves a row one column to the right back under its header', () => {
    const cells = ['', 'Objective', 'Task', 'All', 'Measure', 'R: Team', 'June 2023'];
    const result = realignRow(cells, { clientGroup: 2, raci: 4, due: 5 });
    expect([result.shift, result.cells]).toEqual([
      1,
      ['Objective', 'Task', 'All', 'Measure', 'R: Team', 'June 2023'],
    ]);
  });

  it('uses the timescale when there is no RACI cell', () => {
    expect(realignRow(['Task', 'Lead team', 'June 2023'], { due: 3 }).shift).toBe(-1);
  });

  it('does not move a row when its anchors disagree', () => {
    const cells = ['Task', 'All', 'Measure', 'R: Team', '', 'June 2023'];
    expect(realignRow(cells, { clientGroup: 1, raci: 4, due: 5 }).shift).toBe(0);
  });
});
