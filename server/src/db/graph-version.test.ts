import { describe, expect, it } from 'vitest';
import { coalescedVersion } from './graph-version.js';

/** A check whose calls are recorded and finished by hand. */
function manualCheck() {
  const calls: { resolve: (v: string) => void; reject: (e: Error) => void }[] = [];
  const check = () =>
    new Promise<string>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { calls, check };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('coalescedVersion', () => {
  it('starts a check at once when none runs', async () => {
    const { calls, check } = manualCheck();
    const version = coalescedVersion(check);
    const a = version.current();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve('v1');
    expect(await a).toBe('v1');
  });

  it('makes callers that arrive while a check runs wait for the next one, and share it', async () => {
    const { calls, check } = manualCheck();
    const version = coalescedVersion(check);
    const first = version.current();
    const later = [version.current(), version.current(), version.current()];
    expect(calls).toHaveLength(1); // at most one running and one waiting
    calls[0]!.resolve('v1');
    expect(await first).toBe('v1');
    await tick();
    expect(calls).toHaveLength(2);
    // A caller arriving while the second check runs waits for a third.
    const third = version.current();
    calls[1]!.resolve('v2');
    expect(await Promise.all(later)).toEqual(['v2', 'v2', 'v2']);
    await tick();
    expect(calls).toHaveLength(3);
    calls[2]!.resolve('v3');
    expect(await third).toBe('v3');
  });

  it('never answers a caller with a check that started before it arrived (random interleavings)', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 50; run++) {
      const pending: (() => void)[] = [];
      let started = 0;
      const version = coalescedVersion(() => {
        const n = ++started;
        return new Promise<string>((resolve) => pending.push(() => resolve(String(n))));
      });
      const callers: { arrivedAfter: number; answer: Promise<string> }[] = [];
      for (let step = 0; step < 40; step++) {
        if (random() < 0.6) callers.push({ arrivedAfter: started, answer: version.current() });
        else pending.shift()?.();
        await tick();
        expect(pending.length).toBeLessThanOrEqual(1); // one check at a time
      }
      while (pending.length) {
        pending.shift()?.();
        await tick();
      }
      expect(started).toBeLessThanOrEqual(callers.length);
      for (const caller of callers)
        expect(Number(await caller.answer)).toBeGreaterThan(caller.arrivedAfter);
    }
  });

  it('passes a failed check to its callers and runs a new one for the next', async () => {
    const { calls, check } = manualCheck();
    const version = coalescedVersion(check);
    const a = version.current();
    const b = version.current();
    calls[0]!.reject(new Error('down'));
    await expect(a).rejects.toThrow('down');
    await tick();
    calls[1]!.reject(new Error('still down'));
    await expect(b).rejects.toThrow('still down');
    const c = version.current();
    expect(calls).toHaveLength(3);
    calls[2]!.resolve('v3');
    expect(await c).toBe('v3');
  });
});
