import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, readWorkbook } from './read-workbook.js';

const isHeaderRow = (cells: string[]) => cells.includes('Task');

async function book(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readWorkbook', () => {
  it('reads the first sheet with a header row and names the others', async () => {
    const bytes = await book((workbook) => {
      workbook.addWorksheet('Cover').addRow(['Action plan']);
      workbook.addWorksheet('Plan').addRows([
        ['Task', 'Lead'],
        ['Do X', 'Team'],
      ]);
    });
    const sheet = await readWorkbook(bytes, { isHeaderRow });
    expect(sheet).toEqual({
      sheetName: 'Plan',
      rows: [
        { row: 1, cells: ['Task', 'Lead'] },
        { row: 2, cells: ['Do X', 'Team'] },
      ],
      otherSheets: ['Cover'],
    });
  });

  it('falls back to the first sheet when none has a header row', async () => {
    const bytes = await book((workbook) => workbook.addWorksheet('Only').addRow(['Notes']));
    expect((await readWorkbook(bytes, { isHeaderRow })).sheetName).toBe('Only');
  });

  it('leaves the copies of a merged cell empty', async () => {
    const bytes = await book((workbook) => {
      const sheet = workbook.addWorksheet('Plan');
      sheet.addRows([['Task', 'Lead', 'Due'], ['Wide task']]);
      sheet.mergeCells('A2:B2');
    });
    expect((await readWorkbook(bytes, { isHeaderRow })).rows[1]?.cells).toEqual(['Wide task']);
  });
});

describe('cellText', () => {
  it('reads rich text as its plain text', () => {
    expect(cellText({ richText: [{ text: 'a ' }, { text: 'b' }] })).toBe('a b');
  });

  it('reads a formula as its result', () => {
    expect(cellText({ formula: 'A1', result: 'x' })).toBe('x');
  });

  it('reads a hyperlink as its text', () => {
    expect(cellText({ text: 'Council site', hyperlink: 'https://example.org' })).toBe(
      'Council site',
    );
  });

  it('reads a date as YYYY-MM-DD in UTC', () => {
    expect(cellText(new Date(Date.UTC(2024, 2, 31)))).toBe('2024-03-31');
  });

  it('reads numbers and empty cells', () => {
    expect([cellText(10), cellText(null)]).toEqual(['10', '']);
  });

  it('reads an error as its code', () => {
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});
