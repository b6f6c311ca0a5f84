// The table alternative to the drawing: every node and every relationship on screen, sortable,
// with the same selection as the graph, and CSV downloads of both.
import { useState } from 'react';
import type { EdgeElementData, NodeElementData } from '../../graph/graph-to-elements';
import { CsvButton } from '../../shared/CsvButton';
import { edgeRows, nodeRows, type NodeSort } from './graph-table-rows';

export function GraphTable(props: {
  nodes: readonly NodeElementData[];
  edges: readonly EdgeElementData[];
  labels: ReadonlyMap<string, string>;
  selected: string | null;
  highlighted: ReadonlySet<string>;
  onSelect(id: string): void;
}) {
  const [sort, setSort] = useState<NodeSort>('name');
  const rows = nodeRows(props.nodes, props.edges, sort);
  const links = edgeRows(props.edges, props.labels);
  const sortButton = (key: NodeSort, label: string) => (
    <th
      scope="col"
      aria-sort={sort === key ? (key === 'links' ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" className="th-button" onClick={() => setSort(key)}>
        {label}
        {sort === key ? (key === 'links' ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  return (
    <div className="graph-table">
      <section aria-labelledby="nodes-table-heading">
        <div className="table-heading">
          <h3 id="nodes-table-heading">Nodes ({rows.length})</h3>
          <CsvButton
            title="graph nodes"
            header={['key', 'name', 'type', 'details', 'links']}
            rows={() => rows.map((r) => [r.id, r.name, r.type, r.detail, r.links])}
          />
        </div>
        <table>
          <thead>
            <tr>
              {sortButton('name', 'Name')}
              {sortButton('type', 'Type')}
              <th scope="col">Details</th>
              {sortButton('links', 'Links')}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.id}
                className={[
                  r.id === props.selected ? 'selected' : '',
                  props.highlighted.has(r.id) ? 'highlighted' : '',
                ].join(' ')}
                aria-selected={r.id === props.selected}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onSelect(r.id)}
                  >
                    {r.name}
                  </button>
                </td>
                <td>{r.type}</td>
                <td>{r.detail}</td>
                <td className="num">{r.links}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="edges-table-heading">
        <div className="table-heading">
          <h3 id="edges-table-heading">Relationships ({links.length})</h3>
          <CsvButton
            title="graph relationships"
            header={['from', 'relationship', 'to', 'source']}
            rows={() => links.map((r) => [r.from, r.relationship, r.to, r.source])}
          />
        </div>
        <table>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Relationship</th>
              <th scope="col">To</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {links.map((r) => (
              <tr key={r.id}>
                <td>{r.from}</td>
                <td>{r.relationship}</td>
                <td>{r.to}</td>
                <td>{r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
