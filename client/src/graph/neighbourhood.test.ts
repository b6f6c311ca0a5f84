import { describe, expect, it } from 'vitest';
import { neighbourhood } from './neighbourhood';

// a - b - c - d, and e alone
const nodeIds = ['a', 'b', 'c', 'd', 'e'];
const edges = [
  { id: 'ab', source: 'a', target: 'b' },
  { id: 'cb', source: 'c', target: 'b' },
  { id: 'cd', source: 'c', target: 'd' },
];

describe('neighbourhood', () => {
  it('keeps the focus and its direct neighbours at depth 1, following edges both ways', () => {
    const n = neighbourhood({ nodeIds, edges, focus: 'c', depth: 1 });
    expect([...(n?.nodes ?? [])].sort()).toEqual(['b', 'c', 'd']);
    expect([...(n?.edges ?? [])].sort()).toEqual(['cb', 'cd']);
  });

  it('reaches further at depth 2', () => {
    const n = neighbourhood({ nodeIds, edges, focus: 'd', depth: 2 });
    expect([...(n?.nodes ?? [])].sort()).toEqual(['b', 'c', 'd']);
  });

  it('keeps only the focus at depth 0', () => {
    expect([...(neighbourhood({ nodeIds, edges, focus: 'a', depth: 0 })?.nodes ?? [])]).toEqual([
      'a',
    ]);
  });

  it('answers null when the focus is not in the graph, so nothing fades', () => {
    expect(neighbourhood({ nodeIds, edges, focus: 'zz', depth: 1 })).toBeNull();
  });
});
