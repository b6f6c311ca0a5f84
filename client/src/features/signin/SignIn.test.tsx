// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphQLError, renderWithApollo } from '../../test/render-with-apollo';
import { loadSession } from '../../auth/session';
import { SignIn } from './SignIn';

afterEach(cleanup);

const user = {
  email: 'officer@example.org',
  name: 'Sam Officer',
  role: 'partner',
  organisation: 'org:cranstoun',
  authority: null,
  allowed: [
    'Read the whole graph.',
    'Change the status of the tasks your organisation is Responsible for.',
  ],
};

describe('SignIn', () => {
  it('signs in, keeps the session, and shows the role and what it allows', async () => {
    renderWithApollo(<SignIn />, {
      handlers: {
        Login: () => ({
          login: { token: 'tok', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user },
        }),
        OrganisationNames: () => ({ organisations: [{ key: 'org:cranstoun', name: 'Cranstoun' }] }),
      },
      url: '/signin',
    });
    await userEvent.type(screen.getByLabelText('Email'), 'officer@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'a long password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Signed in' })).toBeTruthy();
    expect(
      screen.getByText('Change the status of the tasks your organisation is Responsible for.'),
    ).toBeTruthy();
    expect(loadSession()?.token).toBe('tok');
    expect(await screen.findByText('Cranstoun')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Your organisation’s view' }).getAttribute('href'),
    ).toBe('/partner?party=org:cranstoun');
  });

  it('says the email or password is wrong, and keeps no session', async () => {
    renderWithApollo(<SignIn />, {
      handlers: {
        Login: () => {
          throw graphQLError('The email or password is wrong.', 'UNAUTHENTICATED');
        },
      },
      url: '/signin',
    });
    await userEvent.type(screen.getByLabelText('Email'), 'officer@example.org');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The email or password is wrong. Check the email and password.',
    );
    expect(loadSession()).toBeNull();
  });
});
