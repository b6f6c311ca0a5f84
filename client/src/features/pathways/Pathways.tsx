// Pathways: for a client group, each route through services left to right, with the parties
// that provide each step; a step nothing follows is a dead end and stands out. The table below
// says the same in words.
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Core } from 'cytoscape';
import { useUrlState } from '../../app/use-location';
import { readString, writeParams } from '../../app/url-params';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { CytoscapeGraph } from '../../graph/CytoscapeGraph';
import { GraphExport } from '../../graph/GraphExport';
import { Legend } from '../../graph/Legend';
import { Empty, ErrorNotice, Loading } from '../../shared/QueryStates';
import { CsvButton } from '../../shared/CsvButton';
import { CLIENT_GROUPS_QUERY, PATHWAYS_QUERY } from './pathways.query';
import { pathwaysToElements } from './pathways-to-elements';

interface PathwaysState {
  group: string | null;
  table: boolean;
}
const parseState = (search: string): PathwaysState => {
  const p = new URLSearchParams(search);
  return { group: readString(p, 'group'), table: p.get('table') === '1' };
};
const serialiseState = (s: PathwaysState) => writeParams({ group: s.group, table: s.table });

export function Pathways() {
  const [state, setState] = useUrlState(parseState, serialiseState);
  const groups = useQuery(CLIENT_GROUPS_QUERY);
  const routes = useQuery(PATHWAYS_QUERY, {
    variables: { clientGroup: state.group ?? '' },
    skip: !state.group,
  });
  const [cy, setCy] = useState<Core | null>(null);
  const withPathways = (groups.data?.clientGroups ?? []).filter(
    (g) => g.pathwaysConnection.totalCount > 0,
  );
  const without = (groups.data?.clientGroups ?? []).filter(
    (g) => g.pathwaysConnection.totalCount === 0,
  );
  const group = groups.data?.clientGroups.find((g) => g.key === state.group);
  const list = routes.data?.clientGroupPathways;
  const drawing = useMemo(
    () =>
      state.group && list
        ? pathwaysToElements({ key: state.group, name: group?.name ?? state.group }, list)
        : null,
    [state.group, group, list],
  );

  return (
    <div className="pathways">
      <div className="view-header">
        <h2>Pathways</h2>
        <label className="inline-field">
          Client group{' '}
          <select
            value={state.group ?? ''}
            onChange={(e) => setState({ group: e.target.value || null })}
          >
            <option value="">Choose…</option>
            <optgroup label="With pathways">
              {withPathways.map((g) => (
                <option key={g.key} value={g.key}>
                  {g.name} ({g.pathwaysConnection.totalCount})
                </option>
              ))}
            </optgroup>
            <optgroup label="No pathway recorded">
              {without.map((g) => (
                <option key={g.key} value={g.key}>
                  {g.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {state.group ? (
          <Link href={pathTo('explore', `?group=${state.group}`)}>
            This client group in Explore
          </Link>
        ) : null}
      </div>

      {groups.error && !groups.data ? (
        <ErrorNotice
          error={groups.error}
          what="load the client groups"
          onRetry={() => void groups.refetch()}
        />
      ) : null}
      {!state.group ? (
        <Empty>
          <p>
            Choose a client group to see the routes people take through services, and where they get
            stuck.
          </p>
          {withPathways.length > 0 ? (
            <div className="button-row">
              {withPathways.map((g) => (
                <button key={g.key} type="button" onClick={() => setState({ group: g.key })}>
                  {g.name}
                </button>
              ))}
            </div>
          ) : groups.loading ? (
            <p className="hint">Loading the client groups…</p>
          ) : null}
        </Empty>
      ) : routes.loading && !routes.data ? (
        <Loading>Loading the pathways…</Loading>
      ) : routes.error && !routes.data ? (
        <ErrorNotice
          error={routes.error}
          what="load the pathways"
          onRetry={() => void routes.refetch()}
        />
      ) : !list || list.length === 0 || !drawing ? (
        <Empty>
          <p>No pathway is recorded for {group?.name ?? 'this client group'}.</p>
          <p>That may itself be a gap: see Gaps and duplication.</p>
        </Empty>
      ) : (
        <>
          <div className="toolbar">
            <p className="status-line" role="status">
              {list.length} route{list.length === 1 ? '' : 's'}, {drawing.deadEnds.length} dead end
              {drawing.deadEnds.length === 1 ? '' : 's'}.
            </p>
            <div className="segmented" role="group" aria-label="Show as">
              <button
                type="button"
                aria-pressed={!state.table}
                onClick={() => setState({ table: false })}
              >
                Drawing
              </button>
              <button
                type="button"
                aria-pressed={state.table}
                onClick={() => setState({ table: true })}
              >
                Table only
              </button>
            </div>
            {!state.table ? (
              <GraphExport cy={cy} title={`${group?.name ?? 'client group'} pathways`} />
            ) : null}
            <CsvButton
              title={`${group?.name ?? 'client group'} pathways`}
              header={['pathway', 'step', 'service or organisation', 'provided by', 'dead end']}
              rows={() =>
                list.flatMap((r) =>
                  r.steps.map((s) => [
                    r.name,
                    s.order,
                    s.name,
                    s.providers.map((p) => p.name).join('; '),
                    s.deadEnd ? 'yes' : '',
                  ]),
                )
              }
            />
          </div>
          {!state.table ? (
            <div className="pathways-drawing">
              <CytoscapeGraph
                elements={drawing}
                layout="dagre-lr"
                onReady={setCy}
                label={`Pathways for ${group?.name ?? 'the client group'}, left to right, ${drawing.deadEnds.length} dead ends`}
              />
              <Legend
                types={['ClientGroup', 'Pathway', 'Service', 'Organisation']}
                raci={false}
                extra="dead-end"
              />
            </div>
          ) : null}
          <div className="route-list">
            {list.map((r) => (
              <section key={r.key} aria-labelledby={`route-${r.key}`}>
                <h3 id={`route-${r.key}`}>{r.name}</h3>
                {r.description ? <p className="hint">{r.description}</p> : null}
                <ol>
                  {[...r.steps]
                    .sort((a, b) => a.order - b.order)
                    .map((s) => (
                      <li key={s.order} className={s.deadEnd ? 'dead-end-step' : undefined}>
                        <strong>{s.name}</strong>
                        {s.providers.length > 0
                          ? ` — provided by ${s.providers.map((p) => p.name).join(', ')}`
                          : ' — no provider recorded'}
                        {s.deadEnd ? (
                          <span className="dead-end-tag">dead end: nothing follows</span>
                        ) : null}
                      </li>
                    ))}
                </ol>
              </section>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
