import { describe, expect, it } from 'vitest';
import { collapseWhitespace, normaliseCellText } from './normalise-text.js';

describe('normaliseCellText', () => {
  it('turns non-breaking spaces into spaces', () => {
    expect(normaliseCellText('Public\u00a0Health')).toBe('Public Health');
  });

  it('straightens smart quotes', () => {
    expect(normaliseCellText('\u201cWomen\u2019s Aid\u201d')).toBe('"Women\'s Aid"');
  });

  it('keeps runs of spaces, which separate measures', () => {
    expect(normaliseCellText('one  two')).toBe('one  two');
  });

  it('turns CRLF into LF', () => {
    expect(normaliseCellText('a\r\nb')).toBe('a\nb');
  });
});

describe('collapseWhitespace', () => {
  it('collapses spaces and new lines and trims', () => {
    expect(collapseWhitespace('  a \n  b  ')).toBe('a b');
  });
});
