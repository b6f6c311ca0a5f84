import { describe, expect, it } from 'vitest';
import {
  EVERY_PLAN,
  packVariables,
  parseEvidenceState,
  serialiseEvidenceState,
} from './evidence-state';

describe('evidence pack state', () => {
  it('starts with the whole plan', () => {
    expect(parseEvidenceState('')).toEqual({ scope: 'plan', key: null, today: null });
  });

  it('round-trips a client group and a date', () => {
    const s = {
      scope: 'clientGroup' as const,
      key: 'clientgroup:rough-sleepers',
      today: '2024-03-31',
    };
    expect(parseEvidenceState(serialiseEvidenceState(s))).toEqual(s);
  });

  it('ignores a date it cannot read', () => {
    expect(parseEvidenceState('?today=soon').today).toBeNull();
  });

  it('asks nothing of the server until an objective or client group is chosen', () => {
    expect(packVariables({ scope: 'objective', key: null, today: null }, 'md', 1)).toBeNull();
    expect(packVariables({ scope: 'plan', key: null, today: null }, 'csv', 1)).toEqual({
      scope: 'plan',
      key: null,
      format: 'csv',
      today: null,
    });
  });

  it('asks for every plan only when it is chosen, once several plans are loaded', () => {
    const every = { scope: 'plan' as const, key: null, today: null };
    expect(packVariables(every, 'html', 300)).toBeNull();
    expect(packVariables(every, 'html', null)).toBeNull();
    expect(packVariables({ ...every, key: EVERY_PLAN }, 'html', 300)).toEqual({
      scope: 'plan',
      key: null,
      format: 'html',
      today: null,
    });
    expect(packVariables({ ...every, key: 'plan:w' }, 'html', 300)?.key).toBe('plan:w');
    expect(parseEvidenceState(serialiseEvidenceState({ ...every, key: EVERY_PLAN })).key).toBe(
      EVERY_PLAN,
    );
  });
});
