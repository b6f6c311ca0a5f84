// Sign in and out. Signed in, the page says who you are, your role and what it allows (in the
// server's words), with the views that role is for.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { ORGANISATION_NAMES_QUERY } from './signin.query';
import { useAuth } from '../../auth/AuthContext';
import { roleName, ROLE_SUMMARY } from '../../auth/permissions';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError } from '../../shared/describe-error';

export function SignIn() {
  const { user, signIn, signOut, session } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const keys = [user?.organisation, user?.authority].filter((k): k is string => !!k);
  const names = useQuery(ORGANISATION_NAMES_QUERY, {
    variables: { keys },
    skip: keys.length === 0,
  });
  const nameOf = (key: string) => names.data?.organisations.find((o) => o.key === key)?.name ?? key;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      setPassword('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (user) {
    return (
      <div className="signin">
        <div className="view-header">
          <h2>Signed in</h2>
        </div>
        <section className="signin-card" aria-labelledby="who-heading">
          <h3 id="who-heading">
            {user.name ?? user.email} <span className="role-badge">{roleName(user.role)}</span>
          </h3>
          <dl className="facts">
            <div>
              <dt>Email</dt>
              <dd>{user.email}</dd>
            </div>
            <div>
              <dt>Role</dt>
              <dd>{roleName(user.role)}</dd>
            </div>
            {user.organisation ? (
              <div>
                <dt>Acts for</dt>
                <dd>{nameOf(user.organisation)}</dd>
              </div>
            ) : null}
            {user.authority ? (
              <div>
                <dt>Council</dt>
                <dd>{nameOf(user.authority)}</dd>
              </div>
            ) : null}
            {session ? (
              <div>
                <dt>Until</dt>
                <dd>{new Date(session.expiresAt).toLocaleString('en-GB')}</dd>
              </div>
            ) : null}
          </dl>
          <h4>What your role allows</h4>
          <ul className="allowed">
            {(user.allowed.length > 0 ? user.allowed : [ROLE_SUMMARY[user.role] ?? '']).map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <div className="button-row">
            {user.role === 'partner' && user.organisation ? (
              <Link href={pathTo('partner', `?party=${user.organisation}`)}>
                Your organisation’s view
              </Link>
            ) : null}
            {user.role === 'planner' || user.role === 'admin' ? (
              <Link href={pathTo('import')}>Import a plan</Link>
            ) : null}
            <Link href={pathTo('findings')}>Gaps and duplication</Link>
            <button type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </section>
      </div>
    );
  }

  const problem = error ? describeError(error) : null;
  // The server says what was wrong with the sign-in (wrong password, too many attempts).
  const serverMessage = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
  return (
    <div className="signin">
      <div className="view-header">
        <h2>Sign in</h2>
        <p>Reading needs no sign-in. Sign in to change what your role allows.</p>
      </div>
      <form className="signin-card" onSubmit={(e) => void onSubmit(e)} aria-label="Sign in">
        <label className="field">
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label className="field">
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {problem ? (
          <p className="state state-error" role="alert">
            {problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT'
              ? `${serverMessage ?? problem.message} Check the email and password.`
              : `${serverMessage ?? problem.message} ${problem.action}`}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
        <h4>The roles</h4>
        <ul className="allowed">
          {Object.entries(ROLE_SUMMARY).map(([role, text]) => (
            <li key={role}>
              <strong>{roleName(role)}:</strong> {text}
            </li>
          ))}
        </ul>
      </form>
    </div>
  );
}
