// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo } from '../../test/render-with-apollo';
import { Timeline, TIMELINE_STEP } from './Timeline';
import type { TimelineTaskData } from './timeline.query';

afterEach(cleanup);

// As the server's councilTasks view answers (in row order).
const task = (key: string, title: string, due: string | null, row: number) =>
  ({
    __typename: 'TaskListing',
    key,
    title,
    due,
    dueEnd: null,
    dueKind: due ? 'month' : null,
    dueRaw: due ? due.slice(0, 7) : 'Ongoing',
    status: 'not_started',
    row,
    objective: [{ key: 'o1', title: 'Prevent' }],
    responsible: [],
  }) satisfies TimelineTaskData & { __typename: string };
const tasks = [
  task('t1', 'Open the hub', '2024-03-01', 7),
  task('t2', 'Train the staff', '2024-03-01', 2),
  task('t3', 'Keep the forum going', null, 1),
];
const councils = () => ({
  councils: [
    { key: 'org:a', name: 'Ashford Borough Council' },
    { key: 'org:w', name: 'Worcester City Council' },
  ],
});
const cardTitles = (cell: HTMLElement) =>
  within(cell)
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('Timeline', () => {
  it('asks for every task, then one council’s, keeping the choice in the URL', async () => {
    const { calls } = renderWithApollo(<Timeline />, {
      handlers: {
        Timeline: (variables) => ({
          councilTasks: variables.council ? [tasks[0]] : tasks,
        }),
        CouncilChoices: councils,
      },
      url: '/timeline?today=2024-02',
    });
    await screen.findByRole('table');
    const lastVariables = () =>
      calls.filter((c) => c.operationName === 'Timeline').at(-1)?.variables;
    expect(lastVariables()).toEqual({ council: null });
    expect(screen.getAllByRole('link', { name: /Open the hub|Train|Keep/ })).toHaveLength(3);
    await userEvent.selectOptions(await screen.findByLabelText(/Council/), 'org:w');
    expect(window.location.search).toBe('?council=org:w&today=2024-02');
    await screen.findByRole('link', { name: 'Open the hub' });
    expect(lastVariables()).toEqual({ council: 'org:w' });
    expect(screen.queryByRole('link', { name: 'Train the staff' })).toBeNull();
  });

  it('keeps every council’s tasks out of the client cache', async () => {
    const { client } = renderWithApollo(<Timeline />, {
      handlers: { Timeline: () => ({ councilTasks: tasks }), CouncilChoices: councils },
      url: '/timeline?today=2024-02',
    });
    await screen.findByRole('table');
    expect(JSON.stringify(client.extract())).not.toContain('councilTasks');
  });

  it('puts the tasks, which the server lists in row order, in due-then-row order', async () => {
    renderWithApollo(<Timeline />, {
      handlers: {
        Timeline: () => ({ councilTasks: [tasks[2], tasks[1], tasks[0]] }),
        CouncilChoices: councils,
      },
      url: '/timeline?council=org:w&today=2024-02',
    });
    const march = (await screen.findByRole('rowheader', { name: /March 2024/ })).closest('tr');
    expect(cardTitles(march as HTMLElement)).toEqual(['Train the staff', 'Open the hub']);
    const undated = screen.getByRole('rowheader', { name: /No date/ }).closest('tr');
    expect(cardTitles(undated as HTMLElement)).toEqual(['Keep the forum going']);
  });

  it('offers the way back when the chosen council has no tasks', async () => {
    renderWithApollo(<Timeline />, {
      handlers: {
        Timeline: (variables) => ({ councilTasks: variables.council ? [] : tasks }),
        CouncilChoices: councils,
      },
      url: '/timeline?council=org:a',
    });
    expect(await screen.findByText('This council has no tasks in the graph yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show every council' }));
    expect(window.location.search).toBe('');
    expect(await screen.findByRole('table')).toBeTruthy();
  });

  it('draws a long timeline a few months at a time, and the rest when asked', async () => {
    // Three months of tasks, the third beyond the first step.
    const third = Math.ceil(TIMELINE_STEP / 2);
    const many = ['2024-01-01', '2024-02-01', '2024-03-01'].flatMap((due, m) =>
      Array.from({ length: third }, (_, i) =>
        task(`t${m}-${i}`, `Task ${m}-${i}`, due, m * third + i),
      ),
    );
    renderWithApollo(<Timeline />, {
      handlers: { Timeline: () => ({ councilTasks: many }), CouncilChoices: councils },
      url: '/timeline?today=2024-01',
    });
    await screen.findByRole('rowheader', { name: /February 2024/ });
    expect(screen.queryByRole('rowheader', { name: /March 2024/ })).toBeNull();
    expect(screen.getAllByRole('link', { name: /^Task / })).toHaveLength(2 * third);
    expect(screen.getByText(`(${third} tasks not shown yet)`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show later months' }));
    expect(await screen.findByRole('rowheader', { name: /March 2024/ })).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^Task / })).toHaveLength(3 * third);
    expect(screen.queryByRole('button', { name: 'Show later months' })).toBeNull();
  });
});
