import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from './to-plain.js';

describe('toPlain', () => {
  it('turns Neo4j integers and dates inside maps and lists into plain values', () => {
    const value = {
      n: neo4j.int(7),
      list: [neo4j.int(1), 'x'],
      due: new neo4j.types.Date(2023, 6, 1),
      none: null,
    };
    expect(toPlain(value)).toEqual({ n: 7, list: [1, 'x'], due: '2023-06-01', none: null });
  });
});

describe('toPlain on other values', () => {
  it('keeps strings, numbers, booleans, null and undefined as they are', () => {
    expect(toPlain({ s: 'a', n: 1.5, b: true, none: null, missing: undefined })).toEqual({
      s: 'a',
      n: 1.5,
      b: true,
      none: null,
      missing: undefined,
    });
  });

  it('converts integers, date-times and durations nested in lists of maps', () => {
    const at = new neo4j.types.DateTime(2024, 3, 2, 10, 30, 0, 0, 0);
    const took = new neo4j.types.Duration(0, 1, 0, 0);
    const value = [{ rows: [neo4j.int(3)], at, took }];
    expect(toPlain(value)).toEqual([{ rows: [3], at: String(at), took: String(took) }]);
  });
});

describe('toPlain in place', () => {
  it('changes the lists and maps it is given rather than copying them', () => {
    const inner = { n: neo4j.int(2) };
    const list = [inner, 'x'];
    const value = { list };
    expect(toPlain(value)).toBe(value);
    expect(value.list).toBe(list);
    expect(list[0]).toBe(inner);
    expect(inner.n).toBe(2);
  });
});
