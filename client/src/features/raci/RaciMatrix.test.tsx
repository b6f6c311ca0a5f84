// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo } from '../../test/render-with-apollo';
import { RaciMatrix } from './RaciMatrix';
import { DRAW_LIMITS } from './build-raci-matrix';

afterEach(cleanup);

const party = (key: string, name: string, type = 'Organisation') => ({
  __typename: 'PartyRef',
  key,
  name,
  type,
});
// As the server's councilTasks view answers (in row order).
const tasks = [
  {
    __typename: 'TaskListing',
    key: 't1',
    title: 'Deliver safe house',
    row: 4,
    status: 'not_started',
    objective: [{ key: 'o1', title: 'Prevent' }],
    responsible: [party('cranstoun', 'Cranstoun')],
    accountable: [party('wshog', 'WSHOG', 'Board')],
    consulted: [],
    informed: [],
  },
  {
    __typename: 'TaskListing',
    key: 't2',
    title: 'Review allocations',
    row: 9,
    status: 'not_started',
    objective: [{ key: 'o1', title: 'Prevent' }],
    responsible: [],
    accountable: [party('wshog', 'WSHOG', 'Board'), party('cranstoun', 'Cranstoun')],
    consulted: [],
    informed: [],
  },
];

describe('RaciMatrix', () => {
  it('puts each party’s letters under each task and marks the rule breaks', async () => {
    renderWithApollo(<RaciMatrix />, {
      handlers: { RaciMatrix: () => ({ councilTasks: tasks }) },
      url: '/raci',
    });
    const table = await screen.findByRole('table', { name: /RACI letters/ });
    const cranstoun = within(table).getByRole('row', { name: /Cranstoun/ });
    const cells = within(cranstoun).getAllByRole('cell');
    expect(cells[0]?.textContent).toBe('R');
    // An Accountable on a task with two of them is filled and marked.
    expect(cells[1]?.textContent).toBe('A!');
    expect(cells[1]?.className).toContain('bad-cell');
    expect(screen.getByText('1 with no Responsible')).toBeTruthy();
    expect(
      within(table).getByRole('columnheader', {
        name: /Task 9: Review allocations. Breaks RACI rules: no Responsible party, more than one Accountable party/,
      }),
    ).toBeTruthy();
  });

  it('filters to the tasks that break a rule and keeps the choice in the URL', async () => {
    renderWithApollo(<RaciMatrix />, {
      handlers: { RaciMatrix: () => ({ councilTasks: tasks }) },
      url: '/raci',
    });
    await screen.findByRole('table', { name: /RACI letters/ });
    await userEvent.click(screen.getByLabelText('Only tasks that break a rule'));
    expect(window.location.search).toBe('?problems=1');
    const table = screen.getByRole('table', { name: /RACI letters/ });
    expect(within(table).queryByRole('columnheader', { name: /Task 4/ })).toBeNull();
    expect(within(table).getByRole('columnheader', { name: /Task 9/ })).toBeTruthy();
  });

  it('offers no council picker when the graph has one council', async () => {
    renderWithApollo(<RaciMatrix />, {
      handlers: {
        RaciMatrix: () => ({ councilTasks: tasks }),
        CouncilChoices: () => ({ councils: [{ key: 'org:w', name: 'Worcester City Council' }] }),
      },
      url: '/raci',
    });
    await screen.findByRole('table', { name: /RACI letters/ });
    expect(screen.queryByLabelText(/Council/)).toBeNull();
  });

  it('asks for one council’s tasks when several are loaded, and keeps the choice in the URL', async () => {
    const { calls } = renderWithApollo(<RaciMatrix />, {
      handlers: {
        RaciMatrix: () => ({ councilTasks: tasks }),
        CouncilChoices: () => ({
          councils: [
            { key: 'org:a', name: 'Ashford Borough Council' },
            { key: 'org:w', name: 'Worcester City Council' },
          ],
        }),
      },
      url: '/raci',
    });
    await screen.findByRole('table', { name: /RACI letters/ });
    const picker = await screen.findByLabelText(/Council/);
    const lastVariables = () =>
      calls.filter((c) => c.operationName === 'RaciMatrix').at(-1)?.variables;
    expect(lastVariables()).toEqual({ council: null });
    await userEvent.selectOptions(picker, 'org:w');
    expect(window.location.search).toBe('?council=org:w');
    await screen.findByRole('table', { name: /RACI letters/ });
    expect(lastVariables()).toEqual({ council: 'org:w' });
  });

  it('draws no more than the limit of tasks and says how many are left out', async () => {
    const many = Array.from({ length: DRAW_LIMITS.tasks + 2 }, (_, i) => ({
      ...tasks[0],
      key: `t${i + 1}`,
      title: `Task number ${i + 1}`,
      row: i + 1,
    }));
    renderWithApollo(<RaciMatrix />, {
      handlers: { RaciMatrix: () => ({ councilTasks: many }) },
      url: '/raci',
    });
    const table = await screen.findByRole('table', { name: /RACI letters/ });
    const cranstoun = within(table).getByRole('row', { name: /Cranstoun/ });
    // One cell per drawn task, then the four totals (which count every task).
    expect(within(cranstoun).getAllByRole('cell')).toHaveLength(DRAW_LIMITS.tasks + 4);
    expect(within(cranstoun).getAllByRole('cell').at(-4)?.textContent).toBe(
      String(DRAW_LIMITS.tasks + 2),
    );
    expect(
      screen.getByText(
        new RegExp(`Drawing the first ${DRAW_LIMITS.tasks} of ${DRAW_LIMITS.tasks + 2} tasks`),
      ),
    ).toBeTruthy();
    expect(screen.queryByText(`Task number ${DRAW_LIMITS.tasks + 1}`)).toBeNull();
  });

  it('keeps every council’s tasks out of the client cache', async () => {
    const { client } = renderWithApollo(<RaciMatrix />, {
      handlers: { RaciMatrix: () => ({ councilTasks: tasks }) },
      url: '/raci',
    });
    await screen.findByRole('table', { name: /RACI letters/ });
    expect(JSON.stringify(client.extract())).not.toContain('councilTasks');
  });

  it('shows the tasks in row order', async () => {
    const [t1, t2] = tasks;
    renderWithApollo(<RaciMatrix />, {
      handlers: {
        RaciMatrix: () => ({ councilTasks: [t2, t1] }),
        CouncilChoices: () => ({
          councils: [
            { key: 'org:a', name: 'Ashford Borough Council' },
            { key: 'org:w', name: 'Worcester City Council' },
          ],
        }),
      },
      url: '/raci?council=org:w',
    });
    const table = await screen.findByRole('table', { name: /RACI letters/ });
    const headings = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.getAttribute('title') ?? '')
      .filter((title) => /^\d+\. /.test(title));
    expect(headings).toEqual(['4. Deliver safe house', '9. Review allocations']);
  });

  it('offers the way back when the chosen council has no tasks', async () => {
    renderWithApollo(<RaciMatrix />, {
      handlers: {
        RaciMatrix: (variables) => ({ councilTasks: variables.council ? [] : tasks }),
        CouncilChoices: () => ({
          councils: [
            { key: 'org:a', name: 'Ashford Borough Council' },
            { key: 'org:w', name: 'Worcester City Council' },
          ],
        }),
      },
      url: '/raci?council=org:a',
    });
    expect(await screen.findByText('This council has no tasks in the graph yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show every council' }));
    expect(window.location.search).toBe('');
    expect(await screen.findByRole('table', { name: /RACI letters/ })).toBeTruthy();
  });

  it('says what to do when there are no tasks', async () => {
    renderWithApollo(<RaciMatrix />, {
      handlers: { RaciMatrix: () => ({ councilTasks: [] }) },
      url: '/raci',
    });
    expect(await screen.findByText('There are no tasks yet.')).toBeTruthy();
  });

  it('says what went wrong when the server fails, and offers to try again', async () => {
    renderWithApollo(<RaciMatrix />, {
      handlers: {
        RaciMatrix: () => {
          throw new Error('The database is not answering.');
        },
      },
      url: '/raci',
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the RACI matrix.');
    expect(alert.textContent).toContain('The database is not answering.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
