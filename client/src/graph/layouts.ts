// Which layout to use and with what options: a force layout (fcose) for the overview, a
// hierarchical one (dagre) for boards, objectives and pathways, concentric around one party.
// Large graphs get fcose's draft quality and no animation so they arrange in seconds.
import type { LayoutOptions, NodeSingular } from 'cytoscape';

export type LayoutName = 'fcose' | 'dagre' | 'dagre-lr' | 'concentric';
export type LayoutChoice = 'auto' | LayoutName;

export const LAYOUT_CHOICES: readonly { value: LayoutChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic' },
  { value: 'fcose', label: 'Force (overview)' },
  { value: 'dagre', label: 'Hierarchy, top down' },
  { value: 'dagre-lr', label: 'Hierarchy, left to right' },
  { value: 'concentric', label: 'Concentric' },
];

/**
 * Above this many nodes, fcose runs in draft quality (its spectral layout only, about a second
 * for three thousand nodes) rather than refining it, which takes tens of seconds beyond this.
 */
export const LARGE_GRAPH_NODES = 400;

const HIERARCHICAL_TYPES = new Set(['Board', 'Organisation', 'Objective', 'Plan', 'Task']);

/** Picks the layout for "Automatic" from what the view shows. */
export function chooseLayout(options: {
  choice: LayoutChoice;
  party?: string | null;
  objective?: string | null;
  types?: readonly string[];
}): LayoutName {
  if (options.choice !== 'auto') return options.choice;
  if (options.party) return 'concentric';
  if (options.objective) return 'dagre';
  const types = options.types ?? [];
  // Boards alone (with the bodies that sit on them) or the plan's skeleton read as a hierarchy.
  if (types.length > 0 && types.length <= 3 && types.every((t) => HIERARCHICAL_TYPES.has(t))) {
    return 'dagre';
  }
  return 'fcose';
}

export interface LayoutSettings {
  nodeCount: number;
  /** Run the layout on the new nodes only, keeping these nodes where they are (fcose only). */
  fixed?: { nodeId: string; position: { x: number; y: number } }[];
  /** The node concentric layouts put in the middle. */
  centre?: string | null;
  /** False when the user asked for reduced motion. */
  motionAllowed?: boolean;
  fit?: boolean;
  /** The frame's width over its height: concentric rings are drawn as ellipses this wide. */
  aspect?: number;
}

/** How much wider than tall a concentric layout's rings may be drawn. */
export const MAX_RING_ASPECT = 1.8;

/** Cytoscape layout options for a layout and a graph of a given size. */
export function layoutOptions(name: LayoutName, settings: LayoutSettings): LayoutOptions {
  const large = settings.nodeCount > LARGE_GRAPH_NODES;
  const animate = (settings.motionAllowed ?? true) && settings.nodeCount <= 300;
  const fit = settings.fit ?? true;
  const common = { animate, animationDuration: 400, fit, padding: 30 };
  switch (name) {
    case 'fcose': {
      const incremental = (settings.fixed?.length ?? 0) > 0;
      return {
        name: 'fcose',
        ...common,
        quality: large ? 'draft' : 'default',
        randomize: !incremental,
        fixedNodeConstraint: incremental ? settings.fixed : undefined,
        nodeRepulsion: () => 16000,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.3,
        nodeSeparation: 110,
        packComponents: true,
      } as LayoutOptions;
    }
    case 'dagre':
    case 'dagre-lr':
      return {
        name: 'dagre',
        ...common,
        rankDir: name === 'dagre-lr' ? 'LR' : 'TB',
        // An edge may ask to keep its ends in one rank (a pathway step and its provider).
        minLen: (edge: { data(field: string): unknown }) => {
          const min = edge.data('minLen');
          return typeof min === 'number' ? min : 1;
        },
        nodeSep: 25,
        rankSep: name === 'dagre-lr' ? 110 : 80,
        edgeSep: 8,
      } as LayoutOptions;
    case 'concentric': {
      const centre = settings.centre;
      // Circles in a wide frame are fitted to its height and leave its sides empty: pressed into
      // ellipses of the frame's shape, the rings are fitted to its width and drawn larger. Labels
      // are wide and short, so a ring loses less room pressed top to bottom than side to side.
      const squash = Math.min(Math.max(settings.aspect ?? 1, 1), MAX_RING_ASPECT);
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 28,
        transform: (_node: NodeSingular, position: { x: number; y: number }) => ({
          x: position.x,
          y: position.y / squash,
        }),
        // Views that rank nodes themselves give them a `ring` (higher is nearer the middle) and a
        // `weight` within it (a partner's neighbours: the tasks shared, several nearer than one);
        // otherwise busier nodes sit nearer the middle.
        concentric: (node: NodeSingular) => {
          if (node.id() === centre) return 1_000_000;
          const ring = node.data('ring') as number | undefined;
          if (ring === undefined) return node.degree(false);
          // Two rings of neighbours at most: those sharing several tasks, then the rest.
          return ring * 1000 + (Number(node.data('weight') ?? 0) >= 2 ? 10 : 0);
        },
        levelWidth: (nodes: { max(f: (n: NodeSingular) => number): { value: number } }) =>
          nodes.max((n) => (n.data('ring') === undefined ? 0 : 1)).value > 0 ? 1 : 2,
      } as LayoutOptions;
    }
  }
}

export type LayoutPlan = 'full' | 'incremental' | 'keep';

/**
 * Whether a change of elements needs the whole layout run again ('full': first drawing, or the
 * user changed or re-ran the layout), only the new nodes placed ('incremental'), or nothing.
 * Nodes already on screen keep their positions whenever the layout itself did not change.
 */
export function planLayout(options: {
  nodeIds: readonly string[];
  knownPositions: ReadonlySet<string>;
  layoutChanged: boolean;
}): LayoutPlan {
  if (options.layoutChanged) return 'full';
  const known = options.nodeIds.filter((id) => options.knownPositions.has(id)).length;
  if (known === 0) return options.nodeIds.length === 0 ? 'keep' : 'full';
  return known === options.nodeIds.length ? 'keep' : 'incremental';
}
