// The views and their paths: one path per view, the view's state in the query string.

export type ViewId =
  | 'explore'
  | 'raci'
  | 'findings'
  | 'partner'
  | 'pathways'
  | 'timeline'
  | 'evidence'
  | 'import'
  | 'signin';

export interface ViewRoute {
  id: ViewId;
  path: string;
  /** The label in the navigation bar. */
  nav: string;
  /** The document title. */
  title: string;
  /** Shown in the navigation bar (sign-in lives in the header instead). */
  inNav: boolean;
}

export const ROUTES: readonly ViewRoute[] = [
  { id: 'explore', path: '/explore', nav: 'Explore', title: 'Explore the system', inNav: true },
  { id: 'raci', path: '/raci', nav: 'RACI matrix', title: 'RACI matrix', inNav: true },
  {
    id: 'findings',
    path: '/findings',
    nav: 'Gaps & duplication',
    title: 'Gaps and duplication',
    inNav: true,
  },
  { id: 'partner', path: '/partner', nav: 'Partner view', title: 'Partner view', inNav: true },
  { id: 'pathways', path: '/pathways', nav: 'Pathways', title: 'Pathways', inNav: true },
  { id: 'timeline', path: '/timeline', nav: 'Timeline', title: 'Plan timeline', inNav: true },
  { id: 'evidence', path: '/evidence', nav: 'Evidence pack', title: 'Evidence pack', inNav: true },
  { id: 'import', path: '/import', nav: 'Import', title: 'Import a plan', inNav: true },
  { id: 'signin', path: '/signin', nav: 'Sign in', title: 'Sign in', inNav: false },
];

/** The view a path shows: '/' and unknown paths show Explore. */
export function routeForPath(pathname: string): ViewRoute {
  const clean = pathname.replace(/\/+$/, '') || '/';
  return ROUTES.find((r) => r.path === clean) ?? ROUTES[0]!;
}

/** The path of a view with an optional query string. */
export function pathTo(id: ViewId, search = ''): string {
  const route = ROUTES.find((r) => r.id === id) ?? ROUTES[0]!;
  return `${route.path}${search}`;
}
