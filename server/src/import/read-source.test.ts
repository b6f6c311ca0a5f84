import { describe, expect, it } from 'vitest';
import { readSource } from './read-source.js';

const isHeaderRow = () => true;

describe('readSource', () => {
  it('reads a TSV file into rows', async () => {
    const source = await readSource(new TextEncoder().encode('Task\tLead\nDo X\tTeam'), {
      fileName: 'plan.tsv',
      isHeaderRow,
    });
    expect([source.format, source.rows.map((r) => r.cells)]).toEqual([
      'tsv',
      [
        ['Task', 'Lead'],
        ['Do X', 'Team'],
      ],
    ]);
  });

  it('reads a CSV string into rows', async () => {
    const source = await readSource('Task,Lead\nDo X,Team', { fileName: 'plan.csv', isHeaderRow });
    expect(source.rows[1]?.cells).toEqual(['Do X', 'Team']);
  });

  it('reads a Markdown file into rows', async () => {
    const source = await readSource('| Task |\n|---|\n| Do X |', {
      fileName: 'plan.md',
      isHeaderRow,
    });
    expect([source.format, source.rows.map((r) => r.row)]).toEqual(['markdown', [1, 3]]);
  });

  it('throws UNSUPPORTED_FORMAT for a zip that is not a workbook', async () => {
    const notABook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    await expect(
      readSource(notABook, { fileName: 'plan.xlsx', isHeaderRow }),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
    });
  });
});
