// Import: upload a plan file, watch it being read and checked, then read the row-level report
// and confirm or cancel. The first pass is a dry run: nothing is written before "Import it".
import { useState, type DragEvent, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { useAuth } from '../../auth/AuthContext';
import { canImport, roleName } from '../../auth/permissions';
import { CsvButton } from '../../shared/CsvButton';
import { useElapsedSeconds } from '../../shared/use-elapsed-seconds';
import { ErrorNotice } from '../../shared/QueryStates';
import {
  COUNCILS_QUERY,
  IMPORT_PLAN_MUTATION,
  type ImportReport,
  type ImportVariables,
} from './import.query';
import { ACCEPTED_EXTENSIONS, checkUpload, readFileAsBase64, safeFileName } from './prepare-upload';
import { countIssues, ISSUE_SEVERITIES, issueRows, reportHeadline } from './summarise-report';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

type Stage =
  | { step: 'choose' }
  | { step: 'reading'; fraction: number }
  | { step: 'checking' }
  | { step: 'report'; report: ImportReport; variables: ImportVariables }
  | { step: 'writing'; report: ImportReport; variables: ImportVariables }
  | { step: 'done'; report: ImportReport };

function Report({ report }: { report: ImportReport }) {
  const [severities, setSeverities] = useState<string[]>([]);
  const counts = countIssues(report.issues);
  const issues = issueRows(report.issues, severities);
  const changeRows = [
    ...report.added.map((t) => ['added', t] as const),
    ...report.updated.map((t) => ['updated', t] as const),
    ...report.removed.map((t) => ['removed', t] as const),
  ];
  return (
    <section className="import-report" aria-labelledby="report-heading">
      <h3 id="report-heading">
        {report.dryRun ? 'What importing this file would do' : 'What the import did'}
      </h3>
      <p className="headline">{reportHeadline(report)}</p>
      <dl className="report-facts">
        <div>
          <dt>Plan</dt>
          <dd>{report.planTitle}</dd>
        </div>
        <div>
          <dt>Council</dt>
          <dd>{report.authorityName}</dd>
        </div>
        <div>
          <dt>Read as</dt>
          <dd>
            {report.format}, {report.layout}
          </dd>
        </div>
        <div>
          <dt>Glossary entries</dt>
          <dd>{report.glossaryEntries}</dd>
        </div>
        <div>
          <dt>Parties</dt>
          <dd>
            {report.partiesMatched} matched, {report.partiesCreated.length} new
          </dd>
        </div>
        <div>
          <dt>Issues</dt>
          <dd>
            <span className={counts.error ? 'bad-text' : ''}>{plural(counts.error, 'error')}</span>,{' '}
            {plural(counts.warning, 'warning')}, {plural(counts.note, 'note')}
          </dd>
        </div>
      </dl>
      {report.partiesCreated.length + report.clientGroupsCreated.length > 0 ? (
        <div className="created">
          {report.partiesCreated.length > 0 ? (
            <p>
              <strong>New parties</strong> (check none is an existing one under another name):{' '}
              {report.partiesCreated
                .map((p) => `${p.name}${p.label ? ` (${p.label})` : ''}`)
                .join(', ')}
            </p>
          ) : null}
          {report.clientGroupsCreated.length > 0 ? (
            <p>
              <strong>New client groups:</strong>{' '}
              {report.clientGroupsCreated.map((c) => c.name).join(', ')}
            </p>
          ) : null}
        </div>
      ) : null}
      {changeRows.length > 0 ? (
        <details open={changeRows.length <= 12}>
          <summary>
            Task changes ({report.added.length} added, {report.updated.length} updated,{' '}
            {report.removed.length} removed)
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col" className="num">
                  Row
                </th>
                <th scope="col">Task</th>
                <th scope="col">Fields changed</th>
              </tr>
            </thead>
            <tbody>
              {changeRows.map(([kind, t]) => (
                <tr key={`${kind}-${t.key}`}>
                  <td className={`change-${kind}`}>{kind}</td>
                  <td className="num">{t.row ?? ''}</td>
                  <td>{t.title}</td>
                  <td>{t.fields.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <div className="issues-head">
        <h4>Issues by row</h4>
        <fieldset className="inline-checks">
          <legend className="visually-hidden">Show</legend>
          {ISSUE_SEVERITIES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={severities.includes(s)}
                onChange={() =>
                  setSeverities(
                    severities.includes(s) ? severities.filter((x) => x !== s) : [...severities, s],
                  )
                }
              />
              {s}s ({counts[s] ?? 0})
            </label>
          ))}
        </fieldset>
        <CsvButton
          title={`import report ${report.file}`}
          header={['row', 'column', 'severity', 'code', 'message']}
          rows={() => issues.map((i) => [i.row, i.column, i.severity, i.code, i.message])}
          label="Issues as CSV"
        />
      </div>
      {report.issues.length === 0 ? (
        <p className="hint">No issues: every row was read as written.</p>
      ) : (
        <table className="issues">
          <thead>
            <tr>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Severity</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i, n) => (
              <tr key={n} className={`issue-${i.severity}`}>
                <td className="num">{i.row ?? '—'}</td>
                <td>{i.column ?? ''}</td>
                <td>
                  <span className={`issue-tag tag-${i.severity}`}>{i.severity}</span>
                </td>
                <td>{i.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ImportPlan() {
  const { user } = useAuth();
  const allowed = canImport(user);
  const councils = useQuery(COUNCILS_QUERY);
  const [importPlan] = useMutation(IMPORT_PLAN_MUTATION);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [file, setFile] = useState<File | null>(null);
  const [authority, setAuthority] = useState<string>('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const busy = stage.step === 'reading' || stage.step === 'checking' || stage.step === 'writing';
  const seconds = useElapsedSeconds(stage.step === 'checking' || stage.step === 'writing');
  const chosenAuthority = authority || user?.authority || '';

  function choose(f: File | null) {
    setError(null);
    setFile(f);
    setProblem(f ? checkUpload(f) : null);
    setStage({ step: 'choose' });
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!file || problem) return;
    setError(null);
    try {
      setStage({ step: 'reading', fraction: 0 });
      const contentBase64 = await readFileAsBase64(file, (fraction) =>
        setStage({ step: 'reading', fraction }),
      );
      const variables: ImportVariables = {
        fileName: safeFileName(file.name),
        contentBase64,
        authority: chosenAuthority || null,
        title: title.trim() || null,
        dryRun: true,
      };
      setStage({ step: 'checking' });
      const { data } = await importPlan({ variables });
      if (!data) throw new Error('The server sent no report.');
      setStage({ step: 'report', report: data.importPlan, variables });
    } catch (e) {
      setError(e);
      setStage({ step: 'choose' });
    }
  }

  async function confirm() {
    if (stage.step !== 'report') return;
    const { report, variables } = stage;
    setError(null);
    setStage({ step: 'writing', report, variables });
    try {
      const { data } = await importPlan({
        variables: { ...variables, dryRun: false },
        refetchQueries: 'active',
      });
      if (!data) throw new Error('The server sent no report.');
      setStage({ step: 'done', report: data.importPlan });
    } catch (e) {
      setError(e);
      setStage({ step: 'report', report, variables });
    }
  }

  function cancel() {
    setStage({ step: 'choose' });
    setFile(null);
    setProblem(null);
    setError(null);
  }

  function onDrop(e: DragEvent<HTMLLabelElement>) {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files[0] ?? null);
  }

  return (
    <div className="import">
      <div className="view-header">
        <h2>Import a plan</h2>
        <p>The file is read and checked first; nothing is written until you confirm.</p>
      </div>
      {!allowed ? (
        <div className="notice" role="note">
          {user ? (
            <>
              Importing plans is for planners and administrators; you are signed in as a{' '}
              {roleName(user.role).toLowerCase()}.
            </>
          ) : (
            <>
              Importing plans is for planners and administrators.{' '}
              <Link href={pathTo('signin')}>Sign in</Link> as one to import.
            </>
          )}
        </div>
      ) : null}

      {stage.step === 'choose' || stage.step === 'reading' || stage.step === 'checking' ? (
        <form
          className="import-form"
          onSubmit={(e) => void check(e)}
          aria-label="Choose a plan file"
        >
          <label
            className={`drop-zone ${dragging ? 'dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <span>
              <strong>Plan file</strong> ({ACCEPTED_EXTENSIONS.join(', ')}): drop it here or choose
              it
            </span>
            <input
              type="file"
              accept={ACCEPTED_EXTENSIONS.join(',')}
              disabled={!allowed || busy}
              onChange={(e) => choose(e.target.files?.[0] ?? null)}
            />
            {file ? (
              <span className="file-name">
                {file.name} ({Math.max(1, Math.round(file.size / 1024))} KB)
              </span>
            ) : null}
          </label>
          {problem ? (
            <p className="state state-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="button-row">
            <label className="inline-field">
              Council{' '}
              <select
                value={chosenAuthority}
                onChange={(e) => setAuthority(e.target.value)}
                disabled={!allowed || busy}
              >
                <option value="">The only council / as the file says</option>
                {councils.data?.organisations.map((c) => (
                  <option key={c.key} value={c.key}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              Title (optional){' '}
              <input
                type="text"
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                disabled={!allowed || busy}
                size={32}
              />
            </label>
            <button
              type="submit"
              className="primary"
              disabled={!allowed || !file || !!problem || busy}
            >
              Read and check
            </button>
          </div>
        </form>
      ) : null}

      {stage.step === 'reading' ? (
        <div className="progress" role="status">
          <label>
            Reading the file… <progress value={stage.fraction} max={1} />{' '}
            {Math.round(stage.fraction * 100)}%
          </label>
        </div>
      ) : null}
      {stage.step === 'checking' || stage.step === 'writing' ? (
        <div className="progress" role="status">
          <label>
            {stage.step === 'checking'
              ? 'Sending it and checking every row against the graph (nothing is written)…'
              : 'Writing the plan into the graph, in one transaction…'}{' '}
            <progress /> {seconds > 0 ? `${seconds} s` : ''}
          </label>
        </div>
      ) : null}
      {error ? (
        <ErrorNotice
          error={error}
          what={stage.step === 'report' ? 'import the plan' : 'check the file'}
        />
      ) : null}

      {stage.step === 'report' || stage.step === 'writing' ? (
        <>
          <div className="confirm-bar" role="group" aria-label="Confirm the import">
            <p>
              {stage.report.changed
                ? 'Nothing has been written yet. Read the report, then import it or cancel.'
                : 'This file would change nothing.'}
              {countIssues(stage.report.issues).error > 0
                ? ' Rows with errors will be left out.'
                : ''}
            </p>
            <button
              type="button"
              className="primary"
              onClick={() => void confirm()}
              disabled={stage.step === 'writing' || !stage.report.changed}
            >
              Import it
            </button>
            <button type="button" onClick={cancel} disabled={stage.step === 'writing'}>
              Cancel
            </button>
          </div>
          <Report report={stage.report} />
        </>
      ) : null}

      {stage.step === 'done' ? (
        <>
          <div className="confirm-bar done" role="status">
            <p>
              <strong>Imported.</strong> See the plan in{' '}
              <Link href={pathTo('timeline')}>Timeline</Link>,{' '}
              <Link href={pathTo('raci')}>RACI matrix</Link> or{' '}
              <Link href={pathTo('explore')}>Explore</Link>.
            </p>
            <button type="button" onClick={cancel}>
              Import another file
            </button>
          </div>
          <Report report={stage.report} />
        </>
      ) : null}
    </div>
  );
}
