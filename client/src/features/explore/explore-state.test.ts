import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  EMPTY_EXPLORE_STATE,
  parseExploreState,
  serialiseExploreState,
  toGraphFilter,
  type ExploreState,
} from './explore-state';

describe('Explore URL state', () => {
  it('reads an empty query string as the whole system, force layout chosen automatically', () => {
    expect(parseExploreState('')).toEqual(EMPTY_EXPLORE_STATE);
  });

  it('round-trips every part of the state through the URL', () => {
    const state: ExploreState = {
      types: ['Task', 'Organisation'],
      authority: 'org:worcester-city-council',
      clientGroup: 'clientgroup:rough-sleepers',
      objective: 'objective:p/governance',
      party: 'org:cranstoun',
      raci: ['R', 'A'],
      status: ['in_progress'],
      focus: 'org:cranstoun',
      depth: 2,
      selected: 'task:p/x-1234',
      layout: 'concentric',
      expand: ['board:wshog'],
      highlight: ['task:p/a', 'task:p/b'],
      table: true,
    };
    expect(parseExploreState(serialiseExploreState(state))).toEqual(state);
  });

  it('writes a short, readable link', () => {
    expect(
      serialiseExploreState({ ...EMPTY_EXPLORE_STATE, party: 'org:cranstoun', raci: ['R'] }),
    ).toBe('?party=org:cranstoun&raci=R');
  });

  it('ignores letters and statuses it does not know', () => {
    const s = parseExploreState('?raci=R,X&status=done,lost');
    expect(s.raci).toEqual(['R']);
    expect(s.status).toEqual(['done']);
  });

  it('leaves the depth out of the link when nothing is in focus', () => {
    expect(serialiseExploreState({ ...EMPTY_EXPLORE_STATE, depth: 3 })).toBe('');
  });

  it('sends the filters to the server but keeps focus on the page, where it fades', () => {
    const s = { ...EMPTY_EXPLORE_STATE, party: 'org:x', status: ['done'], focus: 'org:y' };
    expect(toGraphFilter(s)).toEqual({ party: 'org:x', status: ['done'] });
  });

  it('clears the filters but keeps what is selected', () => {
    const s = clearFilters({
      ...EMPTY_EXPLORE_STATE,
      types: ['Task'],
      selected: 'org:x',
      layout: 'dagre',
    });
    expect(s).toEqual({ ...EMPTY_EXPLORE_STATE, selected: 'org:x', layout: 'dagre' });
  });
});
