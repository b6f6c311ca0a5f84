import { describe, expect, it } from 'vitest';
import { joinBrokenHyphens } from './join-broken-hyphens.js';

describe('joinBrokenHyphens', () => {
  it('joins a word broken at a hyphen by a line break', () => {
    expect(joinBrokenHyphens('rare, brief and non- recurrent')).toEqual({
      text: 'rare, brief and non-recurrent',
      joined: ['non-recurrent'],
    });
  });

  it('keeps a suspended hyphen before "and"', () => {
    expect(joinBrokenHyphens('pre- and post-natal').text).toBe('pre- and post-natal');
  });

  it('keeps a dash with spaces on both sides', () => {
    expect(joinBrokenHyphens('Corporate Director - Operations').joined).toEqual([]);
  });
});
