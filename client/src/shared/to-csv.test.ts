import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['1', 2]])).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes cells holding commas, quotes or line breaks', () => {
    expect(toCsv(['x'], [['Health, Wellbeing'], ['say "hi"'], ['two\nlines']])).toBe(
      'x\r\n"Health, Wellbeing"\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    );
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2+3'], ['@SUM(A1)']]);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://evil"")"`,
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
    ]);
  });

  it('leaves real numbers alone, negative ones too', () => {
    expect(toCsv(['n'], [[-3]])).toBe('n\r\n-3\r\n');
  });

  it('writes empty cells for missing values', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, false]])).toBe('a,b,c\r\n,,false\r\n');
  });
});

describe('neutraliseFormula', () => {
  it('also catches a leading tab or carriage return', () => {
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('Rough sleepers')).toBe('Rough sleepers');
  });
});
