import { describe, expect, it } from 'vitest';
import { toNameKey } from './name-key.js';

describe('toNameKey', () => {
  it('makes spacing and & / and irrelevant', () => {
    expect([toNameKey('H&WB Board'), toNameKey('H&WBBoard'), toNameKey('h and wb board')]).toEqual([
      'handwbboard',
      'handwbboard',
      'handwbboard',
    ]);
  });

  it('drops punctuation', () => {
    expect(toNameKey("Women's Aid.")).toBe('womensaid');
  });
});
