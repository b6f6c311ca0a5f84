import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  isCrowded,
  sunflower,
  firstInReadingOrder,
  nearestInDirection,
  placeNewNodes,
  renderOptions,
  type Point,
} from './viewport';

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe('placeNewNodes', () => {
  it('puts a new node near its placed neighbour', () => {
    const positions = new Map([['a', { x: 100, y: 100 }]]);
    const placed = placeNewNodes({
      newIds: ['b'],
      edges: [{ source: 'a', target: 'b' }],
      positions,
      spacing: 50,
    });
    expect(dist(placed.get('b')!, { x: 100, y: 100 })).toBeLessThanOrEqual(50.001);
  });

  it('never moves a node that already has a position', () => {
    const positions = new Map([['a', { x: 1, y: 2 }]]);
    const placed = placeNewNodes({
      newIds: ['a', 'b'],
      edges: [{ source: 'a', target: 'b' }],
      positions,
    });
    expect(placed.has('a')).toBe(false);
  });

  it('spreads siblings of one neighbour so they do not sit on each other', () => {
    const positions = new Map([['hub', { x: 0, y: 0 }]]);
    const edges = ['a', 'b', 'c'].map((id) => ({ source: 'hub', target: id }));
    const placed = placeNewNodes({ newIds: ['a', 'b', 'c'], edges, positions, spacing: 40 });
    const points = [...placed.values()];
    for (let i = 0; i < points.length; i += 1)
      for (let j = i + 1; j < points.length; j += 1)
        expect(dist(points[i]!, points[j]!)).toBeGreaterThan(20);
  });

  it('grows a chain of new nodes outwards from the placed one', () => {
    const positions = new Map([['a', { x: 0, y: 0 }]]);
    const edges = [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ];
    const placed = placeNewNodes({ newIds: ['c', 'b'], edges, positions, spacing: 40 });
    expect(placed.size).toBe(2);
    expect(dist(placed.get('c')!, placed.get('b')!)).toBeLessThan(100);
  });

  it('puts unconnected new nodes to the right of everything', () => {
    const positions = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 300, y: 50 }],
    ]);
    const placed = placeNewNodes({ newIds: ['x', 'y'], edges: [], positions, spacing: 40 });
    for (const p of placed.values()) expect(p.x).toBeGreaterThan(300);
  });
});

describe('boundingBox', () => {
  it('holds every point', () => {
    expect(
      boundingBox([
        { x: 1, y: 5 },
        { x: -2, y: 3 },
      ]),
    ).toEqual({ x1: -2, y1: 3, x2: 1, y2: 5 });
    expect(boundingBox([])).toBeNull();
  });
});

describe('renderOptions', () => {
  it('draws small graphs plainly with every label', () => {
    expect(renderOptions({ nodeCount: 250, edgeCount: 400, webglAvailable: true })).toMatchObject({
      webgl: false,
      hideEdgesOnViewport: false,
      showAllLabels: true,
    });
  });

  it('uses WebGL and viewport shortcuts for thousands of elements', () => {
    expect(renderOptions({ nodeCount: 3000, edgeCount: 6000, webglAvailable: true })).toMatchObject(
      {
        webgl: true,
        hideEdgesOnViewport: true,
        textureOnViewport: true,
        showAllLabels: false,
      },
    );
  });

  it('never asks for WebGL where the browser has none', () => {
    expect(renderOptions({ nodeCount: 3000, edgeCount: 6000, webglAvailable: false }).webgl).toBe(
      false,
    );
  });

  it('keeps the canvas where WebGL has no GPU behind it (slower than the canvas)', () => {
    expect(
      renderOptions({ nodeCount: 3000, edgeCount: 6000, webglAvailable: true, webglSoftware: true })
        .webgl,
    ).toBe(false);
  });

  it('takes the renderer asked for, whatever the size', () => {
    const small = { nodeCount: 300, edgeCount: 600, webglAvailable: true };
    expect(renderOptions({ ...small, renderer: 'webgl' }).webgl).toBe(true);
    expect(renderOptions({ ...small, nodeCount: 7000, renderer: 'canvas' }).webgl).toBe(false);
  });
});

describe('keyboard movement', () => {
  const positions = new Map([
    ['centre', { x: 0, y: 0 }],
    ['right-near', { x: 50, y: 10 }],
    ['right-far', { x: 200, y: 0 }],
    ['above', { x: 5, y: -80 }],
  ]);

  it('moves to the nearest node in the arrow direction', () => {
    expect(nearestInDirection(positions, 'centre', 'right')).toBe('right-near');
    expect(nearestInDirection(positions, 'centre', 'up')).toBe('above');
  });

  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection(positions, 'centre', 'left')).toBeNull();
  });

  it('enters the graph at the top-left node', () => {
    expect(firstInReadingOrder(positions)).toBe('above');
  });
});

describe('isCrowded', () => {
  it('calls three thousand nodes in a 60-pixel square crowded', () => {
    expect(isCrowded({ x1: 0, y1: 0, x2: 60, y2: 60 }, 3000)).toBe(true);
  });

  it('accepts a layout that gives each node room', () => {
    expect(isCrowded({ x1: 0, y1: 0, x2: 2000, y2: 1500 }, 3000)).toBe(false);
  });

  it('never calls a single node crowded', () => {
    expect(isCrowded({ x1: 0, y1: 0, x2: 0, y2: 0 }, 1)).toBe(false);
  });
});

describe('sunflower', () => {
  it('puts the first node in the middle and keeps every node at least about `spacing` from the others', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `n${i}`);
    const placed = sunflower(ids, 40);
    expect(placed.get('n0')).toEqual({ x: 0, y: 0 });
    const points = [...placed.values()];
    let nearest = Infinity;
    for (let i = 0; i < points.length; i += 1)
      for (let j = i + 1; j < points.length; j += 1)
        nearest = Math.min(nearest, dist(points[i]!, points[j]!));
    expect(nearest).toBeGreaterThan(25);
  });

  it('is no longer crowded', () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `n${i}`);
    expect(isCrowded(boundingBox(sunflower(ids).values()), ids.length)).toBe(false);
  });
});
