// The application shell: the header with the views and who is signed in, and the current view.
// Each view lives in src/features/<view>/ and keeps its own state in the URL.
import { useEffect } from 'react';
import { useLocation } from './app/use-location';
import { ROUTES, routeForPath, type ViewId } from './app/routes';
import { Link } from './app/Link';
import { useAuth } from './auth/AuthContext';
import { roleName } from './auth/permissions';
import { Explore } from './features/explore/Explore';
import { RaciMatrix } from './features/raci/RaciMatrix';
import { Findings } from './features/findings/Findings';
import { PartnerView } from './features/partner/PartnerView';
import { Pathways } from './features/pathways/Pathways';
import { Timeline } from './features/timeline/Timeline';
import { EvidencePack } from './features/evidence/EvidencePack';
import { ImportPlan } from './features/import/ImportPlan';
import { SignIn } from './features/signin/SignIn';

function View({ id }: { id: ViewId }) {
  switch (id) {
    case 'explore':
      return <Explore />;
    case 'raci':
      return <RaciMatrix />;
    case 'findings':
      return <Findings />;
    case 'partner':
      return <PartnerView />;
    case 'pathways':
      return <Pathways />;
    case 'timeline':
      return <Timeline />;
    case 'evidence':
      return <EvidencePack />;
    case 'import':
      return <ImportPlan />;
    case 'signin':
      return <SignIn />;
  }
}

function UserStatus() {
  const { user, signOut } = useAuth();
  if (!user) {
    return (
      <Link className="header-link" href="/signin">
        Sign in
      </Link>
    );
  }
  return (
    <div className="user-status">
      <Link className="header-link" href="/signin" title="What your role allows">
        <span className="user-name">{user.name ?? user.email}</span>
        <span className="role-badge">{roleName(user.role)}</span>
      </Link>
      <button type="button" className="header-button" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  );
}

export function App() {
  const { pathname } = useLocation();
  const route = routeForPath(pathname);
  useEffect(() => {
    document.title = `${route.title} · Homelessness system map`;
  }, [route]);
  return (
    <div className={`app view-${route.id}`}>
      <a className="skip-link" href="#main">
        Skip to the view
      </a>
      <header className="app-header">
        <Link href="/explore" className="app-title">
          Homelessness system map
        </Link>
        <nav aria-label="Views">
          <ul>
            {ROUTES.filter((r) => r.inNav).map((r) => (
              <li key={r.id}>
                <Link href={r.path} aria-current={r.id === route.id ? 'page' : undefined}>
                  {r.nav}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <UserStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <View id={route.id} />
      </main>
    </div>
  );
}
