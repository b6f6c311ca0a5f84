import { describe, expect, it } from 'vitest';
import { shapePath } from './shape-path';
import { NODE_TYPES } from './node-types';

describe('shapePath', () => {
  it('draws a different outline for every node type', () => {
    const paths = NODE_TYPES.map((t) => shapePath(t.shape));
    expect(new Set(paths).size).toBe(NODE_TYPES.length);
  });

  it('stays inside its box', () => {
    for (const t of NODE_TYPES) {
      const numbers = (shapePath(t.shape, 20).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      // Relative arc offsets in the ellipse can be negative; absolute coordinates cannot exceed the box.
      for (const n of numbers) expect(Math.abs(n)).toBeLessThanOrEqual(20);
    }
  });
});
