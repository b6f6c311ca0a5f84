// Which pairs the duplication rules compare: two things of one council, or a shared thing (a
// county or national body, fund or scheme: no council of its own) with anything. Two councils'
// own posts, teams, services, tasks or measures are never one thing, however alike their words,
// so they are not compared: the pairs grow with each council's size, not with the country's.

/**
 * The index pairs [i, j] (i < j, in that order) of the items that may be compared: the same
 * council, or at least one of them shared (council null or undefined).
 */
export function comparablePairs<T>(
  items: readonly T[],
  councilOf: (item: T) => string | null | undefined,
): [number, number][] {
  const shared: number[] = [];
  const byCouncil = new Map<string, number[]>();
  items.forEach((item, i) => {
    const council = councilOf(item);
    if (council === null || council === undefined) {
      shared.push(i);
      return;
    }
    const group = byCouncil.get(council);
    if (group) group.push(i);
    else byCouncil.set(council, [i]);
  });
  const pairs: [number, number][] = [];
  const within = (group: number[]) => {
    for (let a = 0; a < group.length; a += 1) {
      for (let b = a + 1; b < group.length; b += 1)
        pairs.push([group[a] as number, group[b] as number]);
    }
  };
  within(shared);
  for (const group of byCouncil.values()) within(group);
  for (const s of shared) {
    for (const group of byCouncil.values()) {
      for (const i of group) pairs.push(s < i ? [s, i] : [i, s]);
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The council a node's key names (`service:<council-slug>/<slug>`), or null for a shared node. */
export function councilOfKey(key: string): string | null {
  const body = key.slice(key.indexOf(':') + 1);
  const slash = body.indexOf('/');
  return slash > 0 ? `org:${body.slice(0, slash)}` : null;
}
