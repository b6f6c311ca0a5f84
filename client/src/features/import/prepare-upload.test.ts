import { describe, expect, it } from 'vitest';
import { checkUpload, dataUrlToBase64, MAX_UPLOAD_BYTES, safeFileName } from './prepare-upload';

describe('preparing an upload', () => {
  it('keeps an ordinary file name', () => {
    expect(safeFileName('Action plan 2024 (final).xlsx')).toBe('Action plan 2024 (final).xlsx');
  });

  it('replaces characters the API refuses', () => {
    expect(safeFileName('Plan & glossary: v2.csv')).toBe('Plan - glossary- v2.csv');
  });

  it('refuses files the importer cannot read, empty files and files too large to send', () => {
    expect(checkUpload({ name: 'photo.png', size: 10 })).toMatch(/not a plan file/);
    expect(checkUpload({ name: 'plan.tsv', size: 0 })).toMatch(/empty/);
    expect(checkUpload({ name: 'plan.xlsx', size: MAX_UPLOAD_BYTES + 1 })).toMatch(
      /takes files up to/,
    );
    expect(checkUpload({ name: 'Plan.XLSX', size: 2048 })).toBeNull();
  });

  it('takes the base64 out of a data URL', () => {
    expect(dataUrlToBase64('data:text/plain;base64,aGVsbG8=')).toBe('aGVsbG8=');
  });
});
