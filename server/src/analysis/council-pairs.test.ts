import { describe, expect, it } from 'vitest';
import { comparablePairs, councilOfKey } from './council-pairs.js';

describe('comparablePairs', () => {
  it('pairs one council’s items and the shared ones with everything, never two councils', () => {
    const items = ['a', 'b', null, 'a', 'b', null];
    expect(comparablePairs(items, (c) => c)).toEqual([
      [0, 2],
      [0, 3],
      [0, 5],
      [1, 2],
      [1, 4],
      [1, 5],
      [2, 3],
      [2, 4],
      [2, 5],
      [3, 5],
      [4, 5],
    ]);
  });
});

describe('councilOfKey', () => {
  it('reads the council from a scoped key and none from a shared one', () => {
    expect(councilOfKey('service:worcester-city-council/integrated-gateways-service')).toBe(
      'org:worcester-city-council',
    );
    expect(councilOfKey('service:nsno')).toBeNull();
  });
});
