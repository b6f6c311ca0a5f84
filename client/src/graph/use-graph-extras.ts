// Extra graph answers beside a view's main one: the neighbourhoods the user expanded and the
// focus node's surroundings. Each request is one `graph(filter)` query, cached by Apollo.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import type { GraphFilter, GraphView } from './graph-view';

export interface GraphExtras {
  views: GraphView[];
  loading: boolean;
  error: unknown;
}

/** Runs `query` once per filter and returns the answers that have arrived, in request order. */
export function useGraphExtras(
  query: TypedDocumentNode<{ graph: GraphView }, { filter: GraphFilter }>,
  filters: readonly GraphFilter[],
): GraphExtras {
  const client = useApolloClient();
  const keys = useMemo(() => filters.map((f) => JSON.stringify(f)), [filters]);
  const keyList = keys.join('\n');
  const [answers, setAnswers] = useState<ReadonlyMap<string, GraphView>>(new Map());
  const [pendingCount, setPendingCount] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const requested = useRef(new Set<string>());
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    for (const key of keyList ? keyList.split('\n') : []) {
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      setPendingCount((n) => n + 1);
      client
        .query({ query, variables: { filter: JSON.parse(key) as GraphFilter } })
        .then(({ data }) => {
          if (mounted.current && data) setAnswers((a) => new Map(a).set(key, data.graph));
        })
        .catch((e: unknown) => {
          // Let a later render ask again.
          requested.current.delete(key);
          if (mounted.current) setError(e);
        })
        .finally(() => {
          if (mounted.current) setPendingCount((n) => n - 1);
        });
    }
  }, [keyList, client, query]);

  const views = useMemo(
    () => keys.map((k) => answers.get(k)).filter((v): v is GraphView => !!v),
    [keys, answers],
  );
  const loading = pendingCount > 0 && keys.some((k) => !answers.has(k));
  return { views, loading, error };
}
