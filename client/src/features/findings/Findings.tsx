// Gaps and duplication: the findings of the analysis grouped by rule and severity, each with
// its sentence and evidence, for every council or one. Choosing one highlights its nodes on the
// graph beside the list (FindingsGraph.tsx). Long groups and the table are drawn a part at a
// time.
import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useUrlState } from '../../app/use-location';
import { Link } from '../../app/Link';
import { pathTo } from '../../app/routes';
import { TypeSwatch } from '../../graph/TypeSwatch';
import type { Point } from '../../graph/viewport';
import { CouncilSelect } from '../../shared/CouncilSelect';
import { CsvButton } from '../../shared/CsvButton';
import { ShowMore } from '../../shared/ShowMore';
import { UNCACHED } from '../../shared/uncached';
import { Empty, ErrorNotice, Loading } from '../../shared/QueryStates';
import { useElapsedSeconds } from '../../shared/use-elapsed-seconds';
import { ANALYSIS_QUERY, type Finding } from './findings.query';
import { FindingsGraph } from './FindingsGraph';
import { CATEGORY_NAMES, countBySeverity, groupFindings, SEVERITIES } from './group-findings';
import { parseFindingsState, serialiseFindingsState } from './findings-state';

const SEVERITY_NAMES: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low' };
/** How many findings of a group, and rows of the table, are drawn at first and at each step. */
export const FINDINGS_STEP = 50;
export const TABLE_STEP = 200;

export function SeverityBadge({ severity }: { severity: string }) {
  return (
    <span className={`severity severity-${severity}`}>{SEVERITY_NAMES[severity] ?? severity}</span>
  );
}

function FindingDetail({ finding }: { finding: Finding }) {
  const keys = finding.nodes.map((n) => n.key);
  return (
    <div className="finding-detail">
      <h4>About</h4>
      <ul className="finding-nodes">
        {finding.nodes.map((n) => (
          <li key={n.key}>
            <TypeSwatch type={n.label} size={13} />{' '}
            <Link href={pathTo('explore', `?focus=${n.key}&node=${n.key}`)}>{n.name}</Link>
          </li>
        ))}
      </ul>
      {finding.evidence.length > 0 ? (
        <>
          <h4>Evidence</h4>
          <ul className="evidence">
            {finding.evidence.map((e, i) => (
              <li key={i}>
                {e.description}
                {e.source || e.locator ? (
                  <span className="source-note">
                    {' '}
                    ({[e.source?.replace(/^source:/, ''), e.locator].filter(Boolean).join(', ')})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={pathTo('explore', `?highlight=${keys.join(',')}`)}>
          Open these nodes in Explore
        </Link>
      </p>
    </div>
  );
}

export function Findings() {
  const [state, setState] = useUrlState(parseFindingsState, serialiseFindingsState);
  const scope = useMemo(() => (state.council ? { authority: state.council } : {}), [state.council]);
  const analysis = useQuery(ANALYSIS_QUERY, {
    variables: { input: scope },
    fetchPolicy: UNCACHED,
  });
  // How many of each group's findings (by rule id), and of the table's rows, are drawn.
  const [drawn, setDrawn] = useState<Record<string, number>>({});
  const [tableRows, setTableRows] = useState(TABLE_STEP);
  const seconds = useElapsedSeconds(analysis.loading);
  // The graph's layout, kept while the table is shown instead.
  const [positions] = useState(() => new Map<string, Point>());

  const findings = useMemo(() => analysis.data?.analysis.findings ?? [], [analysis.data]);
  const rules = useMemo(() => analysis.data?.analysis.rules ?? [], [analysis.data]);
  const filter = useMemo(
    () => ({ severities: state.severities, category: state.category, text: state.text }),
    [state.severities, state.category, state.text],
  );
  const groups = useMemo(() => groupFindings(findings, rules, filter), [findings, rules, filter]);
  const shownFindings = groups.flatMap((g) => g.findings);
  const counts = countBySeverity(findings);
  const selected = findings.find((f) => f.id === state.finding) ?? null;

  const csv = () =>
    shownFindings.map((f) => [
      f.severity,
      rules.find((r) => r.id === f.ruleId)?.title ?? f.ruleId,
      f.title,
      f.sentence,
      f.nodes.map((n) => n.name).join('; '),
      f.evidence.map((e) => `${e.description}${e.locator ? ` (${e.locator})` : ''}`).join('; '),
    ]);

  function toggleSeverity(s: string) {
    setState({
      severities: state.severities.includes(s)
        ? state.severities.filter((x) => x !== s)
        : [...state.severities, s],
    });
  }

  const list = (
    <>
      {groups.length === 0 ? (
        <Empty>
          <p>
            {findings.length === 0
              ? 'The analysis found no gaps or duplication.'
              : 'No finding matches these filters.'}
          </p>
        </Empty>
      ) : null}
      {groups.map((g) => {
        const limit = drawn[g.rule.id] ?? FINDINGS_STEP;
        const first = g.findings.slice(0, limit);
        // A finding chosen through a link is drawn even when it is further down its group.
        const visible =
          selected && g.findings.indexOf(selected) >= limit ? [...first, selected] : first;
        return (
          <section key={g.rule.id} className="finding-group" aria-labelledby={`rule-${g.rule.id}`}>
            <h3 id={`rule-${g.rule.id}`}>
              <SeverityBadge severity={g.severity} /> {g.rule.title}{' '}
              <span className="count-badge">{g.findings.length}</span>
            </h3>
            {g.rule.explanation ? <p className="rule-why">{g.rule.explanation}</p> : null}
            <ul className="finding-list">
              {visible.map((f) => {
                const isSelected = f.id === selected?.id;
                return (
                  <li key={f.id} className={isSelected ? 'selected' : undefined}>
                    <button
                      type="button"
                      className="finding-button"
                      aria-expanded={isSelected}
                      onClick={() =>
                        setState({ finding: isSelected ? null : f.id }, { replace: true })
                      }
                    >
                      <SeverityBadge severity={f.severity} />
                      <span>
                        <strong>{f.title}</strong>
                        <span className="finding-sentence">{f.sentence}</span>
                      </span>
                    </button>
                    {isSelected ? <FindingDetail finding={f} /> : null}
                  </li>
                );
              })}
            </ul>
            <ShowMore
              shown={first.length}
              total={g.findings.length}
              step={FINDINGS_STEP}
              what="findings"
              onMore={() => setDrawn({ ...drawn, [g.rule.id]: limit + FINDINGS_STEP })}
            />
          </section>
        );
      })}
    </>
  );

  return (
    <div className="findings">
      <div className="findings-side">
        <div className="view-header">
          <h2>Gaps and duplication</h2>
        </div>
        {analysis.loading && !analysis.data ? (
          <Loading>
            Running the gap and duplication rules over the graph…{' '}
            {seconds > 1 ? `${seconds} s` : ''}
          </Loading>
        ) : analysis.error && !analysis.data ? (
          <ErrorNotice
            error={analysis.error}
            what="run the analysis"
            onRetry={() => void analysis.refetch()}
          />
        ) : (
          <>
            <p className="summary">
              {findings.length} findings from {rules.length} rules: {counts.high ?? 0} high,{' '}
              {counts.medium ?? 0} medium, {counts.low ?? 0} low. Choose one to see its nodes on the
              graph.
            </p>
            <form
              className="findings-controls"
              aria-label="Filter the findings"
              onSubmit={(e) => e.preventDefault()}
            >
              <CouncilSelect
                value={state.council}
                onChange={(council) => setState({ council, finding: null })}
              />
              <fieldset className="inline-checks">
                <legend>Severity</legend>
                {SEVERITIES.map((s) => (
                  <label key={s}>
                    <input
                      type="checkbox"
                      checked={state.severities.includes(s)}
                      onChange={() => toggleSeverity(s)}
                    />
                    {SEVERITY_NAMES[s]} ({counts[s] ?? 0})
                  </label>
                ))}
              </fieldset>
              <div className="button-row">
                <label className="inline-field">
                  Kind{' '}
                  <select
                    value={state.category ?? ''}
                    onChange={(e) => setState({ category: e.target.value || null })}
                  >
                    <option value="">All</option>
                    {Object.entries(CATEGORY_NAMES).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="inline-field">
                  Text{' '}
                  <input
                    type="search"
                    value={state.text}
                    onChange={(e) => setState({ text: e.target.value }, { replace: true })}
                  />
                </label>
              </div>
              <div className="button-row">
                <div className="segmented" role="group" aria-label="Show as">
                  <button
                    type="button"
                    aria-pressed={!state.table}
                    onClick={() => setState({ table: false })}
                  >
                    List and graph
                  </button>
                  <button
                    type="button"
                    aria-pressed={state.table}
                    onClick={() => setState({ table: true })}
                  >
                    Table
                  </button>
                </div>
                <CsvButton
                  title="gaps and duplication"
                  header={['severity', 'rule', 'finding', 'sentence', 'nodes', 'evidence']}
                  rows={csv}
                />
              </div>
            </form>
            {state.table ? null : <div className="finding-groups">{list}</div>}
          </>
        )}
      </div>
      {state.table && analysis.data ? (
        <div className="findings-table">
          <table>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Rule</th>
                <th scope="col">Finding</th>
                <th scope="col">About</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {shownFindings.slice(0, tableRows).map((f) => (
                <tr key={f.id}>
                  <td>
                    <SeverityBadge severity={f.severity} />
                  </td>
                  <td>{rules.find((r) => r.id === f.ruleId)?.title ?? f.ruleId}</td>
                  <td>
                    <strong>{f.title}</strong>
                    <br />
                    {f.sentence}
                  </td>
                  <td>{f.nodes.map((n) => n.name).join('; ')}</td>
                  <td>
                    {f.evidence.map((e, i) => (
                      <div key={i}>
                        {e.description}
                        {e.locator ? <span className="source-note"> ({e.locator})</span> : null}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore
            shown={Math.min(tableRows, shownFindings.length)}
            total={shownFindings.length}
            step={TABLE_STEP}
            what="findings"
            onMore={() => setTableRows(tableRows + TABLE_STEP)}
          />
        </div>
      ) : (
        <FindingsGraph council={state.council} selected={selected} positions={positions} />
      )}
    </div>
  );
}
