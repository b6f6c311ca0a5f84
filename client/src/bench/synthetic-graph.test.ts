import { describe, expect, it } from 'vitest';
import { syntheticGraph } from './synthetic-graph';

describe('syntheticGraph', () => {
  it('has about the number of elements asked for, a third of them nodes', () => {
    const g = syntheticGraph({ elements: 5000 });
    expect(g.nodes.length + g.edges.length).toBeGreaterThan(4900);
    expect(g.nodes.length + g.edges.length).toBeLessThanOrEqual(5000);
    expect(g.nodes.length).toBeGreaterThan(1500);
    expect(g.nodes.length).toBeLessThan(1800);
  });

  it('links only nodes it has, and draws the same graph for the same seed', () => {
    const g = syntheticGraph({ elements: 1000, seed: 7 });
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(syntheticGraph({ elements: 1000, seed: 7 })).toEqual(g);
  });

  it('gives parties RACI letters on tasks, some parties many', () => {
    const g = syntheticGraph({ elements: 5000 });
    const raci = g.edges.filter((e) => /_(FOR|ON|OF)$/.test(e.type));
    expect(raci.length).toBeGreaterThan(g.edges.length / 3);
    const load = new Map<string, number>();
    for (const e of raci) load.set(e.source, (load.get(e.source) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeGreaterThan(20);
  });
});
