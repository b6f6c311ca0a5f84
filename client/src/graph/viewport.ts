// Viewport maths, free of Cytoscape: where new nodes go so that old ones need not move, how to
// render a graph of a given size, and which node the arrow keys lead to.

/** The most a layout or a "show these nodes" may zoom in: beyond it labels look shouted. */
export const MAX_FIT_ZOOM = 1.4;

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The smallest box holding every point, or null for none. */
export function boundingBox(points: Iterable<Point>): Box | null {
  let box: Box | null = null;
  for (const p of points) {
    box = box
      ? {
          x1: Math.min(box.x1, p.x),
          y1: Math.min(box.y1, p.y),
          x2: Math.max(box.x2, p.x),
          y2: Math.max(box.y2, p.y),
        }
      : { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
  }
  return box;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for nodes that have none: each goes near the centre of its already placed
 * neighbours (on a small spiral so siblings do not overlap); nodes with no placed neighbour go
 * in a grid to the right of everything. Placed nodes are never moved.
 */
export function placeNewNodes(options: {
  newIds: readonly string[];
  edges: readonly { source: string; target: string }[];
  positions: ReadonlyMap<string, Point>;
  spacing?: number;
}): Map<string, Point> {
  const spacing = options.spacing ?? 60;
  const placed = new Map(options.positions);
  const result = new Map<string, Point>();
  const neighbours = new Map<string, string[]>();
  for (const e of options.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const aroundCount = new Map<string, number>();
  let waiting = options.newIds.filter((id) => !placed.has(id));
  // Pass by pass, so a chain of new nodes grows outwards from the placed ones.
  for (let pass = 0; pass < 50 && waiting.length > 0; pass += 1) {
    const stillWaiting: string[] = [];
    const placedThisPass: [string, Point][] = [];
    for (const id of waiting) {
      const anchors = (neighbours.get(id) ?? [])
        .map((n) => placed.get(n))
        .filter((p): p is Point => !!p);
      if (anchors.length === 0) {
        stillWaiting.push(id);
        continue;
      }
      const cx = anchors.reduce((s, p) => s + p.x, 0) / anchors.length;
      const cy = anchors.reduce((s, p) => s + p.y, 0) / anchors.length;
      const key = `${Math.round(cx)},${Math.round(cy)}`;
      const k = (aroundCount.get(key) ?? 0) + 1;
      aroundCount.set(key, k);
      const radius = spacing * Math.sqrt(k);
      const point = {
        x: cx + radius * Math.cos(k * GOLDEN_ANGLE),
        y: cy + radius * Math.sin(k * GOLDEN_ANGLE),
      };
      placedThisPass.push([id, point]);
    }
    if (placedThisPass.length === 0) break;
    for (const [id, p] of placedThisPass) {
      placed.set(id, p);
      result.set(id, p);
    }
    waiting = stillWaiting;
  }
  if (waiting.length > 0) {
    const box = boundingBox(placed.values()) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    const columns = Math.max(1, Math.ceil(Math.sqrt(waiting.length)));
    const left = placed.size > 0 ? box.x2 + spacing * 2 : 0;
    waiting.forEach((id, i) => {
      result.set(id, {
        x: left + (i % columns) * spacing,
        y: box.y1 + Math.floor(i / columns) * spacing,
      });
    });
  }
  return result;
}

export interface RenderOptions {
  /** Cytoscape's (experimental) WebGL renderer: only where it helps, on big graphs. */
  webgl: boolean;
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
  hideLabelsOnViewport: boolean;
  /** Labels on every node, or only on the selected and highlighted ones. */
  showAllLabels: boolean;
  /** Straight edges without arrowheads or edge labels: far cheaper to draw. */
  simpleEdges: boolean;
  pixelRatio: number | 'auto';
}

/** Thresholds: above these sizes panning and zooming need the renderer's help. */
export const WEBGL_MIN_ELEMENTS = 2500;
export const VIEWPORT_OPTIMISE_MIN_ELEMENTS = 800;
export const ALL_LABELS_MAX_NODES = 600;
export const SIMPLE_EDGES_MIN_ELEMENTS = 2500;

/**
 * How to render a graph of this size; `webglAvailable` is false in tests and old browsers.
 * `renderer` overrides the choice of renderer (the client benchmark compares the two).
 */
export function renderOptions(options: {
  nodeCount: number;
  edgeCount: number;
  webglAvailable: boolean;
  /**
   * True when the browser's WebGL is a software rasteriser (SwiftShader, llvmpipe: no GPU),
   * where it is slower than the canvas: 'auto' then keeps the canvas.
   */
  webglSoftware?: boolean;
  renderer?: 'auto' | 'canvas' | 'webgl';
}): RenderOptions {
  const elements = options.nodeCount + options.edgeCount;
  const optimise = elements >= VIEWPORT_OPTIMISE_MIN_ELEMENTS;
  const renderer = options.renderer ?? 'auto';
  const wanted =
    renderer === 'auto'
      ? elements >= WEBGL_MIN_ELEMENTS && !options.webglSoftware
      : renderer === 'webgl';
  return {
    webgl: options.webglAvailable && wanted,
    hideEdgesOnViewport: optimise,
    textureOnViewport: optimise,
    hideLabelsOnViewport: optimise,
    showAllLabels: options.nodeCount <= ALL_LABELS_MAX_NODES,
    simpleEdges: elements >= SIMPLE_EDGES_MIN_ELEMENTS,
    pixelRatio: optimise ? 1 : 'auto',
  };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The node the arrow key leads to: the nearest one in that direction, preferring nodes straight
 * ahead over nodes off to the side. Returns null when nothing lies that way.
 */
export function nearestInDirection(
  positions: ReadonlyMap<string, Point>,
  fromId: string,
  direction: Direction,
): string | null {
  const from = positions.get(fromId);
  if (!from) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, p] of positions) {
    if (id === fromId) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const ahead =
      direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    const side = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0) continue;
    const score = ahead + side * 2;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** The first node in reading order (top to bottom, then left to right), for keyboard entry. */
export function firstInReadingOrder(positions: ReadonlyMap<string, Point>): string | null {
  let best: [string, Point] | null = null;
  for (const entry of positions) {
    const [, p] = entry;
    if (!best || p.y < best[1].y - 20 || (Math.abs(p.y - best[1].y) <= 20 && p.x < best[1].x))
      best = entry;
  }
  return best?.[0] ?? null;
}

/**
 * True when a layout squeezed the nodes into far too small an area to read (fcose's draft
 * spectral layout does this to star-shaped graphs): less than `minArea` square pixels a node.
 */
export function isCrowded(box: Box | null, nodeCount: number, minArea = 200): boolean {
  if (!box || nodeCount < 2) return false;
  const area = Math.max(1, box.x2 - box.x1) * Math.max(1, box.y2 - box.y1);
  return area / nodeCount < minArea;
}

/**
 * A sunflower (phyllotaxis) arrangement: the first id in the middle and each next one further
 * out on a golden-angle spiral, `spacing` apart. The fallback when a layout crowds the nodes:
 * pass the ids nearest the old centre first so the structure survives as well as it can.
 */
export function sunflower(
  ids: readonly string[],
  spacing = 40,
  centre: Point = { x: 0, y: 0 },
): Map<string, Point> {
  const result = new Map<string, Point>();
  ids.forEach((id, i) => result.set(id, spiralPoint(i, spacing, centre)));
  return result;
}

/** The i-th point (from 0) of the sunflower spiral. */
export function spiralPoint(i: number, spacing = 40, centre: Point = { x: 0, y: 0 }): Point {
  const r = spacing * Math.sqrt(i);
  return {
    x: centre.x + r * Math.cos(i * GOLDEN_ANGLE),
    y: centre.y + r * Math.sin(i * GOLDEN_ANGLE),
  };
}
