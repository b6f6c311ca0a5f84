// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  authorisationHeader,
  clearSession,
  loadSession,
  saveSession,
  SESSION_KEY,
  type Session,
} from './session';

const session = (expiresAt: string): Session => ({
  token: 'abc',
  expiresAt,
  user: {
    email: 'p@example.org',
    name: 'P',
    role: 'partner',
    organisation: 'org:x',
    authority: null,
    allowed: ['Read'],
  },
});

describe('session storage', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('keeps a session until it expires', () => {
    saveSession(session('2099-01-01T00:00:00Z'));
    expect(loadSession()?.user.email).toBe('p@example.org');
    expect(authorisationHeader()).toEqual({ authorization: 'Bearer abc' });
  });

  it('drops an expired session instead of sending its token', () => {
    saveSession(session('2000-01-01T00:00:00Z'));
    expect(loadSession()).toBeNull();
    expect(window.sessionStorage.getItem(SESSION_KEY)).toBeNull();
    expect(authorisationHeader()).toEqual({});
  });

  it('ignores damaged storage', () => {
    window.sessionStorage.setItem(SESSION_KEY, '{not json');
    expect(loadSession()).toBeNull();
  });

  it('forgets the session on sign-out', () => {
    saveSession(session('2099-01-01T00:00:00Z'));
    clearSession();
    expect(loadSession()).toBeNull();
  });
});
