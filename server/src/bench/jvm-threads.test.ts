import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuOfStatLine, readThreadCpu, threadCpuSince, threadKind } from './jvm-threads.js';

describe('threadKind', () => {
  it('sorts a JVM thread by the name /proc gives it', () => {
    expect(threadKind('C2 CompilerThre')).toBe('jit');
    expect(threadKind('C1 CompilerThre')).toBe('jit');
    expect(threadKind('GC Thread#1')).toBe('gc');
    expect(threadKind('VM Thread')).toBe('gc');
    expect(threadKind('neo4j.BoltWorke')).toBe('bolt');
    expect(threadKind('neo4j.BoltNetwo')).toBe('bolt');
    expect(threadKind('neo4j.IndexSamp')).toBe('other');
    expect(threadKind('java')).toBe('other');
  });
});

describe('cpuOfStatLine', () => {
  it('reads utime and stime in ms, whatever the name holds', () => {
    // utime 6 and stime 17 clock ticks (1/100 s); the name has a space and a bracket.
    const line =
      '27848 (C2 Compiler) x) S 27847 27848 27848 0 -1 4194560 22126 2666466 0 38 6 17 15795 1865 20 0 1 0';
    expect(cpuOfStatLine(line)).toEqual({ name: 'C2 Compiler) x', ms: 230 });
  });

  it('gives nothing for a line it cannot read', () => {
    expect(cpuOfStatLine('garbage')).toBeUndefined();
    expect(cpuOfStatLine('1 (short) S 1 2')).toBeUndefined();
  });
});

describe('readThreadCpu', () => {
  const linux = fs.existsSync('/proc/self/task');

  it.runIf(linux)('counts the CPU this process spends', () => {
    const before = readThreadCpu(process.pid);
    const start = process.cpuUsage();
    let spent = 0;
    // Busy until the process has used 200 ms of CPU, however loaded the machine is.
    while (spent < 200_000) {
      for (let i = 0; i < 1e5; i++) Math.sqrt(i);
      const used = process.cpuUsage(start);
      spent = used.user + used.system;
    }
    const after = readThreadCpu(process.pid);
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    const since = threadCpuSince(before!, after!);
    // /proc counts in 10 ms ticks. Node's threads have none of the JVM's names.
    expect(since.other).toBeGreaterThanOrEqual(150);
    expect({ jit: since.jit, gc: since.gc, bolt: since.bolt }).toEqual({ jit: 0, gc: 0, bolt: 0 });
  });

  it('gives nothing for a process that is not there', () => {
    expect(readThreadCpu(2 ** 30)).toBeUndefined();
  });
});

describe('threadCpuSince', () => {
  it('never goes below zero when a thread ended in between', () => {
    expect(
      threadCpuSince(
        { jit: 50, gc: 10, bolt: 30, other: 5 },
        { jit: 80, gc: 5, bolt: 45, other: 5 },
      ),
    ).toEqual({ jit: 30, gc: 0, bolt: 15, other: 0 });
  });
});
