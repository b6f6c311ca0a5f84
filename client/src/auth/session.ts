// The signed-in session, kept in sessionStorage: it survives a reload but not closing the tab,
// and an expired token is dropped rather than sent.

export type Role = 'viewer' | 'partner' | 'planner' | 'admin';

export interface SessionUser {
  email: string;
  name: string | null;
  role: Role | string;
  /** Partner users: the organisation they act for. */
  organisation: string | null;
  /** Planner users: the council whose plans they may change. */
  authority: string | null;
  /** What the role may do, in the server's words. */
  allowed: string[];
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

export const SESSION_KEY = 'hkg.session';

/** True when the token's expiry has passed (or cannot be read). */
export function isExpired(session: Session, now = Date.now()): boolean {
  const at = Date.parse(session.expiresAt);
  return !Number.isFinite(at) || at <= now;
}

function isSession(value: unknown): value is Session {
  const v = value as Session | null;
  return (
    !!v &&
    typeof v.token === 'string' &&
    typeof v.expiresAt === 'string' &&
    !!v.user &&
    typeof v.user.email === 'string' &&
    typeof v.user.role === 'string'
  );
}

/** The stored session, or null when there is none, it is damaged, or it has expired. */
export function loadSession(
  storage: Storage = window.sessionStorage,
  now = Date.now(),
): Session | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(SESSION_KEY) ?? 'null');
  } catch {
    parsed = null;
  }
  if (!isSession(parsed) || isExpired(parsed, now)) {
    storage.removeItem(SESSION_KEY);
    return null;
  }
  return { ...parsed, user: { ...parsed.user, allowed: parsed.user.allowed ?? [] } };
}

export function saveSession(session: Session, storage: Storage = window.sessionStorage): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: Storage = window.sessionStorage): void {
  storage.removeItem(SESSION_KEY);
}

/** The Authorization header for the stored session, or none. */
export function authorisationHeader(
  storage: Storage = window.sessionStorage,
): Record<string, string> {
  const session = loadSession(storage);
  return session ? { authorization: `Bearer ${session.token}` } : {};
}
