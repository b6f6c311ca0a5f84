// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo } from '../../test/render-with-apollo';
import { SearchBox } from './SearchBox';

afterEach(cleanup);

const hits = [
  {
    key: 'org:w/hwot',
    type: 'Organisation',
    name: 'Housing and Welfare Options Team',
    matched: 'HWOT',
    score: 3,
  },
  { key: 'role:w/hwot-manager', type: 'Role', name: 'HWOT Manager', matched: null, score: 2 },
];

describe('SearchBox', () => {
  it('suggests parties by alias and says which alias matched', async () => {
    renderWithApollo(<SearchBox onPick={() => {}} />, {
      handlers: { Search: () => ({ search: hits }) },
    });
    await userEvent.type(screen.getByRole('combobox'), 'HWOT');
    const option = await screen.findByRole('option', { name: /Housing and Welfare Options Team/ });
    expect(option.textContent).toContain('matches “HWOT”');
    expect(screen.getByRole('option', { name: /HWOT Manager/ }).textContent).not.toContain(
      'matches',
    );
  });

  it('picks a suggestion with the arrow keys and Enter', async () => {
    const onPick = vi.fn();
    renderWithApollo(<SearchBox onPick={onPick} />, {
      handlers: { Search: () => ({ search: hits }) },
    });
    const input = screen.getByRole('combobox');
    await userEvent.type(input, 'HWOT');
    await screen.findAllByRole('option');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ key: 'role:w/hwot-manager' }));
    expect((input as HTMLInputElement).value).toBe('HWOT Manager');
  });

  it('says when nothing matches, and what to try', async () => {
    renderWithApollo(<SearchBox onPick={() => {}} />, {
      handlers: { Search: () => ({ search: [] }) },
    });
    await userEvent.type(screen.getByRole('combobox'), 'zzz');
    await waitFor(() => expect(screen.getByText(/Nothing matches “zzz”/)).toBeTruthy());
  });

  it('does not search on one letter', async () => {
    const { calls } = renderWithApollo(<SearchBox onPick={() => {}} />, {
      handlers: { Search: () => ({ search: hits }) },
    });
    await userEvent.type(screen.getByRole('combobox'), 'H');
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.filter((c) => c.operationName === 'Search')).toEqual([]);
  });
});
