import { describe, expect, it } from 'vitest';
import { createRandom } from '../generate/random.js';
import {
  cutOffPairs,
  indexTexts,
  isCutOffCopy,
  isCutOffWords,
  stem,
  tokenize,
  words,
} from './text-similarity.js';

describe('tokenize', () => {
  it('drops common words, reads & as and, and folds plurals and -ing endings', () => {
    expect(tokenize('Services for the B&B families, monitoring')).toEqual([
      'service',
      'b',
      'b',
      'familie'.replace('ie', 'y'),
      'monitor',
    ]);
  });

  it('keeps sleeper and sleeping apart', () => {
    expect(stem('sleeper')).not.toBe(stem('sleeping'));
  });
});

describe('indexTexts', () => {
  const texts = [
    'Delivery Framework produced, with clear direction on a range of possible delivery options.',
    'Delivery Framework produced, with clear direction on a range of possible delivery options.',
    'Reduction in approaches from these services at Relief stage',
    'Reduction in approaches from these providers at Relief stage',
    'Number of staff undertaking CARM training',
  ];
  const index = indexTexts(texts);

  it('scores identical texts 1', () => {
    expect(index.similarity(0, 1)).toBeCloseTo(1, 5);
  });

  it('scores texts that differ in one telling word high but below 1', () => {
    const score = index.similarity(2, 3);
    expect(score).toBeGreaterThan(0.6);
    expect(score).toBeLessThan(0.95);
  });

  it('scores unrelated texts 0', () => {
    expect(index.similarity(0, 4)).toBe(0);
  });

  it('lists the shared tokens', () => {
    expect(index.sharedTokens(2, 3)).toEqual(expect.arrayContaining(['reduction', 'relief']));
  });
});

describe('isCutOffCopy', () => {
  it('finds a measure cut off at a page break', () => {
    expect(
      isCutOffCopy(
        'Additional units of temporary',
        'Additional units of temporary accommodation are delivered',
      ),
    ).toBe(true);
  });

  it('needs three words and a real prefix', () => {
    expect(isCutOffCopy('Additional units', 'Additional units of temporary')).toBe(false);
    expect(isCutOffCopy('Units of temporary', 'Additional units of temporary')).toBe(false);
    expect(isCutOffCopy('Same words here', 'Same words here')).toBe(false);
  });
});

/** Texts of a few words drawn from a small vocabulary, so many share words and some openings. */
function randomTexts(seed: number, count: number): string[] {
  const random = createRandom(seed);
  const vocabulary =
    'reduce rough sleeping number of households in temporary accommodation the and'.split(' ');
  const texts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const earlier = texts[random.int(0, Math.max(0, texts.length - 1))];
    // Now and then the start of an earlier text, so that cut-off copies occur.
    if (earlier && random.chance(0.2)) {
      const list = words(earlier);
      texts.push(list.slice(0, random.int(1, list.length)).join(' '));
    } else {
      texts.push(Array.from({ length: random.int(0, 7) }, () => random.pick(vocabulary)).join(' '));
    }
  }
  return texts;
}

describe('similarPairs', () => {
  it('finds exactly the pairs, in order and with the scores, that comparing every pair finds', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const index = indexTexts(randomTexts(seed, 30));
      for (const threshold of [0, 0.2, 0.6, 0.95, 1]) {
        const everyPair: [number, number, number][] = [];
        for (let i = 0; i < index.size; i += 1) {
          for (let j = i + 1; j < index.size; j += 1) {
            const score = index.similarity(i, j);
            if (score >= threshold) everyPair.push([i, j, score]);
          }
        }
        expect(index.similarPairs(threshold)).toEqual(everyPair);
      }
    }
  });
});

describe('cutOffPairs', () => {
  it('finds exactly the pairs, in order, that trying every pair with isCutOffWords finds', () => {
    let found = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const split = randomTexts(seed, 30).map(words);
      const everyPair: [number, number][] = [];
      for (let i = 0; i < split.length; i += 1) {
        for (let j = i + 1; j < split.length; j += 1) {
          if (isCutOffWords(split[i] ?? [], split[j] ?? [])) everyPair.push([i, j]);
        }
      }
      expect(cutOffPairs(split)).toEqual(everyPair);
      found += everyPair.length;
    }
    expect(found).toBeGreaterThan(20);
  });
});
