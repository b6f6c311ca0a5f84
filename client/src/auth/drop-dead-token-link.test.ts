// @vitest-environment jsdom
// The whole link chain of the page's Apollo Client with a refused token: the server's answer is
// played by a stand-in fetch that refuses any Authorization header the way the API does (401,
// UNAUTHENTICATED), so the test shows what the user gets: the data, read anonymously, and the
// session gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gql } from '@apollo/client';
import { createApolloClient } from '../apollo-client';
import { loadSession, saveSession } from './session';
import { SESSION_DROPPED_EVENT } from './drop-dead-token';

const PLANS = gql`
  query Plans {
    plans {
      key
    }
  }
`;

const sent: (string | null)[] = [];

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  sent.length = 0;
  saveSession({
    token: 'signed-with-an-old-secret',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: {
      email: 'p@example.org',
      name: 'P',
      role: 'planner',
      organisation: null,
      authority: 'org:x',
      allowed: [],
    },
  });
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const authorization = new Headers(init.headers).get('authorization');
    sent.push(authorization);
    return authorization
      ? answer(401, {
          errors: [
            {
              message: 'The token is not valid: sign in again.',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        })
      : answer(200, { data: { plans: [{ __typename: 'Plan', key: 'plan:x' }] } });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
});

describe('a token the server refuses', () => {
  it('is dropped, and the query is sent again without it and answered', async () => {
    const dropped = vi.fn();
    window.addEventListener(SESSION_DROPPED_EVENT, dropped);
    const client = createApolloClient();
    const result = await client.query({ query: PLANS });
    window.removeEventListener(SESSION_DROPPED_EVENT, dropped);

    expect(result.data).toEqual({ plans: [{ __typename: 'Plan', key: 'plan:x' }] });
    expect(sent).toEqual(['Bearer signed-with-an-old-secret', null]);
    expect(loadSession()).toBeNull();
    expect(dropped).toHaveBeenCalledTimes(1);
  });

  it('is not sent again on the next request', async () => {
    const client = createApolloClient();
    await client.query({ query: PLANS });
    await client.query({ query: PLANS, fetchPolicy: 'network-only' });
    expect(sent).toEqual(['Bearer signed-with-an-old-secret', null, null]);
  });
});
