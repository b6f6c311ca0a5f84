// Search with suggestions: names and aliases ("HWOT" finds the Housing and Welfare Options
// Team), as an ARIA combobox that works with the keyboard alone.
import { useId, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { SEARCH_QUERY, type SearchHit } from './explore.query';
import { useDebouncedValue } from '../../shared/use-debounced-value';
import { TypeSwatch } from '../../graph/TypeSwatch';
import { nodeTypeStyle } from '../../graph/node-types';
import { describeError } from '../../shared/describe-error';

export function SearchBox({
  onPick,
  label = 'Search',
}: {
  onPick(hit: SearchHit): void;
  label?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text.trim(), 200);
  const { data, loading, error } = useQuery(SEARCH_QUERY, {
    variables: { text: query, limit: 12 },
    skip: query.length < 2,
  });
  const hits = query.length >= 2 ? (data?.search ?? []) : [];
  const showList = open && query.length >= 2;

  function pick(hit: SearchHit | undefined) {
    if (!hit) return;
    onPick(hit);
    setText(hit.name);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(hits.length - 1, a + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(hits[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <div className="search">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Name or abbreviation (HWOT)"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && hits[active] ? `${id}-opt-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList ? (
        <ul id={`${id}-list`} role="listbox" className="search-list" aria-label="Suggestions">
          {hits.map((hit, i) => (
            <li
              key={hit.key}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <TypeSwatch type={hit.type} size={14} />
              <span className="search-name">{hit.name}</span>
              <span className="search-type">{nodeTypeStyle(hit.type).label}</span>
              {hit.matched && hit.matched !== hit.name ? (
                <span className="search-matched">matches “{hit.matched}”</span>
              ) : null}
            </li>
          ))}
          {loading && hits.length === 0 ? <li className="search-note">Searching…</li> : null}
          {error ? (
            <li className="search-note">Search failed: {describeError(error).message}</li>
          ) : null}
          {!loading && !error && data && hits.length === 0 ? (
            <li className="search-note">
              Nothing matches “{query}”. Try fewer letters or an abbreviation.
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
