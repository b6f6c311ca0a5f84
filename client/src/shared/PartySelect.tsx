// The one party picker: organisations, boards and roles in three groups, by name. Explore's
// filters and the partner view use it; its list comes from one shared, cached query.
import { useQuery } from '@apollo/client/react';
import { PARTY_CHOICES_QUERY } from './party-choices.query';

export function PartySelect(props: {
  /** The text before the list ("Party", "Organisation, board or role"). */
  label: string;
  value: string | null;
  onChange(key: string | null): void;
  /** What the empty choice says ("Every party", "Choose…"). */
  emptyLabel: string;
  /** 'field' (label above, in a form) or 'inline-field' (label beside, in a toolbar). */
  className?: 'field' | 'inline-field';
}) {
  const { data, loading } = useQuery(PARTY_CHOICES_QUERY);
  const waiting = loading && !data;
  const groups = data
    ? [
        { label: 'Organisations', parties: data.organisations },
        { label: 'Boards and groups', parties: data.boards },
        { label: 'Roles', parties: data.roles },
      ].filter((g) => g.parties.length > 0)
    : [];
  return (
    <label className={props.className ?? 'field'}>
      {props.label}{' '}
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value || null)}
        disabled={waiting}
      >
        <option value="">{waiting ? 'Loading…' : props.emptyLabel}</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.parties.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
