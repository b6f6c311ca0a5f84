// The views and their paths: one path per view, the view's state in the query string.
import { writeParams } from './url-params';

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
  /** The query parameter in which the view keeps the council it is narrowed to, if it can be. */
  council?: string;
}

export const ROUTES: readonly ViewRoute[] = [
  {
    id: 'explore',
    path: '/explore',
    nav: 'Explore',
    title: 'Explore the system',
    inNav: true,
    council: 'authority',
  },
  {
    id: 'raci',
    path: '/raci',
    nav: 'RACI matrix',
    title: 'RACI matrix',
    inNav: true,
    council: 'council',
  },
  {
    id: 'findings',
    path: '/findings',
    nav: 'Gaps & duplication',
    title: 'Gaps and duplication',
    inNav: true,
    council: 'council',
  },
  { id: 'partner', path: '/partner', nav: 'Partner view', title: 'Partner view', inNav: true },
  { id: 'pathways', path: '/pathways', nav: 'Pathways', title: 'Pathways', inNav: true },
  {
    id: 'timeline',
    path: '/timeline',
    nav: 'Timeline',
    title: 'Plan timeline',
    inNav: true,
    council: 'council',
  },
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

/**
 * The navigation bar's link to a view. A council chosen in the current view goes with it to a
 * view that can be narrowed to a council too, so a planner looking at one council's RACI matrix
 * opens the same council's timeline, not every council's.
 */
export function navHref(target: ViewRoute, current: ViewRoute, search: string): string {
  const council =
    current.council && target.council
      ? new URLSearchParams(search).get(current.council)?.trim()
      : undefined;
  return pathTo(target.id, council ? writeParams({ [target.council!]: council }) : '');
}
