import { describe, expect, it } from 'vitest';
import { cleanLocator, count, list, quote, readableRelationships, rows } from './wording.js';
import { findOverloaded, median } from './rules/overloaded-party.js';

describe('wording', () => {
  it('joins lists with and', () => {
    expect(list([])).toBe('');
    expect(list(['a'])).toBe('a');
    expect(list(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('counts', () => {
    expect(count(1, 'task')).toBe('1 task');
    expect(count(2, 'party', 'parties')).toBe('2 parties');
  });

  it('writes rows as the plan does', () => {
    expect(rows([26, 7, 7, null])).toBe('rows 7 and 26');
    expect(rows([])).toBe('');
    expect(cleanLocator('row 4.0')).toBe('row 4');
    expect(cleanLocator('Our Principles (line 43)')).toBe('Our Principles (line 43)');
  });

  it('quotes and shortens titles at a word', () => {
    expect(quote('Short title')).toBe('"Short title"');
    const long = quote('word '.repeat(40), 30);
    expect(long.length).toBeLessThanOrEqual(32);
    expect(long.endsWith('…"')).toBe(true);
  });

  it('folds any run of white space in a quoted title into one space', () => {
    expect(quote('  Two  spaces,\ta tab,\nnew line, no\u00a0break ')).toBe(
      '"Two spaces, a tab, new line, no break"',
    );
  });

  it('writes relationship types as words, and leaves other capitals alone', () => {
    expect(readableRelationships('Housing Board ACCOUNTABLE_FOR row 5; PLE SERVES')).toBe(
      'Housing Board is Accountable for row 5; PLE serves',
    );
    expect(readableRelationships('DLUHC funds the NHS step')).toBe('DLUHC funds the NHS step');
    expect(readableRelationships('no capitals here')).toBe('no capitals here');
  });
});

describe('findOverloaded', () => {
  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([1, 1, 1, 2, 2, 3, 3, 4, 10, 13])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('reports what is above factor x median', () => {
    const entries = [1, 1, 1, 2, 2, 3, 3, 4, 10, 13].map((count, i) => ({ id: i, count }));
    const { overloaded, limit } = findOverloaded(entries, 2);
    expect(limit).toBe(5);
    expect(overloaded.map((e) => e.count)).toEqual([10, 13]);
  });
});
