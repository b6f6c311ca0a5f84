import { describe, expect, it } from 'vitest';
import { chooseLayout, layoutOptions, planLayout } from './layouts';

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
