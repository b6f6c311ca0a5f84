import { describe, expect, it } from 'vitest';
import { parseRaciState, serialiseRaciState } from './raci-state';

describe('RACI matrix URL state', () => {
  it('round-trips filters and sort orders', () => {
    const v = {
      partyText: 'hous',
      partyType: 'Board',
      objective: 'objective:p/governance',
      letters: ['R' as const, 'A' as const],
      onlyProblems: true,
      partySort: 'load' as const,
      taskSort: 'problems' as const,
      council: 'org:worcester-city-council',
    };
    expect(parseRaciState(serialiseRaciState(v))).toEqual(v);
  });

  it('leaves the defaults out of the link', () => {
    expect(serialiseRaciState(parseRaciState(''))).toBe('');
  });
});
