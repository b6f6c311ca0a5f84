import { describe, expect, it } from 'vitest';
import type { NodeSingular } from 'cytoscape';
import { chooseLayout, layoutOptions, MAX_RING_ASPECT, planLayout } from './layouts';

describe('chooseLayout', () => {
  it('uses a force layout for the whole system', () => {
    expect(chooseLayout({ choice: 'auto' })).toBe('fcose');
  });

  it('puts one party in the middle of a concentric layout', () => {
    expect(chooseLayout({ choice: 'auto', party: 'org:cranstoun' })).toBe('concentric');
  });

  it('draws an objective and boards as a hierarchy', () => {
    expect(chooseLayout({ choice: 'auto', objective: 'objective:x' })).toBe('dagre');
    expect(chooseLayout({ choice: 'auto', types: ['Board', 'Organisation'] })).toBe('dagre');
  });

  it('respects the layout the user chose', () => {
    expect(chooseLayout({ choice: 'concentric', objective: 'objective:x' })).toBe('concentric');
  });
});

describe('layoutOptions', () => {
  it('animates a small force layout at default quality', () => {
    expect(layoutOptions('fcose', { nodeCount: 200 })).toMatchObject({
      name: 'fcose',
      quality: 'default',
      animate: true,
      randomize: true,
    });
  });

  it('switches to a draft, unanimated layout for thousands of nodes', () => {
    expect(layoutOptions('fcose', { nodeCount: 3000 })).toMatchObject({
      quality: 'draft',
      animate: false,
    });
  });

  it('does not animate when the user asked for reduced motion', () => {
    expect(layoutOptions('dagre', { nodeCount: 10, motionAllowed: false })).toMatchObject({
      animate: false,
    });
  });

  it('keeps fixed nodes in place and starts from current positions for an incremental run', () => {
    const fixed = [{ nodeId: 'a', position: { x: 1, y: 2 } }];
    expect(layoutOptions('fcose', { nodeCount: 10, fixed })).toMatchObject({
      randomize: false,
      fixedNodeConstraint: fixed,
    });
  });

  it('lays pathways out left to right', () => {
    expect(layoutOptions('dagre-lr', { nodeCount: 10 })).toMatchObject({
      name: 'dagre',
      rankDir: 'LR',
    });
  });

  it("draws concentric rings as ellipses of the frame's shape, within limits", () => {
    const placed = (aspect: number | undefined) => {
      const options = layoutOptions('concentric', { nodeCount: 10, aspect }) as {
        transform: (node: NodeSingular, p: { x: number; y: number }) => { x: number; y: number };
      };
      return options.transform({} as NodeSingular, { x: 120, y: -90 });
    };
    // A frame 1.5 times as wide as tall: the rings are pressed to two thirds of their height.
    expect(placed(1.5)).toEqual({ x: 120, y: -60 });
    // Very wide frames stop at MAX_RING_ASPECT; tall or unknown frames keep circles.
    expect(placed(4)).toEqual({ x: 120, y: -90 / MAX_RING_ASPECT });
    expect(placed(0.6)).toEqual({ x: 120, y: -90 });
    expect(placed(undefined)).toEqual({ x: 120, y: -90 });
  });
});

describe('planLayout', () => {
  it('runs the full layout the first time', () => {
    expect(
      planLayout({ nodeIds: ['a', 'b'], knownPositions: new Set(), layoutChanged: false }),
    ).toBe('full');
  });

  it('places only the new nodes when a filter adds some, so the others do not move', () => {
    expect(
      planLayout({ nodeIds: ['a', 'b'], knownPositions: new Set(['a']), layoutChanged: false }),
    ).toBe('incremental');
  });

  it('changes nothing when a filter only removes nodes', () => {
    expect(
      planLayout({ nodeIds: ['a'], knownPositions: new Set(['a', 'b']), layoutChanged: false }),
    ).toBe('keep');
  });

  it('runs the full layout when the user changes the layout', () => {
    expect(
      planLayout({ nodeIds: ['a'], knownPositions: new Set(['a']), layoutChanged: true }),
    ).toBe('full');
  });
});
