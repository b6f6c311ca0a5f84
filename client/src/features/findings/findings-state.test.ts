import { describe, expect, it } from 'vitest';
import { parseFindingsState, serialiseFindingsState } from './findings-state';

describe('findings URL state', () => {
  it('round-trips the council, the chosen finding and the filters', () => {
    const s = {
      council: 'org:worcester-city-council',
      finding: 'overdue:task:p/a',
      severities: ['high', 'medium'],
      category: 'risk',
      text: 'safe',
      table: true,
    };
    expect(parseFindingsState(serialiseFindingsState(s))).toEqual(s);
  });

  it('ignores unknown severities', () => {
    expect(parseFindingsState('?severity=high,urgent').severities).toEqual(['high']);
  });
});
