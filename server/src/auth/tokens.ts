// Signs and verifies the API's tokens: HS256 JWTs carrying the user's role and the party or
// council they act for. The claims are what @authorization rules read as $jwt.
import { SignJWT, jwtVerify, errors } from 'jose';
import type { Role } from './roles.js';

export interface TokenClaims {
  sub: string;
  roles: Role[];
  organisation?: string;
  authority?: string;
  name?: string;
}

export class TokenError extends Error {
  override readonly name = 'TokenError';
  constructor(
    readonly code: 'TOKEN_EXPIRED' | 'TOKEN_INVALID',
    message: string,
  ) {
    super(message);
  }
}

const ISSUER = 'homelessness-knowledge-graph';

export interface TokenSigner {
  sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }>;
  verify(token: string): Promise<TokenClaims>;
}

/** A signer for one secret; `ttlSeconds` is how long a token lives. */
export function createTokenSigner(secret: string, ttlSeconds: number): TokenSigner {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(claims) {
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      const token = await new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setSubject(claims.sub)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        const roles = Array.isArray(payload.roles) ? (payload.roles as Role[]) : [];
        return {
          sub: String(payload.sub),
          roles,
          ...(typeof payload.organisation === 'string'
            ? { organisation: payload.organisation }
            : {}),
          ...(typeof payload.authority === 'string' ? { authority: payload.authority } : {}),
          ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
        };
      } catch (error) {
        if (error instanceof errors.JWTExpired)
          throw new TokenError('TOKEN_EXPIRED', 'The token has expired: sign in again.');
        throw new TokenError('TOKEN_INVALID', 'The token is not valid: sign in again.');
      }
    },
  };
}
