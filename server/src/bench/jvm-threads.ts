// Where a JVM's CPU goes, by kind of thread, read from Linux's /proc/<pid>/task/*/stat. The
// import's Neo4j CPU turned out to be more the JIT compiler than the queries (BENCHMARKS.md,
// Import): the bench prints that split so a reader sees it on their own machine.
import fs from 'node:fs';

export const THREAD_KINDS = ['jit', 'gc', 'bolt', 'other'] as const;
export type ThreadKind = (typeof THREAD_KINDS)[number];

/** CPU milliseconds (user + system) by kind of thread. */
export type ThreadCpu = Record<ThreadKind, number>;

/** A figure for each kind of thread. */
export function byThreadKind(figure: (kind: ThreadKind) => number): ThreadCpu {
  return { jit: figure('jit'), gc: figure('gc'), bolt: figure('bolt'), other: figure('other') };
}

/** Linux's clock ticks a second for /proc's times (USER_HZ, 100 on every common kernel). */
const TICKS_PER_SECOND = 100;

/** The kind of a JVM thread from its name as /proc shows it (cut to 15 characters). */
export function threadKind(name: string): ThreadKind {
  if (/^C[12] CompilerThre/.test(name)) return 'jit';
  if (/^(GC Thread|VM Thread|G1 |ParGC)/.test(name)) return 'gc';
  // Neo4j's Bolt workers run the statements and commit the transactions; its network threads
  // read and write the sockets.
  if (name.startsWith('neo4j.Bolt')) return 'bolt';
  return 'other';
}

/** CPU ms from one /proc/<pid>/task/<tid>/stat line: utime and stime, after the name in brackets. */
export function cpuOfStatLine(line: string): { name: string; ms: number } | undefined {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const fields = line.slice(close + 2).split(' ');
  // Fields after the name start at the state (field 3): utime is field 14, stime 15.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return { name: line.slice(open + 1, close), ms: ((utime + stime) * 1000) / TICKS_PER_SECOND };
}

/** The CPU so far of a process's threads by kind; undefined where /proc cannot be read. */
export function readThreadCpu(pid: number): ThreadCpu | undefined {
  let tids: string[];
  try {
    tids = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  const cpu = byThreadKind(() => 0);
  for (const tid of tids) {
    let line: string;
    try {
      line = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended between the listing and the read
    }
    const thread = cpuOfStatLine(line);
    if (thread) cpu[threadKind(thread.name)] += thread.ms;
  }
  return cpu;
}

/**
 * What the threads used between two readings. A thread that ended in between takes its time
 * with it, so a kind can come out slightly low, never negative.
 */
export function threadCpuSince(before: ThreadCpu, after: ThreadCpu): ThreadCpu {
  return byThreadKind((kind) => Math.max(0, after[kind] - before[kind]));
}
