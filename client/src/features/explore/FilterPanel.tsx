// The Explore filters: node types (drawn as the legend's shapes), council, client group,
// objective, party, RACI letter and task status. Each change goes straight into the URL.
import { useQuery } from '@apollo/client/react';
import { DEFAULT_VISIBLE_TYPES, nodeTypeStyle } from '../../graph/node-types';
import { RACI_LETTERS, RACI_NAMES, type RaciLetter } from '../../graph/edge-types';
import { TypeSwatch } from '../../graph/TypeSwatch';
import { FILTER_OPTIONS_QUERY } from './explore.query';
import { hasFilters, TASK_STATUSES, type ExploreState } from './explore-state';
import { statusName } from '../../shared/task-status';
import { PartySelect } from '../../shared/PartySelect';
import { CouncilSelect } from '../../shared/CouncilSelect';

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function FilterPanel(props: {
  state: ExploreState;
  onChange(update: Partial<ExploreState>): void;
  counts: ReadonlyMap<string, number>;
}) {
  const { state, onChange, counts } = props;
  const { data, error } = useQuery(FILTER_OPTIONS_QUERY);
  const shown = state.types.length > 0 ? state.types : DEFAULT_VISIBLE_TYPES;

  function toggleType(type: string) {
    const next = toggle(shown, type);
    // Every type ticked is the same as no type filter: keep the link short.
    onChange({ types: next.length === DEFAULT_VISIBLE_TYPES.length ? [] : next });
  }

  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      {error ? (
        <p className="hint">The filter lists could not be loaded; the graph still works.</p>
      ) : null}
      <fieldset className="type-filter">
        <legend>Show these types</legend>
        <ul>
          {DEFAULT_VISIBLE_TYPES.map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={shown.includes(type)}
                  onChange={() => toggleType(type)}
                />
                <TypeSwatch type={type} size={16} />
                <span>{nodeTypeStyle(type).plural}</span>
                <span className="legend-count">{counts.get(type) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
        <div className="button-row compact">
          <button
            type="button"
            onClick={() => onChange({ types: [] })}
            disabled={state.types.length === 0}
          >
            All types
          </button>
          <button
            type="button"
            onClick={() => onChange({ types: ['Organisation', 'Board', 'Role', 'Task'] })}
            title="Only the parties and the tasks they hold letters on"
          >
            Parties and tasks
          </button>
        </div>
      </fieldset>

      <CouncilSelect value={state.authority} onChange={(authority) => onChange({ authority })} />
      <label className="field">
        Client group
        <select
          value={state.clientGroup ?? ''}
          onChange={(e) => onChange({ clientGroup: e.target.value || null })}
        >
          <option value="">Every client group</option>
          {data?.clientGroups.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Objective
        <select
          value={state.objective ?? ''}
          onChange={(e) => onChange({ objective: e.target.value || null })}
        >
          <option value="">Every objective</option>
          {data?.objectives.map((o) => (
            <option key={o.key} value={o.key}>
              {o.title}
            </option>
          ))}
        </select>
      </label>
      <PartySelect
        label="Party"
        emptyLabel="Every party"
        value={state.party}
        onChange={(party) => onChange({ party })}
      />

      <fieldset className="inline-checks">
        <legend>RACI letter</legend>
        {RACI_LETTERS.map((l: RaciLetter) => (
          <label key={l} title={RACI_NAMES[l]}>
            <input
              type="checkbox"
              checked={state.raci.includes(l)}
              onChange={() => onChange({ raci: toggle(state.raci, l) })}
            />
            {l}
            <span className="visually-hidden"> {RACI_NAMES[l]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="inline-checks">
        <legend>Task status</legend>
        {TASK_STATUSES.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={state.status.includes(s)}
              onChange={() => onChange({ status: toggle(state.status, s) })}
            />
            {statusName(s)}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="link-button"
        disabled={!hasFilters(state)}
        onClick={() =>
          onChange({
            types: [],
            authority: null,
            clientGroup: null,
            objective: null,
            party: null,
            raci: [],
            status: [],
          })
        }
      >
        Clear all filters
      </button>
    </form>
  );
}
