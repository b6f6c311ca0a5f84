// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CytoscapeGraphProps } from '../../graph/CytoscapeGraph';
import { renderWithApollo } from '../../test/render-with-apollo';
import { Findings, FINDINGS_STEP, TABLE_STEP } from './Findings';

// Cytoscape needs a real canvas: the drawing is tested in the browser tests. Here the graph
// shows what it was asked to highlight.
vi.mock('../../graph/CytoscapeGraph', () => ({
  CytoscapeGraph: (props: CytoscapeGraphProps) => (
    <div
      data-testid="graph"
      data-highlighted={(props.highlighted ?? []).join(' ')}
      data-nodes={props.elements.nodes.length}
    />
  ),
}));

afterEach(cleanup);

const analysis = {
  rules: [
    {
      id: 'overdue',
      title: 'Overdue task',
      severity: 'medium',
      category: 'risk',
      explanation: 'The plan has slipped.',
    },
    {
      id: 'unserved-client-group',
      title: 'Client group named but not served',
      severity: 'high',
      category: 'gap',
      explanation: 'Unmet need.',
    },
  ],
  findings: [
    {
      id: 'overdue:t1',
      ruleId: 'overdue',
      severity: 'medium',
      title: 'Safe house is late',
      sentence: 'The safe house was due in December 2023.',
      nodes: [{ key: 't1', label: 'Task', name: 'Deliver safe house' }],
      evidence: [
        {
          kind: 'row',
          description: 'Due December 2023, status not started',
          source: 'source:plan',
          locator: 'row 4',
        },
      ],
    },
    {
      id: 'unserved:care-leavers',
      ruleId: 'unserved-client-group',
      severity: 'high',
      title: 'Client group named but not served',
      sentence: 'Care leavers are named in the plan (row 40), but no task or service serves them.',
      nodes: [{ key: 'clientgroup:care-leavers', label: 'ClientGroup', name: 'Care leavers' }],
      evidence: [],
    },
  ],
};
const graph = {
  graph: {
    truncated: false,
    __typename: 'GraphView',
    nodes: [
      {
        id: 't1',
        type: 'Task',
        label: 'Deliver safe house',
        kind: null,
        status: null,
        due: null,
        authority: null,
      },
      {
        id: 'clientgroup:care-leavers',
        type: 'ClientGroup',
        label: 'Care leavers',
        kind: null,
        status: null,
        due: null,
        authority: null,
      },
    ],
    edges: [],
  },
};
const handlers = { Analysis: () => ({ analysis }), FindingsGraph: () => graph };

describe('Findings', () => {
  it('groups findings by rule, the most severe first', async () => {
    renderWithApollo(<Findings />, { handlers, url: '/findings' });
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'High Client group named but not served 1',
      'Medium Overdue task 1',
    ]);
    expect(screen.getByText(/2 findings from 2 rules: 1 high, 1 medium, 0 low/)).toBeTruthy();
  });

  it('highlights a finding’s nodes on the graph when it is chosen, with its evidence', async () => {
    renderWithApollo(<Findings />, { handlers, url: '/findings' });
    await userEvent.click(await screen.findByRole('button', { name: /Safe house is late/ }));
    await waitFor(() =>
      expect(screen.getByTestId('graph').getAttribute('data-highlighted')).toBe('t1'),
    );
    expect(window.location.search).toBe('?finding=overdue:t1');
    expect(screen.getByText(/Due December 2023, status not started/)).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Open these nodes in Explore' }).getAttribute('href'),
    ).toBe('/explore?highlight=t1');
  });

  it('filters by severity', async () => {
    renderWithApollo(<Findings />, { handlers, url: '/findings' });
    await userEvent.click(await screen.findByLabelText(/High \(1\)/));
    expect(screen.queryByRole('button', { name: /Safe house is late/ })).toBeNull();
    expect(screen.getByRole('button', { name: /Care leavers are named/ })).toBeTruthy();
  });

  // One rule with many findings, as a national graph gives.
  const many = (n: number) => ({
    rules: [analysis.rules[0]],
    findings: Array.from({ length: n }, (_, i) => ({
      ...analysis.findings[0],
      id: `overdue:t${i}`,
      title: `Late task ${String(i).padStart(4, '0')}`,
    })),
  });

  it('draws a long group a part at a time', async () => {
    renderWithApollo(<Findings />, {
      handlers: {
        Analysis: () => ({ analysis: many(FINDINGS_STEP + 3) }),
        FindingsGraph: () => graph,
      },
      url: '/findings',
    });
    expect(await screen.findAllByRole('button', { name: /Late task/ })).toHaveLength(FINDINGS_STEP);
    expect(screen.getByText('(3 findings not shown yet)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(screen.getAllByRole('button', { name: /Late task/ })).toHaveLength(FINDINGS_STEP + 3);
    expect(screen.queryByRole('button', { name: /more$/ })).toBeNull();
  });

  it('draws a chosen finding that is further down its group', async () => {
    const last = `overdue:t${FINDINGS_STEP + 2}`;
    renderWithApollo(<Findings />, {
      handlers: {
        Analysis: () => ({ analysis: many(FINDINGS_STEP + 3) }),
        FindingsGraph: () => graph,
      },
      url: `/findings?finding=${last}`,
    });
    const chosen = await screen.findByRole('button', {
      name: new RegExp(`Late task 00${FINDINGS_STEP + 2}`),
    });
    expect(chosen.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('button', { name: /Late task/ })).toHaveLength(FINDINGS_STEP + 1);
  });

  it('draws the table a part at a time', async () => {
    renderWithApollo(<Findings />, {
      handlers: {
        Analysis: () => ({ analysis: many(TABLE_STEP + 1) }),
        FindingsGraph: () => graph,
      },
      url: '/findings?table=1',
    });
    const table = await screen.findByRole('table');
    // A heading row and the first part of the findings.
    expect(within(table).getAllByRole('row')).toHaveLength(TABLE_STEP + 1);
    await userEvent.click(screen.getByRole('button', { name: 'Show 1 more' }));
    expect(within(table).getAllByRole('row')).toHaveLength(TABLE_STEP + 2);
  });

  const twoCouncils = () => ({
    councils: [
      { key: 'org:a', name: 'Ashford' },
      { key: 'org:w', name: 'Worcester' },
    ],
  });

  const twoPlans = () => ({ plans: [{ key: 'plan:a' }, { key: 'plan:w' }] });

  it('with several plans and no council chosen, draws only a finding’s nodes and neighbours', async () => {
    const { calls } = renderWithApollo(<Findings />, {
      handlers: { ...handlers, CouncilChoices: twoCouncils, FindingsPlans: twoPlans },
      url: '/findings',
    });
    expect(await screen.findByText(/plans loaded, the graph draws the chosen/)).toBeTruthy();
    expect(screen.queryByTestId('graph')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: /Safe house is late/ }));
    await waitFor(() =>
      expect(screen.getByTestId('graph').getAttribute('data-highlighted')).toBe('t1'),
    );
    const graphs = calls.filter((c) => c.operationName === 'FindingsGraph');
    // Never the whole country's graph: only the chosen finding's surroundings.
    expect(graphs.map((c) => c.variables)).toEqual([{ filter: { focus: 't1', depth: 1 } }]);
  });

  it('with one plan loaded, draws the whole system graph', async () => {
    const { calls } = renderWithApollo(<Findings />, {
      handlers: {
        ...handlers,
        CouncilChoices: twoCouncils,
        FindingsPlans: () => ({ plans: [{ key: 'plan:w' }] }),
      },
      url: '/findings',
    });
    await waitFor(() => expect(screen.getByTestId('graph').getAttribute('data-nodes')).toBe('2'));
    expect(calls.find((c) => c.operationName === 'FindingsGraph')?.variables).toEqual({
      filter: {},
    });
  });

  it('runs the analysis for the chosen council, past the client cache', async () => {
    const { calls, client } = renderWithApollo(<Findings />, {
      handlers: {
        ...handlers,
        CouncilChoices: twoCouncils,
        FindingsPlans: twoPlans,
      },
      url: '/findings',
    });
    await screen.findAllByRole('heading', { level: 3 });
    const last = (name: string) => calls.filter((c) => c.operationName === name).at(-1)?.variables;
    expect(last('Analysis')).toEqual({ input: {} });
    await userEvent.selectOptions(await screen.findByLabelText(/Council/), 'org:w');
    expect(window.location.search).toBe('?council=org:w');
    await waitFor(() => expect(last('Analysis')).toEqual({ input: { authority: 'org:w' } }));
    expect(last('FindingsGraph')).toEqual({ filter: { authority: 'org:w' } });
    await screen.findAllByRole('heading', { level: 3 });
    expect(JSON.stringify(client.extract())).not.toContain('analysis');
  });
});
