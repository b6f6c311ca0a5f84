// The RACI matrix: parties by tasks, sortable and filterable. Tasks with no Responsible or no
// Accountable get a hatched column and a marked heading; the A cells of a task with more than
// one Accountable are filled and marked. A key below names every task in full.
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useUrlState } from '../../app/use-location';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { RACI_LETTERS, RACI_NAMES, type RaciLetter } from '../../graph/edge-types';
import { nodeTypeStyle } from '../../graph/node-types';
import { TypeSwatch } from '../../graph/TypeSwatch';
import { CsvButton } from '../../shared/CsvButton';
import { Empty, ErrorNotice, Loading } from '../../shared/QueryStates';
import {
  buildRaciMatrix,
  cellBreaksRule,
  cellKey,
  PROBLEM_WORDS,
  viewMatrix,
  type MatrixTask,
  type PartySort,
  type TaskSort,
} from './build-raci-matrix';
import { parseRaciState, serialiseRaciState } from './raci-state';
import { byRow, RACI_QUERY } from './raci.query';
import { CouncilSelect, NoCouncilTasks } from '../../shared/CouncilSelect';
import { councilTasks, councilTasksVariables } from '../../shared/council-choices.query';
import { UNCACHED } from '../../shared/uncached';

const PROBLEM_SHORT: Record<string, string> = {
  'no-responsible': 'no R',
  'no-accountable': 'no A',
  'several-accountable': '2+ A',
};

function TaskHeading({ task }: { task: MatrixTask }) {
  const problem = task.problems.length > 0;
  return (
    <th
      scope="col"
      className={`task-col ${problem ? 'problem' : ''}`}
      title={`${task.label}. ${task.title}`}
    >
      <span aria-hidden="true">{task.label}</span>
      {problem ? (
        <span className="problem-mark" aria-hidden="true">
          !
        </span>
      ) : null}
      <span className="visually-hidden">
        Task {task.label}: {task.title}
        {problem
          ? `. Breaks RACI rules: ${task.problems.map((p) => PROBLEM_WORDS[p]).join(', ')}`
          : ''}
      </span>
    </th>
  );
}

export function RaciMatrix() {
  const [view, setView] = useUrlState(parseRaciState, serialiseRaciState);
  const { data, loading, error, refetch } = useQuery(RACI_QUERY, {
    variables: councilTasksVariables(view.council),
    fetchPolicy: UNCACHED,
  });
  const tasks = useMemo(() => councilTasks(data, byRow), [data]);
  const matrix = useMemo(() => (tasks ? buildRaciMatrix(tasks) : null), [tasks]);
  const shown = useMemo(() => (matrix ? viewMatrix(matrix, view) : null), [matrix, view]);
  const objectives = useMemo(() => {
    const seen = new Map<string, string>();
    for (const t of matrix?.tasks ?? [])
      if (t.objectiveKey) seen.set(t.objectiveKey, t.objectiveTitle);
    return [...seen];
  }, [matrix]);

  if (loading && !data) return <Loading>Loading the tasks and who holds which letter…</Loading>;
  if (error && !data)
    return <ErrorNotice error={error} what="load the RACI matrix" onRetry={() => void refetch()} />;
  if (!matrix || !shown) return null;
  if (matrix.tasks.length === 0 && view.council)
    return <NoCouncilTasks onShowEvery={() => setView({ council: null })} />;
  if (matrix.tasks.length === 0)
    return (
      <Empty>
        <p>There are no tasks yet.</p>
        <p>
          Import an action plan (<Link href={pathTo('import')}>Import</Link>) to fill the matrix.
        </p>
      </Empty>
    );

  const noR = matrix.tasks.filter((t) => t.problems.includes('no-responsible')).length;
  const badA = matrix.tasks.filter((t) => t.problems.some((p) => p !== 'no-responsible')).length;
  const letterShown = (l: RaciLetter) => view.letters.length === 0 || view.letters.includes(l);

  return (
    <div className="raci">
      <div className="view-header">
        <h2>RACI matrix</h2>
        <p>
          {matrix.parties.length} parties × {matrix.tasks.length} tasks.{' '}
          <strong className={noR ? 'bad-text' : ''}>{noR} with no Responsible</strong>,{' '}
          <strong className={badA ? 'bad-text' : ''}>{badA} without exactly one Accountable</strong>
          .
        </p>
      </div>
      <form
        className="raci-controls"
        aria-label="Filter and sort the matrix"
        onSubmit={(e) => e.preventDefault()}
      >
        <CouncilSelect
          value={view.council}
          onChange={(council) => setView({ council, objective: null })}
        />
        <label className="field">
          Party name
          <input
            type="search"
            value={view.partyText}
            onChange={(e) => setView({ partyText: e.target.value }, { replace: true })}
          />
        </label>
        <label className="field">
          Party type
          <select
            value={view.partyType ?? ''}
            onChange={(e) => setView({ partyType: e.target.value || null })}
          >
            <option value="">All</option>
            <option value="Organisation">Organisations</option>
            <option value="Board">Boards and groups</option>
            <option value="Role">Roles</option>
          </select>
        </label>
        <label className="field">
          Objective
          <select
            value={view.objective ?? ''}
            onChange={(e) => setView({ objective: e.target.value || null })}
          >
            <option value="">Every objective</option>
            {objectives.map(([key, title]) => (
              <option key={key} value={key}>
                {title}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="inline-checks">
          <legend>Letters</legend>
          {RACI_LETTERS.map((l) => (
            <label key={l} title={RACI_NAMES[l]}>
              <input
                type="checkbox"
                checked={view.letters.includes(l)}
                onChange={() =>
                  setView({
                    letters: view.letters.includes(l)
                      ? view.letters.filter((x) => x !== l)
                      : [...view.letters, l],
                  })
                }
              />
              {l}
            </label>
          ))}
        </fieldset>
        <label className="field">
          Sort parties by
          <select
            value={view.partySort}
            onChange={(e) => setView({ partySort: e.target.value as PartySort })}
          >
            <option value="name">Name</option>
            <option value="load">Most letters</option>
            <option value="R">Most Responsible</option>
            <option value="A">Most Accountable</option>
            <option value="type">Type</option>
          </select>
        </label>
        <label className="field">
          Order tasks by
          <select
            value={view.taskSort}
            onChange={(e) => setView({ taskSort: e.target.value as TaskSort })}
          >
            <option value="row">Plan row</option>
            <option value="objective">Objective</option>
            <option value="problems">Rule breaks first</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={view.onlyProblems}
            onChange={(e) => setView({ onlyProblems: e.target.checked })}
          />
          Only tasks that break a rule
        </label>
        <CsvButton
          title="RACI matrix"
          header={[
            'party',
            'type',
            ...shown.tasks.map((t) => `${t.label}. ${t.title}`),
            'R',
            'A',
            'C',
            'I',
          ]}
          rows={() =>
            shown.parties.map((p) => [
              p.name,
              nodeTypeStyle(p.type).label,
              ...shown.tasks.map((t) => (matrix.cells.get(cellKey(p.key, t.key)) ?? []).join('/')),
              p.counts.R,
              p.counts.A,
              p.counts.C,
              p.counts.I,
            ])
          }
        />
      </form>
      <p className="raci-key">
        <span className="key-sample problem-col" aria-hidden="true" /> column: the task has no
        Responsible or no Accountable (“!” in the heading);{' '}
        <span className="key-sample bad-cell" aria-hidden="true">
          A!
        </span>{' '}
        an Accountable on a task with more than one. Hover over or focus a number for the task; the
        full list is below.
      </p>
      {shown.hiddenTasks > 0 ? (
        <p className="notice">
          Drawing the first {shown.tasks.length} of {shown.tasks.length + shown.hiddenTasks} tasks:
          a matrix of them all would be too large to draw. Choose a council, an objective or “Only
          tasks that break a rule” to see the rest. Download CSV has the tasks drawn.
        </p>
      ) : null}
      {shown.parties.length === 0 || shown.tasks.length === 0 ? (
        <Empty>
          <p>No party or task matches these filters.</p>
          <button
            type="button"
            onClick={() =>
              setView({
                partyText: '',
                partyType: null,
                objective: null,
                letters: [],
                onlyProblems: false,
              })
            }
          >
            Clear the filters
          </button>
        </Empty>
      ) : (
        <div className="raci-scroll" tabIndex={0} role="region" aria-label="The matrix (scrolls)">
          <table className="raci-table">
            <caption className="visually-hidden">RACI letters of each party on each task</caption>
            <thead>
              <tr>
                <th scope="col" className="party-col">
                  Party
                </th>
                {shown.tasks.map((t) => (
                  <TaskHeading key={t.key} task={t} />
                ))}
                {RACI_LETTERS.map((l) => (
                  <th
                    key={l}
                    scope="col"
                    className="total-col"
                    title={`Tasks it is ${RACI_NAMES[l]} for`}
                  >
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.parties.map((p) => (
                <tr key={p.key}>
                  <th scope="row" className="party-col">
                    <TypeSwatch type={p.type} size={12} />{' '}
                    <Link
                      href={pathTo('partner', `?party=${p.key}`)}
                      title={`${p.name}: partner view`}
                    >
                      {p.name}
                    </Link>
                  </th>
                  {shown.tasks.map((t) => {
                    const letters = (matrix.cells.get(cellKey(p.key, t.key)) ?? []).filter(
                      letterShown,
                    );
                    const bad = cellBreaksRule(t, letters);
                    const classes = [
                      t.problems.length > 0 ? 'problem-col' : '',
                      bad ? 'bad-cell' : '',
                      letters.length ? 'has-letter' : '',
                    ]
                      .filter(Boolean)
                      .join(' ');
                    return (
                      <td
                        key={t.key}
                        className={classes}
                        title={
                          letters.length
                            ? `${p.name}: ${letters.map((l) => RACI_NAMES[l]).join(' and ')} on task ${t.label}`
                            : undefined
                        }
                      >
                        {letters.join('/')}
                        {bad ? <span aria-label=" (one of several Accountables)">!</span> : null}
                      </td>
                    );
                  })}
                  {RACI_LETTERS.map((l) => (
                    <td key={l} className="num total-col">
                      {p.counts[l] || ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="party-col">
                  RACI check
                </th>
                {shown.tasks.map((t) => (
                  <td
                    key={t.key}
                    className={t.problems.length ? 'problem-col check-cell' : 'check-cell ok'}
                  >
                    {t.problems.length ? t.problems.map((p) => PROBLEM_SHORT[p]).join(', ') : '✓'}
                  </td>
                ))}
                <td colSpan={4} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <section aria-labelledby="raci-tasks-heading" className="raci-task-key">
        <h3 id="raci-tasks-heading">The tasks</h3>
        <ol>
          {shown.tasks.map((t) => (
            <li key={t.key} value={Number(t.label) || undefined}>
              <Link href={pathTo('explore', `?focus=${t.key}&node=${t.key}`)}>{t.title}</Link>
              {t.problems.length > 0 ? (
                <span className="bad-text">
                  {' '}
                  ({t.problems.map((p) => PROBLEM_WORDS[p]).join('; ')})
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
