import { describe, expect, it } from 'vitest';
import { packVariables, parseEvidenceState, serialiseEvidenceState } from './evidence-state';

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
    expect(packVariables({ scope: 'objective', key: null, today: null }, 'md')).toBeNull();
    expect(packVariables({ scope: 'plan', key: null, today: null }, 'csv')).toEqual({
      scope: 'plan',
      key: null,
      format: 'csv',
      today: null,
    });
  });
});
