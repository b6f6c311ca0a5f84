import { describe, expect, it } from 'vitest';
import { comparablePairs, councilOfKey, inCouncil } from './council-pairs.js';

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

describe('inCouncil', () => {
  it("keeps a council's own keys and shared ones, not another council's", () => {
    const wcc = 'org:worcester-city-council';
    expect(inCouncil('pathway:worcester-city-council/prison-release', wcc)).toBe(true);
    expect(inCouncil('board:wshog', wcc)).toBe(true);
    expect(inCouncil('pathway:malvern-hills/prison-release', wcc)).toBe(false);
    // A council whose slug begins another's is not that council.
    expect(inCouncil('org:worcester-city-council-north/team', wcc)).toBe(false);
  });

  it('keeps every key when no council is chosen', () => {
    expect(inCouncil('pathway:malvern-hills/prison-release', null)).toBe(true);
  });
});
