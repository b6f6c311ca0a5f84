// Explore: the whole system as a graph. Filters, search, focus and selection live in the URL;
// the graph keeps its positions while filters change; double-click adds a node's neighbours.
import { useCallback, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Core } from 'cytoscape';
import { useUrlState } from '../../app/use-location';
import { CytoscapeGraph } from '../../graph/CytoscapeGraph';
import { GraphExport } from '../../graph/GraphExport';
import { Legend } from '../../graph/Legend';
import { graphToElements } from '../../graph/graph-to-elements';
import { chooseLayout, LAYOUT_CHOICES, type LayoutChoice } from '../../graph/layouts';
import { neighbourhood } from '../../graph/neighbourhood';
import { useGraphExtras } from '../../graph/use-graph-extras';
import type { GraphFilter } from '../../graph/graph-view';
import type { Point } from '../../graph/viewport';
import { Empty, ErrorNotice, Loading } from '../../shared/QueryStates';
import { GRAPH_QUERY } from './explore.query';
import {
  hasFilters,
  MAX_DEPTH,
  parseExploreState,
  serialiseExploreState,
  toGraphFilter,
  type ExploreState,
} from './explore-state';
import { FilterPanel } from './FilterPanel';
import { SearchBox } from './SearchBox';
import { NodePanel } from './NodePanel';
import { GraphTable } from './GraphTable';

export function Explore() {
  const [state, setState] = useUrlState(parseExploreState, serialiseExploreState);
  const filterKey = serialiseExploreState({
    ...state,
    focus: null,
    selected: null,
    layout: 'auto',
    expand: [],
    highlight: [],
    table: false,
  });
  // The filter only changes when a filter does, not on every selection.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filter = useMemo(() => toGraphFilter(state), [filterKey]);
  const main = useQuery(GRAPH_QUERY, { variables: { filter }, notifyOnNetworkStatusChange: true });
  const mainGraph = main.data?.graph ?? main.previousData?.graph;

  const extraFilters = useMemo<GraphFilter[]>(() => {
    const list: GraphFilter[] = state.expand.map((key) => ({ focus: key, depth: 1 }));
    if (state.focus) list.push({ focus: state.focus, depth: state.depth });
    return list;
  }, [state.expand, state.focus, state.depth]);
  const extras = useGraphExtras(GRAPH_QUERY, extraFilters);

  const elements = useMemo(
    () => graphToElements([mainGraph, ...extras.views]),
    [mainGraph, extras.views],
  );
  const nodeData = useMemo(() => elements.nodes.map((n) => n.data), [elements]);
  const edgeData = useMemo(() => elements.edges.map((e) => e.data), [elements]);
  const labels = useMemo(() => new Map(nodeData.map((n) => [n.id, n.label])), [nodeData]);
  const counts = useMemo(() => {
    const c = new Map<string, number>();
    for (const n of nodeData) c.set(n.type, (c.get(n.type) ?? 0) + 1);
    return c;
  }, [nodeData]);

  const spotlight = useMemo(
    () =>
      state.focus
        ? neighbourhood({
            nodeIds: nodeData.map((n) => n.id),
            edges: edgeData,
            focus: state.focus,
            depth: state.depth,
          })
        : null,
    [state.focus, state.depth, nodeData, edgeData],
  );
  const fitTo = useMemo(() => {
    if (state.highlight.length > 0) return state.highlight;
    if (spotlight) return [...spotlight.nodes];
    return null;
  }, [state.highlight, spotlight]);

  const layout = chooseLayout({
    choice: state.layout,
    party: state.party,
    objective: state.objective,
    types: state.types,
  });
  const [layoutRun, setLayoutRun] = useState(0);
  const [cy, setCy] = useState<Core | null>(null);
  const [positions] = useState(() => new Map<string, Point>());

  const update = useCallback((u: Partial<ExploreState>) => setState(u), [setState]);
  const select = useCallback(
    (id: string | null) => setState({ selected: id }, { replace: true }),
    [setState],
  );
  const expand = useCallback(
    (id: string) => {
      const latest = parseExploreState(window.location.search);
      if (!latest.expand.includes(id)) setState({ expand: [...latest.expand, id], selected: id });
    },
    [setState],
  );

  const selectedNode = state.selected ? nodeData.find((n) => n.id === state.selected) : undefined;
  const highlighted = useMemo(() => new Set(state.highlight), [state.highlight]);
  const missingHighlights = state.highlight.filter((k) => !labels.has(k)).length;
  const firstLoad = main.loading && !mainGraph;

  return (
    <div className={`explore ${selectedNode ? 'with-panel' : ''}`}>
      <aside className="explore-side" aria-label="Search and filters">
        <SearchBox
          label="Find a party, task, service or client group"
          onPick={(hit) => setState({ focus: hit.key, selected: hit.key })}
        />
        {state.focus ? (
          <div className="focus-box" role="group" aria-label="Focus">
            <p>
              Focus on <strong>{labels.get(state.focus) ?? state.focus}</strong>; everything further
              than
              <label className="inline-field">
                {' '}
                <input
                  type="number"
                  min={1}
                  max={MAX_DEPTH}
                  value={state.depth}
                  aria-label="Steps from the focus"
                  onChange={(e) =>
                    setState({
                      depth: Math.min(MAX_DEPTH, Math.max(1, Number(e.target.value) || 1)),
                    })
                  }
                />{' '}
              </label>
              step{state.depth === 1 ? '' : 's'} away fades.
            </p>
            <button type="button" onClick={() => setState({ focus: null })}>
              Clear focus
            </button>
          </div>
        ) : null}
        <FilterPanel state={state} onChange={update} counts={counts} />
        <Legend types={[]} />
      </aside>

      <section className="explore-main" aria-labelledby="explore-heading">
        <div className="toolbar">
          <h2 id="explore-heading" className="visually-hidden">
            The system as a graph
          </h2>
          <p className="status-line" role="status">
            {firstLoad
              ? 'Loading the graph…'
              : `${nodeData.length.toLocaleString('en-GB')} nodes, ${edgeData.length.toLocaleString('en-GB')} links${hasFilters(state) ? ' (filtered)' : ''}`}
            {main.loading && mainGraph ? ' · updating…' : ''}
            {extras.loading ? ' · adding neighbours…' : ''}
          </p>
          <label className="inline-field">
            Layout{' '}
            <select
              value={state.layout}
              onChange={(e) => setState({ layout: e.target.value as LayoutChoice })}
              aria-describedby="layout-now"
            >
              {LAYOUT_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <span id="layout-now" className="visually-hidden">
            Now drawn with {layout}
          </span>
          <button type="button" onClick={() => setLayoutRun((n) => n + 1)} disabled={state.table}>
            Re-arrange
          </button>
          {state.expand.length > 0 ? (
            <button type="button" onClick={() => setState({ expand: [] })}>
              Remove added neighbours ({state.expand.length})
            </button>
          ) : null}
          <div className="segmented" role="group" aria-label="Show as">
            <button
              type="button"
              aria-pressed={!state.table}
              onClick={() => setState({ table: false })}
            >
              Graph
            </button>
            <button
              type="button"
              aria-pressed={state.table}
              onClick={() => setState({ table: true })}
            >
              Table
            </button>
          </div>
          {!state.table ? <GraphExport cy={cy} title="system graph" /> : null}
        </div>
        {elements.truncated ? (
          <p className="notice">
            More nodes matched than can be drawn at once; only the first ones are shown. Narrow the
            filters to see the rest.
          </p>
        ) : null}
        {state.highlight.length > 0 ? (
          <p className="notice">
            Highlighting {state.highlight.length - missingHighlights} node
            {state.highlight.length === 1 ? '' : 's'} of a finding
            {missingHighlights > 0
              ? ` (${missingHighlights} not in this view: clear the filters to see them)`
              : ''}
            .{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => setState({ highlight: [] })}
            >
              Clear the highlight
            </button>
          </p>
        ) : null}
        {main.error && !mainGraph ? (
          <ErrorNotice
            error={main.error}
            what="load the graph"
            onRetry={() => void main.refetch()}
          />
        ) : firstLoad ? (
          <Loading>Loading the graph from the database…</Loading>
        ) : nodeData.length === 0 ? (
          <Empty>
            <p>Nothing matches these filters.</p>
            <p>
              {hasFilters(state)
                ? 'Loosen or clear the filters on the left.'
                : 'The graph is empty: import an action plan first (Import).'}
            </p>
          </Empty>
        ) : state.table ? (
          <GraphTable
            nodes={nodeData}
            edges={edgeData}
            labels={labels}
            selected={state.selected}
            highlighted={highlighted}
            onSelect={select}
          />
        ) : (
          <CytoscapeGraph
            elements={elements}
            layout={layout}
            layoutRun={layoutRun}
            centre={state.party ?? state.focus}
            selected={state.selected}
            highlighted={state.highlight}
            spotlight={spotlight}
            fitTo={fitTo}
            positions={positions}
            onSelect={select}
            onActivate={expand}
            onReady={setCy}
            label={`The homelessness system: ${nodeData.length} nodes and ${edgeData.length} links`}
          />
        )}
      </section>

      {selectedNode ? (
        <NodePanel
          node={selectedNode}
          edges={edgeData}
          labels={labels}
          focused={state.focus === selectedNode.id}
          onSelect={select}
          onFocus={(key) => setState({ focus: key })}
          onExpand={expand}
          onClose={() => select(null)}
        />
      ) : null}
    </div>
  );
}
