// The application shell: the header with the views and who is signed in, and the current view.
// Each view lives in src/features/<view>/, keeps its own state in the URL and is loaded on
// first use (its own chunk: the graph views bring Cytoscape, the others need none of it).
import { Component, lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useLocation } from './app/use-location';
import { navHref, ROUTES, routeForPath, type ViewId } from './app/routes';
import { Link } from './app/Link';
import { useAuth } from './auth/AuthContext';
import { roleName } from './auth/permissions';
import { Loading } from './shared/QueryStates';

const Explore = lazy(() =>
  import('./features/explore/Explore').then((m) => ({ default: m.Explore })),
);
const RaciMatrix = lazy(() =>
  import('./features/raci/RaciMatrix').then((m) => ({ default: m.RaciMatrix })),
);
const Findings = lazy(() =>
  import('./features/findings/Findings').then((m) => ({ default: m.Findings })),
);
const PartnerView = lazy(() =>
  import('./features/partner/PartnerView').then((m) => ({ default: m.PartnerView })),
);
const Pathways = lazy(() =>
  import('./features/pathways/Pathways').then((m) => ({ default: m.Pathways })),
);
const Timeline = lazy(() =>
  import('./features/timeline/Timeline').then((m) => ({ default: m.Timeline })),
);
const EvidencePack = lazy(() =>
  import('./features/evidence/EvidencePack').then((m) => ({ default: m.EvidencePack })),
);
const ImportPlan = lazy(() =>
  import('./features/import/ImportPlan').then((m) => ({ default: m.ImportPlan })),
);
const SignIn = lazy(() => import('./features/signin/SignIn').then((m) => ({ default: m.SignIn })));

/**
 * A view that could not be shown: its code could not be fetched (offline, or the product was
 * updated while the page was open) or it stopped with an error. The header stays usable.
 */
class ViewBoundary extends Component<
  { title: string; children: ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const fetchFailed = /dynamically imported module|Failed to fetch|Importing a module/i.test(
      error.message,
    );
    return (
      <div className="state state-error" role="alert">
        <p>
          <strong>Could not show the {this.props.title} page.</strong>{' '}
          {fetchFailed
            ? 'Its code could not be fetched: the connection may have dropped, or the product was updated while this page was open.'
            : `It stopped with an error (${error.message}).`}
        </p>
        <p>Reload the page; the other views still work from the menu above.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}

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
  const { pathname, search } = useLocation();
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
                <Link
                  href={navHref(r, route, search)}
                  aria-current={r.id === route.id ? 'page' : undefined}
                >
                  {r.nav}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <UserStatus />
      </header>
      <main id="main" tabIndex={-1}>
        <ViewBoundary key={route.id} title={route.title}>
          <Suspense fallback={<Loading>Loading the {route.title} page…</Loading>}>
            <View id={route.id} />
          </Suspense>
        </ViewBoundary>
      </main>
    </div>
  );
}
