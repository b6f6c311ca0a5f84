// The graph beside the findings: the chosen finding's nodes highlighted on the system graph,
// the rest faded, the layout kept from one finding to the next. With several councils' plans
// loaded and no council chosen it draws only the finding's nodes and their neighbours: the
// whole country's graph (tens of thousands of nodes) took seconds of the same cores as the
// list, and says little about one finding.
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Core } from 'cytoscape';
import { CytoscapeGraph, type Spotlight } from '../../graph/CytoscapeGraph';
import { GraphExport } from '../../graph/GraphExport';
import { graphToElements } from '../../graph/graph-to-elements';
import { neighbourhood } from '../../graph/neighbourhood';
import { useGraphExtras } from '../../graph/use-graph-extras';
import type { Point } from '../../graph/viewport';
import { Empty, ErrorNotice, Loading } from '../../shared/QueryStates';
import { FINDINGS_GRAPH_QUERY, FINDINGS_PLANS_QUERY, type Finding } from './findings.query';

/**
 * Whether the whole system graph is drawn: with a council chosen, or when the graph holds one
 * plan (a city's own deployment). Until the plans are known the graph waits; if they cannot be
 * read it is drawn whole.
 */
function drawsWholeGraph(
  council: string | null,
  plans: { count: number | undefined; failed: boolean },
): boolean | undefined {
  if (council !== null || plans.failed) return true;
  return plans.count === undefined ? undefined : plans.count < 2;
}

export function FindingsGraph(props: {
  council: string | null;
  selected: Finding | null;
  /** Where the nodes were drawn, kept by the view from one finding (and council) to the next. */
  positions: Map<string, Point>;
}) {
  const { council, selected, positions } = props;
  const plans = useQuery(FINDINGS_PLANS_QUERY, { skip: council !== null });
  const whole = drawsWholeGraph(council, {
    count: plans.data?.plans.length,
    failed: plans.error !== undefined,
  });
  const filter = useMemo(() => (council ? { authority: council } : {}), [council]);
  const graph = useQuery(FINDINGS_GRAPH_QUERY, { variables: { filter }, skip: whole !== true });
  const [cy, setCy] = useState<Core | null>(null);
  const highlight = useMemo(() => selected?.nodes.map((n) => n.key) ?? [], [selected]);

  // A finding may be about nodes the overview leaves out (a measure), and without the overview
  // these are all there is: fetch their surroundings.
  const extraFilters = useMemo(
    () => highlight.slice(0, 12).map((key) => ({ focus: key, depth: 1 })),
    [highlight],
  );
  const extras = useGraphExtras(FINDINGS_GRAPH_QUERY, extraFilters);
  const elements = useMemo(
    () => graphToElements([whole ? graph.data?.graph : undefined, ...extras.views]),
    [whole, graph.data, extras.views],
  );

  const spotlight = useMemo<Spotlight | null>(() => {
    if (highlight.length === 0) return null;
    const nodeIds = elements.nodes.map((n) => n.data.id);
    const edges = elements.edges.map((e) => e.data);
    const nodes = new Set<string>();
    const inside = new Set<string>();
    for (const key of highlight) {
      const n = neighbourhood({ nodeIds, edges, focus: key, depth: 1 });
      n?.nodes.forEach((id) => nodes.add(id));
      n?.edges.forEach((id) => inside.add(id));
    }
    return { nodes, edges: inside };
  }, [highlight, elements]);

  const status =
    whole && graph.loading && !graph.data
      ? 'Loading the graph…'
      : selected
        ? `Highlighting ${highlight.length} node${highlight.length === 1 ? '' : 's'}: ${selected.title}`
        : whole
          ? 'Choose a finding to highlight its nodes.'
          : 'Choose a finding to draw its nodes and their neighbours.';

  let body;
  if (whole === undefined) {
    body = <Loading>Loading the graph…</Loading>;
  } else if (whole && graph.error && !graph.data) {
    body = (
      <ErrorNotice error={graph.error} what="load the graph" onRetry={() => void graph.refetch()} />
    );
  } else if (whole && graph.loading && !graph.data) {
    body = <Loading>Loading the graph…</Loading>;
  } else if (!whole && !selected) {
    body = (
      <Empty>
        <p>
          With several councils&rsquo; plans loaded, the graph draws the chosen finding&rsquo;s
          nodes and their neighbours. Pick a council on the left to see its whole system.
        </p>
      </Empty>
    );
  } else if (!whole && extras.views.length === 0) {
    body = extras.error ? (
      <ErrorNotice error={extras.error} what="load the finding’s nodes" />
    ) : (
      <Loading>Loading the finding&rsquo;s nodes…</Loading>
    );
  } else {
    body = (
      <CytoscapeGraph
        elements={elements}
        layout="fcose"
        positions={positions}
        highlighted={highlight}
        spotlight={spotlight}
        fitTo={highlight.length > 0 ? highlight : null}
        onReady={setCy}
        label={
          selected
            ? `The system graph with the nodes of the finding “${selected.title}” highlighted`
            : 'The system graph'
        }
      />
    );
  }

  return (
    <section className="findings-graph" aria-label="The findings on the graph">
      <div className="toolbar">
        <p className="status-line" role="status">
          {status}
          {extras.loading ? ' · fetching their neighbours…' : ''}
        </p>
        <GraphExport cy={cy} title={selected ? `finding ${selected.title}` : 'findings graph'} />
      </div>
      {body}
    </section>
  );
}
