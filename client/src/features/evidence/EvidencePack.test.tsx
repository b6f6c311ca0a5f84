// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApollo } from '../../test/render-with-apollo';
import { EvidencePack } from './EvidencePack';

afterEach(cleanup);

const plan = (key: string, council: string) => ({
  key,
  title: 'Homelessness Action Plan',
  by: [{ name: council }],
});
const scopes = (plans: ReturnType<typeof plan>[]) => () => ({
  plans,
  objectives: [],
  clientGroups: [],
});
const pack = () => ({
  evidencePack: { fileName: 'pack.html', mediaType: 'text/html', content: '<h1>Pack</h1>' },
});

describe('EvidencePack', () => {
  it('previews the current plan at once when the graph has one plan', async () => {
    const { calls } = renderWithApollo(<EvidencePack />, {
      handlers: { EvidenceScopes: scopes([plan('plan:w', 'Worcester')]), EvidencePack: pack },
      url: '/evidence',
    });
    await screen.findByTitle('Preview: pack.html');
    expect(calls.find((c) => c.operationName === 'EvidencePack')?.variables).toMatchObject({
      scope: 'plan',
      key: null,
    });
  });

  it('with several plans, waits for a choice, and makes every plan’s pack only when chosen', async () => {
    const { calls } = renderWithApollo(<EvidencePack />, {
      handlers: {
        EvidenceScopes: scopes([plan('plan:w', 'Worcester'), plan('plan:a', 'Ashford')]),
        EvidencePack: pack,
      },
      url: '/evidence',
    });
    await screen.findByText(/Choose a plan to preview its pack, or every plan \(the pack of all 2/);
    const asked = () => calls.filter((c) => c.operationName === 'EvidencePack');
    expect(asked()).toEqual([]);
    const field = screen.getByRole('combobox', { name: /Plan/ });
    await userEvent.selectOptions(field, 'Ashford: Homelessness Action Plan');
    await waitFor(() => expect(asked().at(-1)?.variables).toMatchObject({ key: 'plan:a' }));
    await userEvent.selectOptions(field, 'Every plan (2)');
    await waitFor(() => expect(asked().at(-1)?.variables).toMatchObject({ key: null }));
    expect(window.location.search).toBe('?key=*');
  });
});
