import { describe, expect, it } from 'vitest';
import { indexTexts, isCutOffCopy, stem, tokenize } from './text-similarity.js';

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
