import { describe, expect, it } from 'vitest';
import { splitMeasures } from './split-measures.js';

describe('splitMeasures', () => {
  it('splits measures separated by two or more spaces', () => {
    expect(
      splitMeasures(
        'Review completed and recommendations implemented  Increase in Housing Benefit recovery rates',
      ).measures,
    ).toEqual([
      'Review completed and recommendations implemented',
      'Increase in Housing Benefit recovery rates',
    ]);
  });

  it('splits on bullets', () => {
    expect(
      splitMeasures('\u2022 Fewer evictions \u2022 More tenancies sustained').measures,
    ).toEqual(['Fewer evictions', 'More tenancies sustained']);
  });

  it('splits on hyphen and star bullets at the start of lines', () => {
    expect(splitMeasures('- Fewer evictions\n* More tenancies sustained').measures).toEqual([
      'Fewer evictions',
      'More tenancies sustained',
    ]);
  });

  it('splits on semicolons', () => {
    expect(splitMeasures('Plan adopted; Staff trained').measures).toEqual([
      'Plan adopted',
      'Staff trained',
    ]);
  });

  it('does not split on a hyphen inside a word', () => {
    expect(splitMeasures('Clear pathways for access and move-on').measures).toEqual([
      'Clear pathways for access and move-on',
    ]);
  });

  it('splits measures run together with single spaces before a measure word, with a warning', () => {
    const result = splitMeasures(
      'Housing Enabling Strategy adopted Increase in the provision of affordable housing Range of accommodation options available to meet variety of needs',
    );
    expect([result.measures, result.issues.map((i) => [i.severity, i.code])]).toEqual([
      [
        'Housing Enabling Strategy adopted',
        'Increase in the provision of affordable housing',
        'Range of accommodation options available to meet variety of needs',
      ],
      [['warning', 'MEASURES_RUN_TOGETHER']],
    ]);
  });

  it('does not split before a capitalised name', () => {
    expect(
      splitMeasures('Reduction in the number of people sleeping rough in Worcester City').measures,
    ).toEqual(['Reduction in the number of people sleeping rough in Worcester City']);
  });

  it('does not split a measure word that follows a joining word', () => {
    expect(
      splitMeasures('Staff have access to Regular supervision sessions').measures,
    ).toHaveLength(1);
  });

  it('keeps a full stop at the end of a measure', () => {
    expect(
      splitMeasures('Families only placed in B&B as emergency provision.  No families stay long')
        .measures,
    ).toEqual(['Families only placed in B&B as emergency provision.', 'No families stay long']);
  });

  it('returns no measures for a blank cell', () => {
    expect(splitMeasures('  ').measures).toEqual([]);
  });
});
