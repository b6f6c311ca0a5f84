import { describe, expect, it } from 'vitest';
import { pathTo, routeForPath } from './routes';

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
});
