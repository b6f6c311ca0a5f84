import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError } from './describe-error';

const graphQLError = (message: string, code?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: code ? { code } : {} }] });

describe('describeError', () => {
  it('asks the user to sign in when the server says UNAUTHENTICATED', () => {
    expect(describeError(graphQLError('Unauthenticated', 'UNAUTHENTICATED'))).toMatchObject({
      code: 'UNAUTHENTICATED',
      action: expect.stringMatching(/Sign in/),
    });
  });

  it('says the role does not allow it when FORBIDDEN', () => {
    expect(describeError(graphQLError('Forbidden', 'FORBIDDEN')).message).toMatch(/not allowed/);
  });

  it('passes on the server’s own message for bad input', () => {
    const d = describeError(graphQLError('No council is called "Nowhere".', 'BAD_USER_INPUT'));
    expect(d.message).toBe('No council is called "Nowhere".');
    expect(d.action).toMatch(/Check what you entered/);
  });

  it('says the server did not answer when the network fails', () => {
    expect(describeError(new TypeError('Failed to fetch')).message).toBe(
      'The server did not answer.',
    );
  });

  it('names the HTTP status of a server error', () => {
    const error = new ServerError('Bad gateway', {
      response: new Response('', { status: 502 }),
      bodyText: '',
    });
    expect(describeError(error).message).toMatch(/HTTP 502/);
  });
});
