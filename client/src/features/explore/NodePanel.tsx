// The side panel: the selected node's details, its links on screen (each a button that moves
// the selection), the source documents and rows behind it, and what to do next with it.
import { useQuery } from '@apollo/client/react';
import type { EdgeElementData, NodeElementData } from '../../graph/graph-to-elements';
import { TypeSwatch } from '../../graph/TypeSwatch';
import { PARTY_TYPES } from '../../graph/node-types';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { ErrorNotice } from '../../shared/QueryStates';
import { hasDetailsQuery, NODE_DETAILS_QUERY, nodeDetailsVariables } from './node-details.query';
import { buildNodePanel, type PanelGroup } from './node-panel-model';

function Group({
  group,
  onSelect,
  present,
}: {
  group: PanelGroup;
  onSelect(key: string): void;
  present: ReadonlySet<string>;
}) {
  return (
    <div className="panel-group">
      <h4>{group.title}</h4>
      <ul>
        {group.links.map((l, i) => (
          <li key={`${l.key}-${i}`}>
            {l.key && present.has(l.key) ? (
              <button type="button" className="link-button" onClick={() => onSelect(l.key)}>
                {l.name}
              </button>
            ) : (
              <span>{l.name}</span>
            )}
            {l.source ? <span className="source-note"> ({l.source})</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NodePanel(props: {
  node: NodeElementData;
  edges: readonly EdgeElementData[];
  labels: ReadonlyMap<string, string>;
  focused: boolean;
  onSelect(key: string): void;
  onFocus(key: string | null): void;
  onExpand(key: string): void;
  onClose(): void;
}) {
  const { node } = props;
  const wantDetails = hasDetailsQuery(node.type);
  const { data, loading, error, refetch } = useQuery(NODE_DETAILS_QUERY, {
    variables: nodeDetailsVariables(node.id, node.type),
    skip: !wantDetails,
  });
  const panel = buildNodePanel({ node, edges: props.edges, labels: props.labels, details: data });
  const present = new Set(props.labels.keys());
  const isParty = (PARTY_TYPES as readonly string[]).includes(node.type);

  return (
    <aside className="node-panel" aria-labelledby="node-panel-title">
      <header>
        <TypeSwatch type={node.type} size={22} />
        <div>
          <p className="panel-type">{panel.typeLabel}</p>
          <h3 id="node-panel-title">{panel.title}</h3>
        </div>
        <button
          type="button"
          className="close"
          aria-label="Close the details"
          onClick={props.onClose}
        >
          ×
        </button>
      </header>
      <div className="button-row compact">
        <button
          type="button"
          onClick={() => props.onFocus(props.focused ? null : node.id)}
          aria-pressed={props.focused}
        >
          {props.focused ? 'Clear focus' : 'Focus here'}
        </button>
        <button
          type="button"
          onClick={() => props.onExpand(node.id)}
          title="Add this node's neighbours (or double-click it)"
        >
          Expand
        </button>
        {isParty ? <Link href={pathTo('partner', `?party=${node.id}`)}>Partner view</Link> : null}
        {node.type === 'ClientGroup' ? (
          <Link href={pathTo('pathways', `?group=${node.id}`)}>Pathways</Link>
        ) : null}
      </div>
      {panel.facts.length > 0 ? (
        <dl className="facts">
          {panel.facts.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {loading ? <p className="hint">Loading the details…</p> : null}
      {error ? (
        <ErrorNotice error={error} what="load the details" onRetry={() => void refetch()} />
      ) : null}
      {panel.lists.map((g) => (
        <Group key={g.title} group={g} onSelect={props.onSelect} present={present} />
      ))}
      {panel.connections.length > 0 ? (
        <section>
          <h4 className="panel-section">On the graph</h4>
          {panel.connections.map((g) => (
            <Group key={g.title} group={g} onSelect={props.onSelect} present={present} />
          ))}
        </section>
      ) : (
        <p className="hint">
          No links to this node in the current view. Double-click it (or press Expand) to add its
          neighbours.
        </p>
      )}
      <section>
        <h4 className="panel-section">Sources</h4>
        {panel.sources.length > 0 ? (
          <ul className="sources">
            {panel.sources.map((s, i) => (
              <li key={i}>
                {s.title ?? s.document}
                {s.locator ? `, ${s.locator}` : ''}{' '}
                <span className="source-note">({s.document})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">
            {wantDetails && loading ? 'Loading…' : 'The source rows of its links are listed above.'}
          </p>
        )}
      </section>
    </aside>
  );
}
