// URL state of the Explore view: filters, focus, selection, layout, expansions and the
// table alternative, read from and written to the query string so a link shows the same picture.
import {
  readEnum,
  readFlag,
  readInt,
  readList,
  readString,
  writeParams,
} from '../../app/url-params';
import { RACI_LETTERS, type RaciLetter } from '../../graph/edge-types';
import { LAYOUT_CHOICES, type LayoutChoice } from '../../graph/layouts';
import type { GraphFilter } from '../../graph/graph-view';
import { TASK_STATUSES } from '../../shared/task-status';

export { TASK_STATUSES };
export const MAX_DEPTH = 4;

export interface ExploreState {
  /** Node types to show; empty means every type. */
  types: string[];
  authority: string | null;
  clientGroup: string | null;
  objective: string | null;
  party: string | null;
  raci: RaciLetter[];
  status: string[];
  /** The node whose neighbourhood stays bright; everything else fades. */
  focus: string | null;
  depth: number;
  selected: string | null;
  layout: LayoutChoice;
  /** Nodes whose neighbours were added by double-clicking. */
  expand: string[];
  /** Nodes to highlight (from a finding). */
  highlight: string[];
  /** Show the table alternative instead of the drawing. */
  table: boolean;
}

export const EMPTY_EXPLORE_STATE: ExploreState = {
  types: [],
  authority: null,
  clientGroup: null,
  objective: null,
  party: null,
  raci: [],
  status: [],
  focus: null,
  depth: 1,
  selected: null,
  layout: 'auto',
  expand: [],
  highlight: [],
  table: false,
};

export function parseExploreState(search: string): ExploreState {
  const p = new URLSearchParams(search);
  return {
    types: readList(p, 'types'),
    authority: readString(p, 'authority'),
    clientGroup: readString(p, 'group'),
    objective: readString(p, 'objective'),
    party: readString(p, 'party'),
    raci: readList(p, 'raci').filter((l): l is RaciLetter =>
      (RACI_LETTERS as readonly string[]).includes(l),
    ),
    status: readList(p, 'status').filter((s) => (TASK_STATUSES as readonly string[]).includes(s)),
    focus: readString(p, 'focus'),
    depth: readInt(p, 'depth', { min: 1, max: MAX_DEPTH, fallback: 1 }),
    selected: readString(p, 'node'),
    layout: readEnum(
      p,
      'layout',
      LAYOUT_CHOICES.map((c) => c.value),
      'auto',
    ),
    expand: readList(p, 'expand'),
    highlight: readList(p, 'highlight'),
    table: readFlag(p, 'table'),
  };
}

export function serialiseExploreState(s: ExploreState): string {
  return writeParams(
    {
      types: s.types,
      authority: s.authority,
      group: s.clientGroup,
      objective: s.objective,
      party: s.party,
      raci: s.raci,
      status: s.status,
      focus: s.focus,
      depth: s.focus ? s.depth : null,
      node: s.selected,
      layout: s.layout,
      expand: s.expand,
      highlight: s.highlight,
      table: s.table,
    },
    { layout: 'auto', depth: 1 },
  );
}

/** The server-side filter for the main graph (focus only fades, so it is not sent). */
export function toGraphFilter(s: ExploreState): GraphFilter {
  const filter: GraphFilter = {};
  if (s.types.length > 0) filter.types = s.types;
  if (s.authority) filter.authority = s.authority;
  if (s.clientGroup) filter.clientGroup = s.clientGroup;
  if (s.objective) filter.objective = s.objective;
  if (s.party) filter.party = s.party;
  if (s.raci.length > 0) filter.raci = s.raci;
  if (s.status.length > 0) filter.status = s.status;
  return filter;
}

/** True when any filter narrows the graph. */
export function hasFilters(s: ExploreState): boolean {
  return Object.keys(toGraphFilter(s)).length > 0;
}

/** The state with every filter cleared; selection, focus and layout are kept. */
export function clearFilters(s: ExploreState): ExploreState {
  return {
    ...s,
    types: [],
    authority: null,
    clientGroup: null,
    objective: null,
    party: null,
    raci: [],
    status: [],
  };
}
