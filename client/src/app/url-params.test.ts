import { describe, expect, it } from 'vitest';
import { readEnum, readFlag, readInt, readList, readString, writeParams } from './url-params';

const p = (s: string) => new URLSearchParams(s);

describe('reading URL state', () => {
  it('reads a string, treating blank as absent', () => {
    expect(readString(p('focus=org:a'), 'focus')).toBe('org:a');
    expect(readString(p('focus=%20'), 'focus')).toBeNull();
  });

  it('reads a comma-separated list without blanks or repeats', () => {
    expect(readList(p('types=Task,,Board,Task'), 'types')).toEqual(['Task', 'Board']);
    expect(readList(p(''), 'types')).toEqual([]);
  });

  it('clamps numbers and falls back on nonsense', () => {
    const o = { min: 1, max: 4, fallback: 1 };
    expect(readInt(p('depth=9'), 'depth', o)).toBe(4);
    expect(readInt(p('depth=two'), 'depth', o)).toBe(1);
  });

  it('accepts only known values for an enumeration', () => {
    expect(readEnum(p('layout=dagre'), 'layout', ['auto', 'dagre'], 'auto')).toBe('dagre');
    expect(readEnum(p('layout=spiral'), 'layout', ['auto', 'dagre'], 'auto')).toBe('auto');
  });

  it('reads a flag', () => {
    expect(readFlag(p('overdue=1'), 'overdue')).toBe(true);
    expect(readFlag(p(''), 'overdue')).toBe(false);
  });
});

describe('writeParams', () => {
  it('keeps keys readable and leaves out empty values and defaults', () => {
    expect(
      writeParams(
        {
          types: ['Task', 'Board'],
          focus: 'org:worcester-city-council/hwot',
          depth: 1,
          party: null,
          table: false,
        },
        { depth: 1 },
      ),
    ).toBe('?types=Task,Board&focus=org:worcester-city-council/hwot');
  });

  it('encodes what would break the query string', () => {
    expect(writeParams({ q: 'a&b=c #1' })).toBe('?q=a%26b%3Dc%20%231');
  });

  it('writes nothing for an empty state', () => {
    expect(writeParams({ a: [], b: '' })).toBe('');
  });

  it('round-trips through URLSearchParams', () => {
    const s = writeParams({ focus: 'task:p/x-1', list: ['a:b', 'c/d'] });
    const back = new URLSearchParams(s);
    expect(readString(back, 'focus')).toBe('task:p/x-1');
    expect(readList(back, 'list')).toEqual(['a:b', 'c/d']);
  });
});
