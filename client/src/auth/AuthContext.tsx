// Who is signed in, for every view: the session from sessionStorage, sign-in through the login
// mutation, and sign-out. Changing user resets Apollo's cache so no view shows what the previous
// user was allowed to see.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useApolloClient } from '@apollo/client/react';
import { LOGIN_MUTATION } from './auth.query';
import { SESSION_DROPPED_EVENT } from './drop-dead-token';
import {
  clearSession,
  isExpired,
  loadSession,
  saveSession,
  type Session,
  type SessionUser,
} from './session';

export interface AuthState {
  user: SessionUser | null;
  session: Session | null;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [session, setSession] = useState<Session | null>(() => loadSession());

  const signOut = useCallback(async () => {
    clearSession();
    setSession(null);
    await client.resetStore().catch(() => undefined);
  }, [client]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { data } = await client.mutate({
        mutation: LOGIN_MUTATION,
        variables: { email, password },
      });
      if (!data) throw new Error('The server did not send a session.');
      saveSession(data.login);
      setSession(data.login);
      await client.resetStore().catch(() => undefined);
      return data.login.user;
    },
    [client],
  );

  // The server refused the token (see drop-dead-token.ts): the session is already gone.
  useEffect(() => {
    const dropped = () => setSession(null);
    window.addEventListener(SESSION_DROPPED_EVENT, dropped);
    return () => window.removeEventListener(SESSION_DROPPED_EVENT, dropped);
  }, []);

  // Sign out when the token expires, so nothing is sent with a dead token.
  useEffect(() => {
    if (!session) return;
    const ms = isExpired(session)
      ? 0
      : Math.min(Date.parse(session.expiresAt) - Date.now(), 2 ** 31 - 1);
    const timer = window.setTimeout(() => void signOut(), ms);
    return () => window.clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo<AuthState>(
    () => ({ user: session?.user ?? null, session, signIn, signOut }),
    [session, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The current user and the sign-in actions. */
export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an <AuthProvider> above it.');
  return value;
}
