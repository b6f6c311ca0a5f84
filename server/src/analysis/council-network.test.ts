import { describe, expect, it } from 'vitest';
import { inNetwork, type CouncilNetwork } from './council-network.js';

describe('inNetwork', () => {
  const network: CouncilNetwork = {
    authority: 'org:wcc',
    elsewhere: new Set(['org:mhdc', 'board:moorshire-partnership']),
  };

  it("keeps the council's own nodes and itself, not another council's or that council", () => {
    expect(inNetwork(network, 'org:wcc')).toBe(true);
    expect(inNetwork(network, 'pathway:wcc/prison-release')).toBe(true);
    expect(inNetwork(network, 'org:mhdc')).toBe(false);
    expect(inNetwork(network, 'pathway:mhdc/prison-release')).toBe(false);
    // A council whose slug begins another's is not that council.
    expect(inNetwork(network, 'org:wcc-north/team')).toBe(false);
  });

  it('keeps the shared nodes unless they are tied only to other councils', () => {
    expect(inNetwork(network, 'board:wshog')).toBe(true);
    expect(inNetwork(network, 'clientgroup:rough-sleepers')).toBe(true);
    expect(inNetwork(network, 'board:moorshire-partnership')).toBe(false);
    // A county council tied to this council's work, or to nobody's, is a shared body.
    expect(inNetwork(network, 'org:worcestershire-county-council')).toBe(true);
  });

  it('keeps everything when no council is chosen', () => {
    expect(inNetwork(null, 'org:mhdc')).toBe(true);
    expect(inNetwork(null, 'board:moorshire-partnership')).toBe(true);
  });
});
