// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CytoscapeGraphProps } from '../../graph/CytoscapeGraph';
import { renderWithApollo, sessionFor } from '../../test/render-with-apollo';
import { PartnerView } from './PartnerView';

vi.mock('../../graph/CytoscapeGraph', () => ({
  CytoscapeGraph: (props: CytoscapeGraphProps) => (
    <div data-testid="graph" data-nodes={props.elements.nodes.length} />
  ),
}));

afterEach(cleanup);

const TEAM = 'org:w/strategic-housing-team';
const view = (key: string, name: string) => ({
  partnerView: {
    party: { __typename: 'NamedRef', key, name, type: 'Organisation' },
    aliases: [],
    tasks: [
      {
        key: 't1',
        title: 'Review temporary accommodation',
        letters: ['R'],
        status: 'not_started',
        due: '2023-06-01',
        dueRaw: 'June 2023',
        objective: 'Supply',
      },
      {
        key: 't2',
        title: 'Embed decision making',
        letters: ['C'],
        status: 'not_started',
        due: '2024-03-01',
        dueRaw: 'March 2024',
        objective: 'Prevent',
      },
    ],
    boards: [],
    services: [],
    clientGroups: [
      {
        __typename: 'NamedRef',
        key: 'clientgroup:refugees',
        name: 'Refugees',
        type: 'ClientGroup',
      },
    ],
    neighbours: [{ key: 'org:cranstoun', name: 'Cranstoun', type: 'Organisation', sharedTasks: 2 }],
  },
});

const handlers = {
  PartyChoices: () => ({
    organisations: [{ key: TEAM, name: 'Strategic Housing Team' }],
    boards: [],
    roles: [],
  }),
  PartnerView: (v: Record<string, unknown>) =>
    view(String(v.key), v.key === TEAM ? 'Strategic Housing Team' : 'Other team'),
  OrganisationDetails: (v: Record<string, unknown>) => ({
    organisations: [
      {
        key: v.key,
        name: 'Strategic Housing Team',
        description: null,
        aliases: [],
        authority: 'org:w',
      },
    ],
  }),
  SetTaskStatus: (v: Record<string, unknown>) => ({
    setTaskStatus: { key: v.key, title: 'x', status: v.status, notes: null },
  }),
};
const partner = sessionFor({ role: 'partner', organisation: TEAM, name: 'Sam' });

describe('PartnerView', () => {
  it('shows a signed-in partner its own organisation, tasks by letter and network', async () => {
    renderWithApollo(<PartnerView />, { handlers, session: partner, url: '/partner' });
    expect(await screen.findByRole('heading', { name: 'Strategic Housing Team' })).toBeTruthy();
    expect(screen.getByText(/you act for this organisation/)).toBeTruthy();
    expect(screen.getByRole('region', { name: /Responsible for 1 task/ })).toBeTruthy();
    expect(screen.getByRole('region', { name: /Consulted for 1 task/ })).toBeTruthy();
    expect(screen.getByTestId('graph').getAttribute('data-nodes')).toBe('3');
  });

  it('lets the partner change the status of its Responsible task only', async () => {
    const { calls } = renderWithApollo(<PartnerView />, {
      handlers,
      session: partner,
      url: '/partner',
    });
    const responsible = await screen.findByRole('region', { name: /Responsible for/ });
    const select = within(responsible).getByRole('combobox', {
      name: /Status of “Review temporary accommodation”/,
    });
    expect(
      within(screen.getByRole('region', { name: /Consulted for/ })).queryByRole('combobox'),
    ).toBeNull();
    await userEvent.selectOptions(select, 'in_progress');
    await waitFor(() =>
      expect(calls.find((c) => c.operationName === 'SetTaskStatus')?.variables).toEqual({
        key: 't1',
        status: 'in_progress',
      }),
    );
  });

  it('offers no changes on another organisation’s view', async () => {
    renderWithApollo(<PartnerView />, {
      handlers,
      session: partner,
      url: '/partner?party=org:w/other',
    });
    await screen.findByRole('heading', { name: 'Other team' });
    expect(screen.queryByRole('combobox', { name: /Status of/ })).toBeNull();
    expect(screen.queryByText(/Change .* details/)).toBeNull();
  });

  it('asks a reader who is not signed in to choose a party', () => {
    renderWithApollo(<PartnerView />, { handlers, url: '/partner' });
    expect(screen.getByText(/Choose an organisation, board or role/)).toBeTruthy();
  });
});
