import { describe, expect, it } from 'vitest';
import { nameVocabulary } from './name-vocabulary.js';

describe('nameVocabulary', () => {
  it('groups known and seen keys by first character, longest first', () => {
    const vocabulary = nameVocabulary(new Set(['wcc', 'wccboard', 'hwot', '']), new Set(['wsab']));
    expect(vocabulary.longestFirst('w')).toEqual(['wccboard', 'wsab', 'wcc']);
    expect(vocabulary.longestFirst('x')).toEqual([]);
  });

  it('lists only known keys, in the order of the set, for prefixes', () => {
    const vocabulary = nameVocabulary(new Set(['wccboard', 'hwot', 'wcc']), new Set(['wsab']));
    expect(vocabulary.known('w')).toEqual(['wccboard', 'wcc']);
  });

  it('is built once per pair of sets and rebuilt when a set grows', () => {
    const known = new Set(['wcc']);
    const first = nameVocabulary(known);
    expect(nameVocabulary(known)).toBe(first);
    known.add('wsab');
    expect(nameVocabulary(known).longestFirst('w')).toEqual(['wsab', 'wcc']);
  });
});
