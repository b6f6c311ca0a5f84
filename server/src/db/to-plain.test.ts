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
