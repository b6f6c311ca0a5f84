import { describe, expect, it } from 'vitest';
import { createRandom } from '../generate/random.js';
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

describe('nameVocabulary built from the one before', () => {
  it('orders keys as a full sort would, whatever was built before', () => {
    // Random sets that overlap (as a batch's plans do), each checked against a sort of its own.
    const words = ['wcc', 'wsab', 'hwot', 'shelter', 'élan', 'elan', 'zeta', 'wccboard', 'a', 'b'];
    const next = createRandom(11).next;
    const base = Array.from({ length: 300 }, (_, i) => `${words[i % words.length]}${i % 37}`);
    for (let round = 0; round < 40; round += 1) {
      const keys = base.filter(() => next() < 0.9);
      for (let i = 0; i < 5; i += 1) keys.push(`${words[Math.floor(next() * words.length)]}x${i}`);
      const vocabulary = nameVocabulary(new Set(keys));
      const full = [...new Set(keys)].sort((a, b) => b.length - a.length || a.localeCompare(b));
      for (const char of new Set(keys.map((key) => key.charAt(0)))) {
        expect(vocabulary.longestFirst(char)).toEqual(full.filter((key) => key.startsWith(char)));
      }
    }
  });
});
