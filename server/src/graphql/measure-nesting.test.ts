import { describe, expect, it } from 'vitest';
import { measureNesting } from './measure-nesting.js';

describe('measureNesting', () => {
  it('counts selections, arguments and lists together', () => {
    expect(measureNesting('{ tasks(where: { key: { in: ["a"] } }) { key } }')).toBe(5);
  });

  it('ignores brackets inside strings, block strings and comments', () => {
    expect(measureNesting('{ search(text: "{{{[[[(((\\"{{") { key } # {{{{{{{{\n}')).toBe(2);
    expect(measureNesting('{ search(text: """ {{{{ \\""" {{{{ """) { key } }')).toBe(2);
  });

  it('measures a document nested 3,000 deep without recursing', () => {
    const deep = `{ tasks ${'{ measures '.repeat(3000)}${'}'.repeat(3001)}`;
    expect(measureNesting(deep)).toBe(3001);
    expect(measureNesting('['.repeat(100_000))).toBe(100_000);
  });

  it('is not fooled by closing more than it opens', () => {
    expect(measureNesting('}}}}} { { } }')).toBe(2);
  });
});
