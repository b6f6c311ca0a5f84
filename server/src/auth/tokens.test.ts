import { describe, expect, it } from 'vitest';
import { createTokenSigner, TokenError } from './tokens.js';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

describe('tokens', () => {
  it('verifies what it signed, claims included', async () => {
    const signer = createTokenSigner(secret, 60);
    const { token } = await signer.sign({
      sub: 'a@b.org',
      roles: ['partner'],
      organisation: 'org:platform',
    });
    expect(await signer.verify(token)).toEqual({
      sub: 'a@b.org',
      roles: ['partner'],
      organisation: 'org:platform',
    });
  });

  it('refuses a token signed with another secret', async () => {
    const { token } = await createTokenSigner('another-secret-entirely-of-good-length', 60).sign({
      sub: 'x',
      roles: ['admin'],
    });
    await expect(createTokenSigner(secret, 60).verify(token)).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
    });
  });

  it('refuses an expired token with a message to sign in again', async () => {
    const { token } = await createTokenSigner(secret, -10).sign({ sub: 'x', roles: ['viewer'] });
    const failure = createTokenSigner(secret, 60).verify(token);
    await expect(failure).rejects.toBeInstanceOf(TokenError);
    await expect(failure).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('refuses a token with its payload edited', async () => {
    const signer = createTokenSigner(secret, 60);
    const { token } = await signer.sign({ sub: 'x', roles: ['viewer'] });
    const [header, , signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: 'x', roles: ['admin'], iss: 'homelessness-knowledge-graph' }),
    ).toString('base64url');
    await expect(signer.verify(`${header}.${forged}.${signature}`)).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
    });
  });
});
