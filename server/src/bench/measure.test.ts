import { describe, expect, it } from 'vitest';
import { quantile, summarise } from './measure.js';

describe('summarise', () => {
  it('gives the nearest-rank median and 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    const t = summarise(samples.reverse());
    expect(t.p50).toBe(50);
    expect(t.p95).toBe(95);
    expect(t.min).toBe(1);
    expect(t.max).toBe(100);
  });

  it('takes the only sample as every quantile', () => {
    expect(quantile([7], 0.5)).toBe(7);
    expect(quantile([7], 0.95)).toBe(7);
  });
});
