import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../generate/load-generated.js';
import { importFigures, importLines, laterHalfRate } from './import-figures.js';

const batch = (plans: number, rows: number, seconds: number) => ({ plans, rows, seconds });

function result(batches: LoadResult['batches']): LoadResult {
  return {
    authorities: batches.reduce((n, b) => n + b.plans, 0),
    rows: batches.reduce((n, b) => n + b.rows, 0),
    tasks: 0,
    importSeconds: batches.reduce((n, b) => n + b.seconds, 0),
    batches,
    structureSeconds: 1.5,
    issues: { error: 0, warning: 3, info: 0 },
    failed: 0,
    errors: [],
  };
}

describe('laterHalfRate', () => {
  it('takes the batches from the middle plan on', () => {
    // 80 plans: the last two batches start at plans 40 and 60.
    const batches = [batch(20, 700, 7), batch(20, 700, 3.5), batch(20, 800, 1), batch(20, 600, 1)];
    expect(laterHalfRate(batches)).toBe(700);
  });

  it('takes a single batch whole', () => {
    expect(laterHalfRate([batch(9, 300, 2)])).toBe(150);
  });

  it('takes the last batch when it holds the middle', () => {
    expect(laterHalfRate([batch(1, 40, 1), batch(100, 3000, 6)])).toBe(500);
  });

  it('is zero with nothing imported', () => {
    expect(laterHalfRate([])).toBe(0);
  });
});

describe('importFigures', () => {
  it('gives the CPU a plan, by kind of Neo4j thread', () => {
    const r = result([batch(20, 700, 2), batch(20, 740, 2)]);
    const f = importFigures(r, {
      nodeMs: 1200,
      neo4j: { jit: 1600, gc: 80, bolt: 880, other: 40 },
    });
    expect(f.rowsPerSecond).toBe(360);
    expect(f.laterHalfRowsPerSecond).toBe(370);
    expect(f.cpuPerPlan).toEqual({ node: 30, neo4j: { jit: 40, gc: 2, bolt: 22, other: 1 } });
    expect(importLines(r, f)).toEqual([
      'import: 1440 rows of 40 plans in 4.0 s = 360 rows/s, the later half 370 rows/s (structure 1.5 s; 0 errors, 3 warnings)',
      'import CPU a plan: Node 30 ms; Neo4j 65 ms = JIT compiler 40, Bolt workers (statements, commits) 22, GC 2, other 1',
    ]);
  });

  it('leaves the CPU out where it could not be read', () => {
    const r = result([batch(10, 370, 1)]);
    const f = importFigures(r);
    expect(f.cpuPerPlan).toBeUndefined();
    expect(importLines(r, f)).toHaveLength(1);
  });
});
