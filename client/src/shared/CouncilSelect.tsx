// Narrows a view (Explore, the RACI matrix, the timeline) to one council's plans. A graph with a
// single council (a city's own deployment) has nothing to choose, so the picker only appears when
// there are several: with the whole country loaded, the views would otherwise show every task.
import { useQuery } from '@apollo/client/react';
import { COUNCIL_CHOICES_QUERY } from './council-choices.query';
import { Empty } from './QueryStates';

export function CouncilSelect(props: {
  value: string | null;
  onChange(key: string | null): void;
  className?: 'field' | 'inline-field';
}) {
  const { data } = useQuery(COUNCIL_CHOICES_QUERY);
  const councils = data?.councils ?? [];
  if (councils.length < 2 && !props.value) return null;
  return (
    <label className={props.className ?? 'field'}>
      Council{' '}
      <select value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value="">Every council</option>
        {councils.map((c) => (
          <option key={c.key} value={c.key}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What a task view shows when the chosen council has no tasks: the way back to every council. */
export function NoCouncilTasks(props: { onShowEvery(): void }) {
  return (
    <Empty>
      <p>This council has no tasks in the graph yet.</p>
      <p>
        <button type="button" onClick={props.onShowEvery}>
          Show every council
        </button>
      </p>
    </Empty>
  );
}
