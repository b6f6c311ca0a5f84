import { describe, expect, it } from 'vitest';
import { chooseFormat } from './choose-format.js';
import { PlanFormatError } from './plan-format-error.js';

const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('chooseFormat', () => {
  it.each([
    ['plan.tsv', 'tsv'],
    ['plan.TSV', 'tsv'],
    ['plan.csv', 'csv'],
    ['plan.md', 'markdown'],
    ['plan.markdown', 'markdown'],
  ])('chooses by the extension of %s', (fileName, format) => {
    expect(chooseFormat('a\tb', { fileName })).toBe(format);
  });

  it('chooses xlsx for an .xlsx zip', () => {
    expect(chooseFormat(zip, { fileName: 'plan.xlsx' })).toBe('xlsx');
  });

  it('sniffs a zip with no extension as xlsx', () => {
    expect(chooseFormat(zip, { fileName: 'plan' })).toBe('xlsx');
  });

  it('sniffs a markdown table in a .txt file', () => {
    expect(chooseFormat('| a | b |\n|---|---|\n| 1 | 2 |', { fileName: 'plan.txt' })).toBe(
      'markdown',
    );
  });

  it('sniffs tabs as TSV', () => {
    expect(chooseFormat('Task\tLead, partners', { fileName: 'plan.txt' })).toBe('tsv');
  });

  it('sniffs commas without tabs as CSV', () => {
    expect(chooseFormat('Task,Lead\nDo X,Team', { fileName: 'plan.txt' })).toBe('csv');
  });

  it('refuses an old .xls workbook with UNSUPPORTED_FORMAT', () => {
    expect(() => chooseFormat(new Uint8Array([0xd0, 0xcf]), { fileName: 'plan.xls' })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }),
    );
  });

  it('refuses an .xlsx file that is not a zip', () => {
    expect(() => chooseFormat('Task,Lead', { fileName: 'plan.xlsx' })).toThrow(PlanFormatError);
  });
});
