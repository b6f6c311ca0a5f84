import { describe, expect, it } from 'vitest';
import { indexTexts, isCutOffCopy, stem, tokenize } from './text-similarity.js';
import { createRandom } from '../generate/random.js';

/** TF-IDF cosine the plain way, with a Map per text: what the index must agree with. */
function referenceSimilarity(texts: readonly string[], i: number, j: number): number {
  const tokens = texts.map(tokenize);
  const df = new Map<string, number>();
  for (const list of tokens) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const vector = (list: string[]) => {
    const v = new Map<string, number>();
    for (const t of list) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, c] of v)
      v.set(t, c * (Math.log((1 + texts.length) / (1 + (df.get(t) ?? 0))) + 1));
    return v;
  };
  const a = vector(tokens[i] ?? []);
  const b = vector(tokens[j] ?? []);
  const norm = (v: Map<string, number>) =>
    Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  if (norm(a) * norm(b) === 0) return 0;
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  return Math.min(1, dot / (norm(a) * norm(b)));
}

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

  it('agrees with the plain TF-IDF cosine on random texts, repeated words and empty ones', () => {
    const words =
      'housing homeless services support families rough sleepers the of and advice'.split(' ');
    for (let seed = 1; seed <= 20; seed += 1) {
      const random = createRandom(seed);
      const corpus = Array.from({ length: random.int(2, 12) }, () =>
        Array.from({ length: random.int(0, 9) }, () => random.pick(words)).join(' '),
      );
      const built = indexTexts(corpus);
      for (let i = 0; i < corpus.length; i += 1) {
        for (let j = 0; j < corpus.length; j += 1) {
          expect(built.similarity(i, j)).toBeCloseTo(referenceSimilarity(corpus, i, j), 12);
        }
      }
    }
  });

  it('refuses a text it does not hold', () => {
    expect(() => index.similarity(0, 5)).toThrow(RangeError);
    expect(() => index.similarity(0.5, 1)).toThrow(RangeError);
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
