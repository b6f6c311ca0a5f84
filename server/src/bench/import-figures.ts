// The import's figures for the bench table: throughput over all the plans and over the later
// half (the JVM compiles the import's code paths during the first few hundred plans, so the two
// differ), and the CPU a plan costs Node and each kind of Neo4j thread.
import type { LoadResult } from '../generate/load-generated.js';
import { byThreadKind, THREAD_KINDS, type ThreadCpu } from './jvm-threads.js';

export interface ImportFigures {
  rowsPerSecond: number;
  /** Rows a second over the import transactions from the middle plan on. */
  laterHalfRowsPerSecond: number;
  /** CPU ms a plan imported: Node (importer and driver), and Neo4j by kind of thread. */
  cpuPerPlan?: { node: number; neo4j: ThreadCpu };
}

/** Rows a second over the batches that start at or after the middle plan. */
export function laterHalfRate(batches: LoadResult['batches']): number {
  const plans = batches.reduce((n, b) => n + b.plans, 0);
  let seen = 0;
  let rows = 0;
  let seconds = 0;
  for (const batch of batches) {
    if (seen >= plans / 2) {
      rows += batch.rows;
      seconds += batch.seconds;
    }
    seen += batch.plans;
  }
  if (seconds === 0) {
    // The middle falls in the last batch (a single batch, say): take that batch alone.
    const last = batches[batches.length - 1];
    return last && last.seconds > 0 ? last.rows / last.seconds : 0;
  }
  return rows / seconds;
}

export function importFigures(
  result: LoadResult,
  cpu?: { nodeMs: number; neo4j: ThreadCpu },
): ImportFigures {
  const plans = Math.max(1, result.authorities);
  const perPlan = (ms: number) => Math.round(ms / plans);
  return {
    rowsPerSecond: result.importSeconds > 0 ? result.rows / result.importSeconds : 0,
    laterHalfRowsPerSecond: laterHalfRate(result.batches),
    ...(cpu
      ? {
          cpuPerPlan: {
            node: perPlan(cpu.nodeMs),
            neo4j: byThreadKind((kind) => perPlan(cpu.neo4j[kind])),
          },
        }
      : {}),
  };
}

/** The two lines the bench prints for an import. */
export function importLines(result: LoadResult, figures: ImportFigures): string[] {
  const lines = [
    `import: ${result.rows} rows of ${result.authorities} plans in ${result.importSeconds.toFixed(1)} s = ` +
      `${figures.rowsPerSecond.toFixed(0)} rows/s, the later half ${figures.laterHalfRowsPerSecond.toFixed(0)} rows/s ` +
      `(structure ${result.structureSeconds.toFixed(1)} s; ${result.issues.error} errors, ${result.issues.warning} warnings)`,
  ];
  const cpu = figures.cpuPerPlan;
  if (cpu) {
    const n = cpu.neo4j;
    lines.push(
      `import CPU a plan: Node ${cpu.node} ms; Neo4j ${THREAD_KINDS.reduce((sum, kind) => sum + n[kind], 0)} ms = ` +
        `JIT compiler ${n.jit}, Bolt workers (statements, commits) ${n.bolt}, GC ${n.gc}, other ${n.other}`,
    );
  }
  return lines;
}
