import { afterEach, describe, expect, it } from 'vitest';
import { createDatabaseGate, type DatabaseGate } from './database-gate.js';

const gates: DatabaseGate[] = [];
afterEach(() => {
  for (const gate of gates.splice(0)) gate.close();
});

function gateWith(probe: () => Promise<void>): DatabaseGate {
  const gate = createDatabaseGate({ probe, intervalMs: 10, probeTimeoutMs: 50 });
  gates.push(gate);
  return gate;
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 10));
};

describe('createDatabaseGate', () => {
  it('is open until a failure is reported', () => {
    const gate = gateWith(async () => {});
    expect(gate.open).toBe(true);
    gate.reportUnavailable();
    expect(gate.open).toBe(false);
  });

  it('opens again once a probe answers', async () => {
    let answers = false;
    const gate = gateWith(async () => {
      if (!answers) throw new Error('ECONNREFUSED');
    });
    gate.reportUnavailable();
    await new Promise((r) => setTimeout(r, 100));
    expect(gate.open).toBe(false);
    answers = true;
    await until(() => gate.open);
    expect(gate.open).toBe(true);
  });

  it('counts a probe that never answers as a failure', async () => {
    let calls = 0;
    const gate = gateWith(() => {
      calls += 1;
      return new Promise(() => {});
    });
    gate.reportUnavailable();
    await until(() => calls >= 2);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(gate.open).toBe(false);
  });

  it('refuses operations with SERVICE_UNAVAILABLE while shut', async () => {
    const gate = gateWith(() => Promise.reject(new Error('down')));
    const hooks = await gate.plugin().requestDidStart?.({} as never);
    await expect(hooks?.didResolveOperation?.({} as never)).resolves.toBeUndefined();
    gate.reportUnavailable();
    await expect(hooks?.didResolveOperation?.({} as never)).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });
});
