// SVG outlines of the Cytoscape node shapes, so the legend and the filter list draw exactly
// the shape the graph uses for each type.
import type { NodeShape } from './node-types';

type Pts = readonly number[];

// Unit polygons on [-1, 1] as Cytoscape defines them (src/extensions/renderer/base/node-shapes).
const POLYGONS: Partial<Record<NodeShape, Pts>> = {
  triangle: [-1, 1, 0, -1, 1, 1],
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  'cut-rectangle': [-0.6, -1, 0.6, -1, 1, -0.6, 1, 0.6, 0.6, 1, -0.6, 1, -1, 0.6, -1, -0.6],
};

function regular(sides: number, rotation = 0): number[] {
  const pts: number[] = [];
  for (let i = 0; i < sides; i += 1) {
    const a = rotation + (2 * Math.PI * i) / sides - Math.PI / 2;
    pts.push(Math.cos(a), Math.sin(a));
  }
  return pts;
}

function star(): number[] {
  const pts: number[] = [];
  for (let i = 0; i < 10; i += 1) {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = (Math.PI * i) / 5 - Math.PI / 2;
    pts.push(r * Math.cos(a), r * Math.sin(a));
  }
  return pts;
}

function polygonPath(pts: Pts, size: number): string {
  const half = size / 2;
  const coords: string[] = [];
  for (let i = 0; i < pts.length; i += 2) {
    coords.push(
      `${(half + pts[i]! * half * 0.9).toFixed(2)},${(half + pts[i + 1]! * half * 0.9).toFixed(2)}`,
    );
  }
  return `M${coords.join('L')}Z`;
}

/** The SVG path `d` of a shape drawn in a size×size box. */
export function shapePath(shape: NodeShape, size = 20): string {
  const h = size / 2;
  const r = h * 0.9;
  switch (shape) {
    case 'ellipse':
      return `M${h - r},${h}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'round-rectangle': {
      const c = r * 0.35;
      return `M${h - r + c},${h - r}H${h + r - c}Q${h + r},${h - r} ${h + r},${h - r + c}V${h + r - c}Q${h + r},${h + r} ${h + r - c},${h + r}H${h - r + c}Q${h - r},${h + r} ${h - r},${h + r - c}V${h - r + c}Q${h - r},${h - r} ${h - r + c},${h - r}Z`;
    }
    case 'barrel': {
      const b = r * 0.2;
      return `M${h - r + b},${h - r}H${h + r - b}Q${h + r},${h} ${h + r - b},${h + r}H${h - r + b}Q${h - r},${h} ${h - r + b},${h - r}Z`;
    }
    case 'hexagon':
      return polygonPath(regular(6, Math.PI / 6), size);
    case 'pentagon':
      return polygonPath(regular(5), size);
    case 'heptagon':
      return polygonPath(regular(7), size);
    case 'octagon':
      return polygonPath(regular(8, Math.PI / 8), size);
    case 'star':
      return polygonPath(star(), size);
    default:
      return polygonPath(POLYGONS[shape] ?? POLYGONS.rectangle!, size);
  }
}
