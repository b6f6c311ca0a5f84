import { describe, expect, it } from 'vitest';
import { navHref, pathTo, routeForPath, ROUTES, type ViewId } from './routes';

const route = (id: ViewId) => ROUTES.find((r) => r.id === id)!;

describe('routes', () => {
  it('finds the view of a path, trailing slash or not', () => {
    expect(routeForPath('/raci').id).toBe('raci');
    expect(routeForPath('/pathways/').id).toBe('pathways');
  });

  it('shows Explore at the root and for unknown paths', () => {
    expect(routeForPath('/').id).toBe('explore');
    expect(routeForPath('/nowhere').id).toBe('explore');
  });

  it('builds a link with its state', () => {
    expect(pathTo('partner', '?party=org:cranstoun')).toBe('/partner?party=org:cranstoun');
  });

  it('carries the chosen council to the views that narrow by council', () => {
    const search = '?council=org:worcester-city-council&objective=objective:x';
    expect(navHref(route('timeline'), route('raci'), search)).toBe(
      '/timeline?council=org:worcester-city-council',
    );
    expect(navHref(route('explore'), route('raci'), search)).toBe(
      '/explore?authority=org:worcester-city-council',
    );
    expect(navHref(route('raci'), route('explore'), '?authority=org:wyre-forest&depth=2')).toBe(
      '/raci?council=org:wyre-forest',
    );
    expect(navHref(route('raci'), route('raci'), search)).toBe(
      '/raci?council=org:worcester-city-council',
    );
    expect(navHref(route('findings'), route('raci'), search)).toBe(
      '/findings?council=org:worcester-city-council',
    );
  });

  it('carries nothing where there is no council to carry or no place for it', () => {
    expect(navHref(route('timeline'), route('raci'), '?objective=objective:x')).toBe('/timeline');
    expect(navHref(route('pathways'), route('raci'), '?council=org:a')).toBe('/pathways');
    expect(navHref(route('timeline'), route('partner'), '?party=org:a&council=org:b')).toBe(
      '/timeline',
    );
  });
});
