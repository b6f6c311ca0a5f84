// The browser location as React state: views read their state from the query string and write
// it back with navigate(), so Back and Forward and shared links all work.
import { useCallback, useMemo, useSyncExternalStore } from 'react';

const CHANGE = 'hkg:locationchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/** Changes the URL without reloading; `replace` for changes not worth a Back step (selection). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

export interface Location {
  pathname: string;
  search: string;
}

export function useLocation(): Location {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const q = current.indexOf('?');
  return q < 0
    ? { pathname: current, search: '' }
    : { pathname: current.slice(0, q), search: current.slice(q) };
}

/**
 * A view's state kept in the query string: `parse` reads it, `serialise` writes it. The setter
 * takes a partial update; pass `{ replace: true }` for changes that should not add a Back step.
 */
export function useUrlState<T>(
  parse: (search: string) => T,
  serialise: (state: T) => string,
): [T, (update: Partial<T>, options?: { replace?: boolean }) => void] {
  const { search } = useLocation();
  const state = useMemo(() => parse(search), [parse, search]);
  const set = useCallback(
    (update: Partial<T>, options: { replace?: boolean } = {}) => {
      const latest = parse(window.location.search);
      navigate(`${window.location.pathname}${serialise({ ...latest, ...update })}`, options);
    },
    [parse, serialise],
  );
  return [state, set];
}
