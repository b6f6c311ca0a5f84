import { describe, expect, it } from 'vitest';
import { createCache } from './apollo-client';
import { RACI_QUERY } from './features/raci/raci.query';
import { TIMELINE_QUERY } from './features/timeline/timeline.query';

const party = { __typename: 'PartyRef', key: 'org:a', name: 'Agency A', type: 'Organisation' };
const objective = { __typename: 'ObjectiveRef', key: 'o1', title: 'Prevent' };
const raciTask = {
  __typename: 'TaskListing',
  key: 't1',
  title: 'Open the hub',
  row: 3,
  status: 'not_started',
  objective: [objective],
  responsible: [party],
  accountable: [],
  consulted: [],
  informed: [],
};
const timelineTask = {
  __typename: 'TaskListing',
  key: 't1',
  title: 'Open the hub',
  due: '2024-03-01',
  dueEnd: '2024-03-01',
  dueKind: 'month',
  dueRaw: 'March 2024',
  status: 'not_started',
  row: 3,
  objective: [objective],
  responsible: [{ __typename: 'PartyRef', key: 'org:a', name: 'Agency A' }],
};

describe('the client cache', () => {
  it('keeps the RACI matrix’s answer when the timeline reads the same tasks with other fields', () => {
    const cache = createCache();
    const variables = { council: 'org:w' };
    cache.writeQuery({ query: RACI_QUERY, variables, data: { councilTasks: [raciTask] } });
    cache.writeQuery({ query: TIMELINE_QUERY, variables, data: { councilTasks: [timelineTask] } });
    expect(cache.readQuery({ query: RACI_QUERY, variables })).toEqual({
      councilTasks: [raciTask],
    });
    expect(cache.readQuery({ query: TIMELINE_QUERY, variables })).toEqual({
      councilTasks: [timelineTask],
    });
  });
});
