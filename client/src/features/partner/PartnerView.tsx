// The Partner view: one organisation's (or board's, or role's) own part in the system: its
// tasks by RACI letter, its boards, services and client groups, and who it shares work with,
// drawn as its own network. A partner signed in sees its own organisation first and may change
// the status of the tasks it is Responsible for, and its own details.
import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { Core } from 'cytoscape';
import { useUrlState } from '../../app/use-location';
import { readString, writeParams } from '../../app/url-params';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { useAuth } from '../../auth/AuthContext';
import { canEditOrganisation, canEditTask } from '../../auth/permissions';
import { CytoscapeGraph } from '../../graph/CytoscapeGraph';
import { GraphExport } from '../../graph/GraphExport';
import { Legend } from '../../graph/Legend';
import { PartySelect } from '../../shared/PartySelect';
import { TypeSwatch } from '../../graph/TypeSwatch';
import { RACI_LETTERS, RACI_NAMES } from '../../graph/edge-types';
import { nodeTypeStyle } from '../../graph/node-types';
import { CsvButton } from '../../shared/CsvButton';
import { describeError } from '../../shared/describe-error';
import { Empty, ErrorNotice, Loading } from '../../shared/QueryStates';
import { normaliseStatus, statusName, TASK_STATUSES } from '../../shared/task-status';
import { partnerToElements, tasksByLetter } from './partner-to-elements';
import {
  ORGANISATION_DETAILS_QUERY,
  PARTNER_VIEW_QUERY,
  SET_TASK_STATUS_MUTATION,
  UPDATE_ORGANISATION_MUTATION,
  type PartnerViewData,
  type PartyTask,
} from './partner.query';

interface PartnerState {
  party: string | null;
  table: boolean;
}

const parseState = (search: string): PartnerState => {
  const p = new URLSearchParams(search);
  return { party: readString(p, 'party'), table: p.get('table') === '1' };
};
const serialiseState = (s: PartnerState) => writeParams({ party: s.party, table: s.table });

function StatusCell({ task, editable }: { task: PartyTask; editable: boolean }) {
  const [setStatus, { loading, error }] = useMutation(SET_TASK_STATUS_MUTATION);
  const current = normaliseStatus(task.status) ?? 'not_started';
  if (!editable) return <>{statusName(task.status)}</>;
  return (
    <span className="status-edit">
      <select
        aria-label={`Status of “${task.title}”`}
        value={current}
        disabled={loading}
        onChange={(e) =>
          void setStatus({
            variables: { key: task.key, status: e.target.value },
            refetchQueries: ['PartnerView'],
          }).catch(() => undefined)
        }
      >
        {TASK_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusName(s)}
          </option>
        ))}
      </select>
      {loading ? <span className="hint"> saving…</span> : null}
      {error ? (
        <span className="bad-text" role="alert">
          {' '}
          {describeError(error).message}
        </span>
      ) : null}
    </span>
  );
}

function TaskTable(props: {
  letter: 'R' | 'A' | 'C' | 'I';
  tasks: PartyTask[];
  editable(task: PartyTask): boolean;
}) {
  const { letter, tasks } = props;
  return (
    <section className="letter-block" aria-labelledby={`letter-${letter}`}>
      <h4 id={`letter-${letter}`}>
        <span className={`letter-chip letter-${letter}`}>{letter}</span> {RACI_NAMES[letter]} for{' '}
        {tasks.length} task
        {tasks.length === 1 ? '' : 's'}
      </h4>
      {tasks.length === 0 ? null : (
        <table>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Objective</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => (
              <tr key={t.key}>
                <td>
                  <Link href={pathTo('explore', `?focus=${t.key}&node=${t.key}`)}>{t.title}</Link>
                </td>
                <td>{t.objective ?? ''}</td>
                <td className="nowrap">{t.dueRaw ?? ''}</td>
                <td>
                  <StatusCell task={t} editable={letter === 'R' && props.editable(t)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function OrganisationEditor({ orgKey }: { orgKey: string }) {
  const { data } = useQuery(ORGANISATION_DETAILS_QUERY, { variables: { key: orgKey } });
  const org = data?.organisations[0];
  const [update, { loading, error, data: saved }] = useMutation(UPDATE_ORGANISATION_MUTATION);
  const [open, setOpen] = useState(false);
  if (!org) return null;
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const aliases = String(form.get('aliases') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    void update({
      variables: {
        key: orgKey,
        description: String(form.get('description') ?? '').trim() || null,
        aliases,
      },
      refetchQueries: ['PartnerView', 'OrganisationDetails'],
    }).catch(() => undefined);
  }
  return (
    <details
      className="org-editor"
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>Change {org.name}’s details</summary>
      <form onSubmit={onSubmit}>
        <label className="field">
          Description
          <textarea name="description" rows={3} defaultValue={org.description ?? ''} />
        </label>
        <label className="field">
          Other names and abbreviations (comma-separated)
          <input type="text" name="aliases" defaultValue={(org.aliases ?? []).join(', ')} />
        </label>
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save'}
        </button>
        {saved && !error ? <span className="ok-text"> Saved.</span> : null}
        {error ? <ErrorNotice error={error} what="save the details" /> : null}
      </form>
    </details>
  );
}

function PartnerContent({
  view,
  table,
  onTable,
}: {
  view: PartnerViewData;
  table: boolean;
  onTable(t: boolean): void;
}) {
  const { user } = useAuth();
  const [cy, setCy] = useState<Core | null>(null);
  const elements = useMemo(() => partnerToElements(view), [view]);
  const byLetter = tasksByLetter(view);
  const isOwn = user?.role === 'partner' && user.organisation === view.party.key;
  const editable = (t: PartyTask) =>
    canEditTask(user, {
      responsible: t.letters.includes('R') ? [view.party.key] : [],
      authority: null,
    });
  const canEditDetails =
    view.party.type === 'Organisation' && canEditOrganisation(user, view.party.key);

  return (
    <div className="partner-body">
      <div className="partner-lists">
        <header className="partner-title">
          <TypeSwatch type={view.party.type} size={26} />
          <div>
            <h3>{view.party.name}</h3>
            <p className="hint">
              {nodeTypeStyle(view.party.type).label}
              {view.aliases.length ? ` · also called ${view.aliases.join(', ')}` : ''}
              {isOwn ? ' · you act for this organisation' : ''}
            </p>
          </div>
        </header>
        {canEditDetails ? <OrganisationEditor orgKey={view.party.key} /> : null}
        {user?.role === 'partner' && !isOwn ? (
          <p className="notice">
            You can read this party’s view; only {user.organisation ?? 'your organisation'}’s own
            tasks and details can be changed by you.
          </p>
        ) : null}
        <div className="button-row">
          <CsvButton
            title={`${view.party.name} tasks`}
            header={['task', 'letters', 'objective', 'due', 'status']}
            rows={() =>
              view.tasks.map((t) => [
                t.title,
                t.letters.join('/'),
                t.objective,
                t.dueRaw,
                statusName(t.status),
              ])
            }
            label="Tasks as CSV"
          />
          <Link href={pathTo('explore', `?party=${view.party.key}`)}>Open in Explore</Link>
        </div>
        {view.tasks.length === 0 ? (
          <p className="hint">This party holds no RACI letter on any task.</p>
        ) : null}
        {RACI_LETTERS.map((l) =>
          byLetter[l].length > 0 ? (
            <TaskTable key={l} letter={l} tasks={byLetter[l]} editable={editable} />
          ) : null,
        )}
        <div className="partner-refs">
          {(
            [
              ['Boards and groups it sits on', view.boards],
              ['Services it provides', view.services],
              ['Client groups it works for', view.clientGroups],
            ] as const
          ).map(([title, list]) => (
            <section key={title}>
              <h4>{title}</h4>
              {list.length === 0 ? (
                <p className="hint">None recorded.</p>
              ) : (
                <ul>
                  {list.map((r) => (
                    <li key={r.key}>
                      <TypeSwatch type={r.type} size={12} /> {r.name}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      </div>
      <section className="partner-network" aria-labelledby="network-heading">
        <div className="toolbar">
          <h3 id="network-heading">Who it works with</h3>
          <div className="segmented" role="group" aria-label="Show as">
            <button type="button" aria-pressed={!table} onClick={() => onTable(false)}>
              Network
            </button>
            <button type="button" aria-pressed={table} onClick={() => onTable(true)}>
              Table
            </button>
          </div>
          {!table ? <GraphExport cy={cy} title={`${view.party.name} network`} /> : null}
        </div>
        {table ? (
          <table>
            <thead>
              <tr>
                <th scope="col">Shares work with</th>
                <th scope="col">Type</th>
                <th scope="col" className="num">
                  Shared tasks
                </th>
              </tr>
            </thead>
            <tbody>
              {[...view.neighbours]
                .sort((a, b) => b.sharedTasks - a.sharedTasks || a.name.localeCompare(b.name))
                .map((n) => (
                  <tr key={n.key}>
                    <td>
                      <Link href={pathTo('partner', `?party=${n.key}`)}>{n.name}</Link>
                    </td>
                    <td>{nodeTypeStyle(n.type).label}</td>
                    <td className="num">{n.sharedTasks}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        ) : elements.nodes.length <= 1 ? (
          <Empty>
            <p>No links recorded for this party yet.</p>
          </Empty>
        ) : (
          <>
            <CytoscapeGraph
              elements={elements}
              layout="concentric"
              centre={view.party.key}
              onReady={setCy}
              label={`${view.party.name} and the ${view.neighbours.length} parties it shares tasks with`}
            />
            <p className="hint">
              Line thickness: how many tasks they share. The inner ring shares several tasks with
              it, the next ring one; its boards, services and client groups sit outside.
            </p>
          </>
        )}
        <Legend types={['Organisation', 'Board', 'Role', 'Service', 'ClientGroup']} raci={false} />
      </section>
    </div>
  );
}

export function PartnerView() {
  const { user } = useAuth();
  const [state, setState] = useUrlState(parseState, serialiseState);
  const own = user?.role === 'partner' ? user.organisation : null;
  const partyKey = state.party ?? own;
  const { data, loading, error, refetch } = useQuery(PARTNER_VIEW_QUERY, {
    variables: { key: partyKey ?? '' },
    skip: !partyKey,
  });

  return (
    <div className="partner">
      <div className="view-header">
        <h2>Partner view</h2>
        <PartySelect
          className="inline-field"
          label="Organisation, board or role"
          emptyLabel="Choose…"
          value={partyKey}
          onChange={(key) => setState({ party: key })}
        />
        {own && partyKey !== own ? (
          <button type="button" className="link-button" onClick={() => setState({ party: own })}>
            Back to my organisation
          </button>
        ) : null}
      </div>
      {!partyKey ? (
        <Empty>
          <p>
            Choose an organisation, board or role to see its tasks by letter, its boards, services
            and client groups, and who it works with.
          </p>
          <p>Partners who sign in see their own organisation here straight away.</p>
        </Empty>
      ) : loading && !data ? (
        <Loading>Loading the party’s view…</Loading>
      ) : error && !data ? (
        <ErrorNotice error={error} what="load the partner view" onRetry={() => void refetch()} />
      ) : !data?.partnerView ? (
        <Empty>
          <p>There is no party with the key “{partyKey}”. Choose one from the list.</p>
        </Empty>
      ) : (
        <PartnerContent
          view={data.partnerView}
          table={state.table}
          onTable={(table) => setState({ table })}
        />
      )}
    </div>
  );
}
