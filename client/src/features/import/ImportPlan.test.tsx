// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo, sessionFor } from '../../test/render-with-apollo';
import { ImportPlan } from './ImportPlan';
import type { ImportReport } from './import.query';

afterEach(cleanup);

const PLAN = 'Objective,Action,Lead\nPrevent,Agree a protocol,Strategic Housing Team\n';

const report = (dryRun: boolean): ImportReport => ({
  file: 'pilot.csv',
  format: 'csv',
  layout: 'columns',
  dryRun,
  changed: true,
  authorityKey: 'org:w',
  authorityName: 'Worcester City Council',
  planKey: 'plan:w/pilot',
  planTitle: 'Pilot',
  rowsRead: 2,
  tasksRead: 1,
  objectivesRead: 1,
  glossaryEntries: 0,
  partiesMatched: 1,
  partiesCreated: [],
  clientGroupsCreated: [],
  added: [{ key: 't', title: 'Agree a protocol', row: 2, fields: [] }],
  updated: [],
  removed: [],
  unchanged: 0,
  issues: [
    {
      row: 2,
      column: 'Accountable',
      severity: 'warning',
      code: 'no-accountable',
      message: 'No party is Accountable for this task.',
    },
  ],
});

const handlers = {
  ImportCouncils: () => ({ organisations: [{ key: 'org:w', name: 'Worcester City Council' }] }),
  ImportPlan: (v: Record<string, unknown>) => ({ importPlan: report(v.dryRun as boolean) }),
};
const planner = sessionFor({ role: 'planner', name: 'Pat', authority: 'org:w' });

async function chooseAndCheck() {
  const file = new File([PLAN], 'pilot.csv', { type: 'text/csv' });
  await userEvent.upload(screen.getByLabelText(/Plan file/), file);
  await userEvent.click(screen.getByRole('button', { name: 'Read and check' }));
  await screen.findByRole('heading', { name: 'What importing this file would do' });
}

describe('ImportPlan', () => {
  it('sends the file as a dry run first and shows the row-level report', async () => {
    const { calls } = renderWithApollo(<ImportPlan />, {
      handlers,
      session: planner,
      url: '/import',
    });
    await chooseAndCheck();
    const sent = calls.find((c) => c.operationName === 'ImportPlan');
    expect(sent?.variables).toMatchObject({
      fileName: 'pilot.csv',
      dryRun: true,
      authority: 'org:w',
    });
    expect(atob(String(sent?.variables.contentBase64))).toBe(PLAN);
    expect(screen.getByText(/Importing it would leave: 1 task added/)).toBeTruthy();
    expect(screen.getByText('No party is Accountable for this task.')).toBeTruthy();
    expect(screen.getByText(/Nothing has been written yet/)).toBeTruthy();
  });

  it('writes nothing when cancelled', async () => {
    const { calls } = renderWithApollo(<ImportPlan />, {
      handlers,
      session: planner,
      url: '/import',
    });
    await chooseAndCheck();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Read and check' })).toBeTruthy();
    expect(
      calls.filter((c) => c.operationName === 'ImportPlan').map((c) => c.variables.dryRun),
    ).toEqual([true]);
  });

  it('imports for real only when confirmed', async () => {
    const { calls } = renderWithApollo(<ImportPlan />, {
      handlers,
      session: planner,
      url: '/import',
    });
    await chooseAndCheck();
    await userEvent.click(screen.getByRole('button', { name: 'Import it' }));
    await screen.findByRole('heading', { name: 'What the import did' });
    expect(
      calls.filter((c) => c.operationName === 'ImportPlan').map((c) => c.variables.dryRun),
    ).toEqual([true, false]);
    expect(screen.getByText(/Imported: 1 task added/)).toBeTruthy();
  });

  it('refuses a file it cannot import before sending anything', async () => {
    const { calls } = renderWithApollo(<ImportPlan />, {
      handlers,
      session: planner,
      url: '/import',
    });
    await userEvent.upload(
      screen.getByLabelText(/Plan file/),
      new File(['x'], 'photo.png', { type: 'image/png' }),
      { applyAccept: false },
    );
    expect(screen.getByRole('alert').textContent).toMatch(/not a plan file/);
    expect(
      (screen.getByRole('button', { name: 'Read and check' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(calls.filter((c) => c.operationName === 'ImportPlan')).toEqual([]);
  });

  it('tells a viewer that importing is for planners', () => {
    renderWithApollo(<ImportPlan />, {
      handlers,
      session: sessionFor({ role: 'viewer' }),
      url: '/import',
    });
    expect(screen.getByText(/you are signed in as a viewer/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Read and check' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
