// Plan timeline: tasks by the month they are due and by status. Overdue tasks and those due
// within two months stand out (colour, a border style and a word, never colour alone). "Today"
// can be set in the URL, to see the plan as it stood at a board meeting. A long timeline (every
// council's) is drawn a few months at a time; the CSV has every task.
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useUrlState } from '../../app/use-location';
import { readFlag, readString, writeParams } from '../../app/url-params';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { CsvButton } from '../../shared/CsvButton';
import { ShowMore } from '../../shared/ShowMore';
import { Empty, ErrorNotice, Loading } from '../../shared/QueryStates';
import { statusName, TASK_STATUSES } from '../../shared/task-status';
import {
  buildTimeline,
  drawnPart,
  monthLabel,
  type TimelineTask,
  type Urgency,
} from './build-timeline';
import { byDueThenRow, TIMELINE_QUERY } from './timeline.query';
import { CouncilSelect, NoCouncilTasks } from '../../shared/CouncilSelect';
import { councilTasks, councilTasksVariables } from '../../shared/council-choices.query';
import { UNCACHED } from '../../shared/uncached';

interface TimelineState {
  council: string | null;
  objective: string | null;
  urgent: boolean;
  today: string | null;
}
const parseState = (search: string): TimelineState => {
  const p = new URLSearchParams(search);
  const today = readString(p, 'today');
  return {
    council: readString(p, 'council'),
    objective: readString(p, 'objective'),
    urgent: readFlag(p, 'urgent'),
    today: today && /^\d{4}-\d{2}/.test(today) ? today.slice(0, 7) : null,
  };
};
const serialiseState = (s: TimelineState) =>
  writeParams({ council: s.council, objective: s.objective, urgent: s.urgent, today: s.today });

/** About how many task cards are drawn at first and at each step (whole months at a time). */
export const TIMELINE_STEP = 400;

const URGENCY_WORDS: Record<Urgency, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  later: '',
  finished: '',
  undated: '',
};

function TaskCard({ task }: { task: TimelineTask }) {
  return (
    <li className={`task-card urgency-${task.urgency}`}>
      {URGENCY_WORDS[task.urgency] ? (
        <span className={`urgency-tag tag-${task.urgency}`}>{URGENCY_WORDS[task.urgency]}</span>
      ) : null}
      <Link href={pathTo('explore', `?focus=${task.key}&node=${task.key}`)}>{task.title}</Link>
      <span className="task-meta">
        {task.dueRaw ? `Due: ${task.dueRaw}` : 'No date'}
        {task.responsible.length
          ? ` · R: ${task.responsible.map((r) => r.name).join(', ')}`
          : ' · no Responsible'}
      </span>
    </li>
  );
}

export function Timeline() {
  const [state, setState] = useUrlState(parseState, serialiseState);
  const [limit, setLimit] = useState(TIMELINE_STEP);
  const { data, loading, error, refetch } = useQuery(TIMELINE_QUERY, {
    variables: councilTasksVariables(state.council),
    fetchPolicy: UNCACHED,
  });
  const tasks = useMemo(() => councilTasks(data, byDueThenRow), [data]);
  const today = state.today ?? new Date().toISOString().slice(0, 7);
  const timeline = useMemo(
    () =>
      tasks
        ? buildTimeline(tasks, today, { objective: state.objective, urgentOnly: state.urgent })
        : null,
    [tasks, today, state.objective, state.urgent],
  );
  const objectives = useMemo(() => {
    const m = new Map<string, string>();
    for (const t of tasks ?? [])
      if (t.objective[0]) m.set(t.objective[0].key, t.objective[0].title);
    return [...m];
  }, [tasks]);

  if (loading && !data) return <Loading>Loading the plan’s tasks and dates…</Loading>;
  if (error && !data)
    return <ErrorNotice error={error} what="load the timeline" onRetry={() => void refetch()} />;
  if (!timeline || !tasks) return null;
  if (tasks.length === 0 && state.council)
    return <NoCouncilTasks onShowEvery={() => setState({ council: null })} />;
  if (tasks.length === 0)
    return (
      <Empty>
        <p>No tasks yet: import an action plan to see its timeline.</p>
      </Empty>
    );
  const undatedCount = TASK_STATUSES.reduce((n, s) => n + timeline.undated[s].length, 0);
  // Columns share the width by how many tasks each status holds; an empty one stays narrow.
  const perStatus = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0])) as Record<
    (typeof TASK_STATUSES)[number],
    number
  >;
  for (const r of timeline.rows)
    for (const s of TASK_STATUSES) perStatus[s] += r.byStatus[s].length;
  for (const s of TASK_STATUSES) perStatus[s] += timeline.undated[s].length;
  const used = TASK_STATUSES.filter((s) => perStatus[s] > 0);
  const totalUsed = used.reduce((n, s) => n + perStatus[s], 0) || 1;
  const spare = 100 - 10 * (TASK_STATUSES.length - used.length);
  const widths = Object.fromEntries(
    TASK_STATUSES.map((s) => [
      s,
      perStatus[s] > 0 ? Math.max(14, (spare * perStatus[s]) / totalUsed) : 10,
    ]),
  ) as Record<(typeof TASK_STATUSES)[number], number>;
  const drawn = drawnPart(timeline, limit);
  const all = [
    ...timeline.rows.flatMap((r) => TASK_STATUSES.flatMap((s) => r.byStatus[s])),
    ...TASK_STATUSES.flatMap((s) => timeline.undated[s]),
  ];

  return (
    <div className="timeline">
      <div className="view-header">
        <h2>Plan timeline</h2>
        <p>
          As at {monthLabel(today)}:{' '}
          <strong className="bad-text">{timeline.counts.overdue} overdue</strong>,{' '}
          <strong>{timeline.counts['due-soon']} due within two months</strong>,{' '}
          {timeline.counts.finished} done or dropped, {timeline.counts.undated} without a date.
        </p>
      </div>
      <form
        className="timeline-controls"
        aria-label="Filter the timeline"
        onSubmit={(e) => e.preventDefault()}
      >
        <CouncilSelect
          className="inline-field"
          value={state.council}
          onChange={(council) => setState({ council, objective: null })}
        />
        <label className="inline-field">
          Objective{' '}
          <select
            value={state.objective ?? ''}
            onChange={(e) => setState({ objective: e.target.value || null })}
          >
            <option value="">Every objective</option>
            {objectives.map(([k, t]) => (
              <option key={k} value={k}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={state.urgent}
            onChange={(e) => setState({ urgent: e.target.checked })}
          />
          Only overdue and due soon
        </label>
        {/* The field and its hint wrap to a new line together, never apart. */}
        <span className="field-with-hint">
          <label className="inline-field">
            As at{' '}
            <input
              type="month"
              value={today}
              onChange={(e) => setState({ today: e.target.value || null }, { replace: true })}
              aria-describedby="as-at-hint"
            />
          </label>
          <span id="as-at-hint" className="hint">
            (to see the plan as it stood on another date)
          </span>
        </span>
        <CsvButton
          title="plan timeline"
          header={['task', 'objective', 'due', 'status', 'urgency', 'responsible']}
          rows={() =>
            all.map((t) => [
              t.title,
              t.objective[0]?.title ?? '',
              t.dueRaw ?? '',
              statusName(t.status),
              URGENCY_WORDS[t.urgency],
              t.responsible.map((r) => r.name).join('; '),
            ])
          }
        />
      </form>
      <div
        className="timeline-scroll"
        role="region"
        aria-label="Tasks by month and status"
        tabIndex={0}
      >
        <table className="timeline-table">
          <colgroup>
            <col className="month-col" />
            {TASK_STATUSES.map((s) => (
              <col key={s} style={{ width: `${widths[s]}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="month-col">
                Due by
              </th>
              {TASK_STATUSES.map((s) => (
                <th key={s} scope="col">
                  {statusName(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {drawn.rows.map((r) => {
              const empty = TASK_STATUSES.every((s) => r.byStatus[s].length === 0);
              return (
                <tr
                  key={r.month}
                  className={[
                    r.isCurrent ? 'current-month' : '',
                    r.isPast ? 'past-month' : '',
                  ].join(' ')}
                >
                  <th scope="row" className="month-col">
                    {r.label}
                    {r.isCurrent ? <span className="this-month"> this month</span> : null}
                  </th>
                  {empty ? (
                    <td colSpan={4} className="hint">
                      Nothing due this month.
                    </td>
                  ) : (
                    TASK_STATUSES.map((s) => (
                      <td key={s}>
                        {r.byStatus[s].length > 0 ? (
                          <ul className="task-cards">
                            {r.byStatus[s].map((t) => (
                              <TaskCard key={t.key} task={t} />
                            ))}
                          </ul>
                        ) : null}
                      </td>
                    ))
                  )}
                </tr>
              );
            })}
            {drawn.undated && undatedCount > 0 ? (
              <tr>
                <th scope="row" className="month-col">
                  No date (ongoing or not given)
                </th>
                {TASK_STATUSES.map((s) => (
                  <td key={s}>
                    <ul className="task-cards">
                      {timeline.undated[s].map((t) => (
                        <TaskCard key={t.key} task={t} />
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ) : null}
          </tbody>
        </table>
        <ShowMore
          shown={drawn.shown}
          total={drawn.total}
          step={TIMELINE_STEP}
          what="tasks"
          label="Show later months"
          onMore={() => setLimit(drawn.shown + TIMELINE_STEP)}
        />
      </div>
    </div>
  );
}
