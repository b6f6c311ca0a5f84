// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CytoscapeGraphProps } from '../../graph/CytoscapeGraph';
import { renderWithApollo } from '../../test/render-with-apollo';
import { Explore } from './Explore';

// The drawing itself is tested in the browser; here the graph reports its props and lets the
// test click a node and double-click another.
vi.mock('../../graph/CytoscapeGraph', () => ({
  CytoscapeGraph: (props: CytoscapeGraphProps) => (
    <div
      data-testid="graph"
      data-nodes={props.elements.nodes.map((n) => n.data.id).join(' ')}
      data-layout={props.layout}
      data-faded={props.spotlight ? 'yes' : 'no'}
    >
      <button type="button" onClick={() => props.onSelect?.('org:cranstoun')}>
        click Cranstoun
      </button>
      <button type="button" onClick={() => props.onActivate?.('board:wshog')}>
        double-click WSHOG
      </button>
    </div>
  ),
}));

afterEach(cleanup);

const node = (id: string, type: string, label: string) => ({
  id,
  type,
  label,
  kind: null,
  status: null,
  due: null,
  authority: null,
});
const base = {
  truncated: false,
  __typename: 'GraphView',
  nodes: [
    node('org:cranstoun', 'Organisation', 'Cranstoun'),
    node('task:p/a', 'Task', 'Deliver safe house'),
  ],
  edges: [
    {
      id: 'e1',
      source: 'org:cranstoun',
      target: 'task:p/a',
      type: 'RESPONSIBLE_FOR',
      row: 4,
      sourceDocument: 'source:plan',
    },
  ],
};
const wshog = {
  truncated: false,
  __typename: 'GraphView',
  nodes: [node('board:wshog', 'Board', 'WSHOG'), node('task:p/a', 'Task', 'Deliver safe house')],
  edges: [
    {
      id: 'e2',
      source: 'board:wshog',
      target: 'task:p/a',
      type: 'ACCOUNTABLE_FOR',
      row: 4,
      sourceDocument: 'source:plan',
    },
  ],
};

const handlers = {
  ExploreGraph: (v: Record<string, unknown>) => {
    const filter = (v.filter ?? {}) as { focus?: string };
    return { graph: filter.focus === 'board:wshog' ? wshog : base };
  },
  CouncilChoices: () => ({
    councils: [
      { key: 'org:malvern-hills', name: 'Malvern Hills' },
      { key: 'org:worcester-city-council', name: 'Worcester City Council' },
    ],
  }),
  ExploreFilterOptions: () => ({
    clientGroups: [],
    objectives: [],
    organisations: [],
    boards: [],
    roles: [],
  }),
  NodeDetails: () => ({
    organisations: [
      {
        key: 'org:cranstoun',
        name: 'Cranstoun',
        aliases: ['Cranstoun Group'],
        kind: 'vcs',
        description: null,
        authority: null,
        memberOfBoards: [],
        provides: [],
        sourcesConnection: {
          edges: [
            {
              properties: { locator: 'row 4' },
              node: { key: 's', title: 'Action plan', document: 'plan.tsv' },
            },
          ],
        },
      },
    ],
  }),
};

describe('Explore', () => {
  it('draws the graph the server sent with the force layout', async () => {
    renderWithApollo(<Explore />, { handlers, url: '/explore' });
    await waitFor(() =>
      expect(screen.getByTestId('graph').getAttribute('data-nodes')).toBe('org:cranstoun task:p/a'),
    );
    expect(screen.getByTestId('graph').getAttribute('data-layout')).toBe('fcose');
    expect(screen.getByText('2 nodes, 1 links')).toBeTruthy();
  });

  it('sends a changed filter to the server and keeps it in the URL', async () => {
    const { calls } = renderWithApollo(<Explore />, { handlers, url: '/explore' });
    await screen.findByTestId('graph');
    await userEvent.click(screen.getByRole('checkbox', { name: /Services/ }));
    const types = new URLSearchParams(window.location.search).get('types')?.split(',');
    expect(types).toContain('ServiceArea');
    expect(types).not.toContain('Service');
    await waitFor(() => {
      const last = calls.filter((c) => c.operationName === 'ExploreGraph').at(-1);
      expect((last?.variables.filter as { types: string[] }).types).toEqual(types);
    });
  });

  it('narrows the graph to the council chosen, as the other views do', async () => {
    const { calls } = renderWithApollo(<Explore />, { handlers, url: '/explore' });
    await screen.findByTestId('graph');
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: /Council/ }),
      'Worcester City Council',
    );
    expect(new URLSearchParams(window.location.search).get('authority')).toBe(
      'org:worcester-city-council',
    );
    await waitFor(() => {
      const last = calls.filter((c) => c.operationName === 'ExploreGraph').at(-1);
      expect((last?.variables.filter as { authority: string }).authority).toBe(
        'org:worcester-city-council',
      );
    });
  });

  it('opens the side panel with the node’s sources when a node is clicked', async () => {
    renderWithApollo(<Explore />, { handlers, url: '/explore' });
    await userEvent.click(await screen.findByRole('button', { name: 'click Cranstoun' }));
    expect(new URLSearchParams(window.location.search).get('node')).toBe('org:cranstoun');
    const panel = await screen.findByRole('complementary', { name: 'Cranstoun' });
    expect(await screen.findByText('Cranstoun Group')).toBeTruthy();
    expect(panel.textContent).toContain('Action plan, row 4');
    expect(panel.textContent).toContain('plan row 4, plan');
  });

  it('adds a node’s neighbours on double-click, keeping what was there', async () => {
    renderWithApollo(<Explore />, { handlers, url: '/explore' });
    await userEvent.click(await screen.findByRole('button', { name: 'double-click WSHOG' }));
    expect(new URLSearchParams(window.location.search).get('expand')).toBe('board:wshog');
    await waitFor(() =>
      expect(screen.getByTestId('graph').getAttribute('data-nodes')).toBe(
        'org:cranstoun task:p/a board:wshog',
      ),
    );
  });

  it('fades all but the focus’s neighbourhood', async () => {
    renderWithApollo(<Explore />, { handlers, url: '/explore?focus=org:cranstoun' });
    await waitFor(() => expect(screen.getByTestId('graph').getAttribute('data-faded')).toBe('yes'));
    expect(screen.getByRole('spinbutton', { name: 'Steps from the focus' })).toBeTruthy();
  });

  it('offers the same graph as a table', async () => {
    renderWithApollo(<Explore />, { handlers, url: '/explore' });
    await screen.findByTestId('graph');
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(window.location.search).toBe('?table=1');
    expect(screen.getByRole('heading', { name: 'Nodes (2)' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'is Responsible for' })).toBeTruthy();
  });
});
