// The visual identity of each node type: one colour from the Okabe–Ito colour-blind-safe set and
// one shape, so that no two types look alike even to someone who cannot tell the colours apart.
// The legend, the Cytoscape stylesheet and the search suggestions all read this one table.

/** Okabe & Ito (2008), "Color Universal Design": safe for the common colour-vision deficiencies. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const NEUTRAL_GREY = '#8C8C8C';

/** Shapes Cytoscape can draw (a subset of cytoscape.Css.NodeShape) that the legend can also draw. */
export type NodeShape =
  | 'ellipse'
  | 'hexagon'
  | 'triangle'
  | 'star'
  | 'rectangle'
  | 'diamond'
  | 'round-rectangle'
  | 'tag'
  | 'barrel'
  | 'pentagon'
  | 'octagon'
  | 'vee'
  | 'heptagon'
  | 'cut-rectangle'
  | 'rhomboid'
  | 'concave-hexagon';

export interface NodeTypeStyle {
  /** The type as the API names it (GraphNode.type). */
  type: string;
  /** What a planner calls it, singular and plural. */
  label: string;
  plural: string;
  colour: string;
  shape: NodeShape;
  /** Node size in pixels (parties and plans a little larger: they organise the rest). */
  size: number;
  /** Colour for text drawn on the fill (the legend's letter), chosen for contrast. */
  textOnFill: string;
}

export const NODE_TYPES: readonly NodeTypeStyle[] = [
  {
    type: 'Organisation',
    label: 'Organisation',
    plural: 'Organisations',
    colour: OKABE_ITO.blue,
    shape: 'ellipse',
    size: 34,
    textOnFill: '#fff',
  },
  {
    type: 'Board',
    label: 'Board or group',
    plural: 'Boards and groups',
    colour: OKABE_ITO.reddishPurple,
    shape: 'hexagon',
    size: 34,
    textOnFill: '#000',
  },
  {
    type: 'Role',
    label: 'Role',
    plural: 'Roles',
    colour: OKABE_ITO.skyBlue,
    shape: 'triangle',
    size: 30,
    textOnFill: '#000',
  },
  {
    type: 'ClientGroup',
    label: 'Client group',
    plural: 'Client groups',
    colour: OKABE_ITO.vermillion,
    shape: 'star',
    size: 34,
    textOnFill: '#fff',
  },
  {
    type: 'Plan',
    label: 'Plan',
    plural: 'Plans',
    colour: OKABE_ITO.black,
    shape: 'rectangle',
    size: 38,
    textOnFill: '#fff',
  },
  {
    type: 'Objective',
    label: 'Objective',
    plural: 'Objectives',
    colour: OKABE_ITO.orange,
    shape: 'diamond',
    size: 34,
    textOnFill: '#000',
  },
  {
    type: 'Task',
    label: 'Task',
    plural: 'Tasks',
    colour: OKABE_ITO.bluishGreen,
    shape: 'round-rectangle',
    size: 26,
    textOnFill: '#fff',
  },
  {
    type: 'Measure',
    label: 'Measure',
    plural: 'Measures',
    colour: OKABE_ITO.yellow,
    shape: 'tag',
    size: 20,
    textOnFill: '#000',
  },
  {
    type: 'ServiceArea',
    label: 'Service area',
    plural: 'Service areas',
    colour: OKABE_ITO.blue,
    shape: 'barrel',
    size: 32,
    textOnFill: '#fff',
  },
  {
    type: 'Service',
    label: 'Service',
    plural: 'Services',
    colour: OKABE_ITO.skyBlue,
    shape: 'pentagon',
    size: 30,
    textOnFill: '#000',
  },
  {
    type: 'FundingStream',
    label: 'Funding stream',
    plural: 'Funding streams',
    colour: OKABE_ITO.yellow,
    shape: 'octagon',
    size: 28,
    textOnFill: '#000',
  },
  {
    type: 'Pathway',
    label: 'Pathway',
    plural: 'Pathways',
    colour: OKABE_ITO.orange,
    shape: 'vee',
    size: 30,
    textOnFill: '#000',
  },
  {
    type: 'Principle',
    label: 'Principle',
    plural: 'Principles',
    colour: OKABE_ITO.reddishPurple,
    shape: 'rhomboid',
    size: 24,
    textOnFill: '#000',
  },
  {
    type: 'Ward',
    label: 'Ward',
    plural: 'Wards',
    colour: NEUTRAL_GREY,
    shape: 'cut-rectangle',
    size: 24,
    textOnFill: '#000',
  },
  {
    type: 'Source',
    label: 'Source document',
    plural: 'Source documents',
    colour: NEUTRAL_GREY,
    shape: 'concave-hexagon',
    size: 22,
    textOnFill: '#000',
  },
];

const UNKNOWN: NodeTypeStyle = {
  type: 'Unknown',
  label: 'Other',
  plural: 'Other',
  colour: NEUTRAL_GREY,
  shape: 'ellipse',
  size: 24,
  textOnFill: '#000',
};

const BY_TYPE = new Map(NODE_TYPES.map((t) => [t.type, t]));

/** The style of a node type; unknown types get a neutral grey circle rather than failing. */
export function nodeTypeStyle(type: string): NodeTypeStyle {
  return BY_TYPE.get(type) ?? { ...UNKNOWN, type, label: type, plural: type };
}

/** The parties: the types that can hold a RACI letter. */
export const PARTY_TYPES = ['Organisation', 'Board', 'Role'] as const;

/** Types the Explore view shows when no type filter is chosen (Source documents stay out). */
export const DEFAULT_VISIBLE_TYPES = NODE_TYPES.map((t) => t.type).filter((t) => t !== 'Source');
