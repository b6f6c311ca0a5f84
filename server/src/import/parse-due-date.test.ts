import { describe, expect, it } from 'vitest';
import { parseDueDate } from './parse-due-date.js';

function span(raw: string, options = {}) {
  const { due } = parseDueDate(raw, options);
  return [due.kind, due.start, due.end];
}

describe('parseDueDate', () => {
  it('reads a month written in full', () => {
    expect(span('December 2023')).toEqual(['month', '2023-12', '2023-12']);
  });

  it('reads an abbreviated month', () => {
    expect(span('Dec 2023')).toEqual(['month', '2023-12', '2023-12']);
  });

  it('reads Jun-23 as June 2023', () => {
    expect(span('Jun-23')).toEqual(['month', '2023-06', '2023-06']);
  });

  it('reads 06/2023 as June 2023', () => {
    expect(span('06/2023')).toEqual(['month', '2023-06', '2023-06']);
  });

  it('reads 2023-06 as June 2023', () => {
    expect(span('2023-06')).toEqual(['month', '2023-06', '2023-06']);
  });

  it('reads a full date to its month, day first as in the UK', () => {
    expect(span('30/06/2023')).toEqual(['month', '2023-06', '2023-06']);
  });

  it('reads an ISO date, as Excel date cells are written out, to its month', () => {
    expect(span('2023-06-01')).toEqual(['month', '2023-06', '2023-06']);
  });

  it('ignores a leading "by" or "end of"', () => {
    expect(span('By end of March 2024')).toEqual(['month', '2024-03', '2024-03']);
  });

  it('reads a range written without spaces around the dash', () => {
    expect(span('April 2024-March 2025')).toEqual(['range', '2024-04', '2025-03']);
  });

  it('reads a range written with spaces around the dash', () => {
    expect(span('April 2024 - March 2025')).toEqual(['range', '2024-04', '2025-03']);
  });

  it('reads a range written with an en dash', () => {
    expect(span('April 2024 \u2013 March 2025')).toEqual(['range', '2024-04', '2025-03']);
  });

  it('takes the year of a range start from its end when the start has none', () => {
    expect(span('November to February 2025')).toEqual(['range', '2024-11', '2025-02']);
  });

  it('reads Q2 2024 as the calendar quarter April to June 2024', () => {
    expect(span('Q2 2024')).toEqual(['quarter', '2024-04', '2024-06']);
  });

  it('says when it assumed a calendar quarter', () => {
    expect(parseDueDate('Q2 2024').issue?.code).toBe('DUE_CALENDAR_QUARTER');
  });

  it('reads Q2 2024/25 as the financial-year quarter July to September 2024', () => {
    expect(span('Q2 2024/25')).toEqual(['quarter', '2024-07', '2024-09']);
  });

  it('reads Q4 of a financial year as January to March of its second year', () => {
    expect(span('Q4 2024/25')).toEqual(['quarter', '2025-01', '2025-03']);
  });

  it('reads 2024/25 as the financial year April 2024 to March 2025', () => {
    expect(span('2024/25')).toEqual(['financial-year', '2024-04', '2025-03']);
  });

  it('reads 2024-25 as a financial year, not as a month', () => {
    expect(span('2024-25')).toEqual(['financial-year', '2024-04', '2025-03']);
  });

  it('reads FY24/25 as a financial year', () => {
    expect(span('FY24/25')).toEqual(['financial-year', '2024-04', '2025-03']);
  });

  it('reads Year 1 from the plan start year as a financial year', () => {
    expect(span('Year 1', { startYear: 2023 })).toEqual(['financial-year', '2023-04', '2024-03']);
  });

  it('reads Year 2 as the second financial year of the plan', () => {
    expect(span('Year 2', { startYear: 2023 })).toEqual(['financial-year', '2024-04', '2025-03']);
  });

  it('reads Years 1-3 as a range over the first three plan years', () => {
    expect(span('Years 1-3', { startYear: 2023 })).toEqual(['range', '2023-04', '2026-03']);
  });

  it('leaves Year 1 unparsed with a warning when no start year is given', () => {
    const result = parseDueDate('Year 1');
    expect([result.due.kind, result.issue?.severity, result.issue?.code]).toEqual([
      'unparsed',
      'warning',
      'DUE_NEEDS_START_YEAR',
    ]);
  });

  it('reads Ongoing as ongoing with an info issue', () => {
    const result = parseDueDate('Ongoing');
    expect([result.due.kind, result.issue?.severity]).toEqual(['ongoing', 'info']);
  });

  it('reads Continuous and Throughout as ongoing', () => {
    expect([span('Continuous')[0], span('Throughout the plan')[0]]).toEqual(['ongoing', 'ongoing']);
  });

  it('reads a blank cell as no date with an info issue NO_DUE_DATE', () => {
    const result = parseDueDate('  ');
    expect([result.due.kind, result.issue?.code, result.issue?.severity]).toEqual([
      'none',
      'NO_DUE_DATE',
      'info',
    ]);
  });

  it('keeps anything else unparsed with a warning and the text as written', () => {
    const result = parseDueDate('When funding allows');
    expect([result.due, result.issue?.code]).toEqual([
      { raw: 'When funding allows', kind: 'unparsed', start: null, end: null },
      'DUE_UNPARSED',
    ]);
  });

  it('keeps the raw text exactly as written', () => {
    expect(parseDueDate(' Jun-23 ').due.raw).toBe(' Jun-23 ');
  });

  it('rejects a month number above twelve', () => {
    expect(span('13/2023')[0]).toBe('unparsed');
  });

  it('reads a bare year as January to December of that year', () => {
    expect(span('2024')).toEqual(['range', '2024-01', '2024-12']);
  });

  it('warns about a range that ends before it starts', () => {
    expect(parseDueDate('March 2025 - April 2024').issue?.code).toBe('DUE_RANGE_REVERSED');
  });

  it('reads an Excel day number whose date format was lost, with an info issue', () => {
    const result = parseDueDate('45078');
    expect([result.due.kind, result.due.start, result.issue?.code]).toEqual([
      'month',
      '2023-06',
      'DUE_EXCEL_SERIAL',
    ]);
  });
});
