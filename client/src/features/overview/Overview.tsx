// The overview: how much of the system is in the graph, and the plan's tasks with who is
// Responsible and Accountable. It is the first real view; later views grow beside it.
import { useQuery } from '@apollo/client/react';
import { OVERVIEW_QUERY, type OverviewData } from './overview.query';
import { summariseCounts } from './summarise-counts';

export function Overview() {
  const { data, loading, error, refetch } = useQuery<OverviewData>(OVERVIEW_QUERY);
  if (loading) return <p role="status">Loading the system from the graph…</p>;
  if (error)
    return (
      <div role="alert" className="error">
        <p>The API did not answer: {error.message}</p>
        <p>Check that the server is running, then try again.</p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  if (!data) return null;
  const counts = summariseCounts(data);
  return (
    <>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">In the graph</h2>
        <ul className="counts">
          {counts.map((c) => (
            <li key={c.label}>
              <span className="count">{c.count}</span> {c.label}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Action plan tasks</h2>
        {data.tasks.length === 0 ? (
          <p>No tasks yet. Import an action plan to see its tasks here.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Objective</th>
                <th scope="col">Responsible</th>
                <th scope="col">Accountable</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {data.tasks.map((t) => (
                <tr key={t.key}>
                  <td>{t.title}</td>
                  <td>{t.objective.map((o) => o.title).join('; ')}</td>
                  <td>{t.responsible.map((p) => p.name).join('; ')}</td>
                  <td>{t.accountable.map((p) => p.name).join('; ')}</td>
                  <td>{t.dueRaw ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
