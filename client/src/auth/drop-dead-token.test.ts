import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { isRefusedToken } from './drop-dead-token';

describe('isRefusedToken', () => {
  it('recognises an HTTP 401', () => {
    const error = new ServerError('Unauthorized', {
      response: new Response('', { status: 401 }),
      bodyText: '',
    });
    expect(isRefusedToken(error)).toBe(true);
  });

  it('recognises an UNAUTHENTICATED GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'The token is not valid', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(isRefusedToken(error)).toBe(true);
  });

  it('leaves FORBIDDEN alone: the token is fine, the role is not enough', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(isRefusedToken(error)).toBe(false);
  });
});
