// The known names a run-together chunk may be cut into, grouped by their first character: a
// chunk is tried only against the names that can start where it is cut. Built once per set of
// names (a plan's RACI is split chunk by chunk against the same sets), where sorting the whole
// vocabulary for every chunk cost more than the rest of the parse put together.

export interface NameVocabulary {
  /** Known and seen keys starting with `char`, longest first (ties alphabetical). */
  longestFirst(char: string): readonly string[];
  /** Known keys starting with `char`, in the set's own order. */
  known(char: string): readonly string[];
}

interface Built {
  knownSize: number;
  seenSize: number;
  vocabulary: NameVocabulary;
}

const NONE: readonly string[] = [];
const EMPTY_SEEN: ReadonlySet<string> = new Set();
const built = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, Built>>();

function byFirstChar(keys: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    if (key === '') continue;
    const group = groups.get(key.charAt(0));
    if (group) group.push(key);
    else groups.set(key.charAt(0), [key]);
  }
  return groups;
}

/** Longest first, ties in the order of String.prototype.localeCompare (the same collation, made once). */
const collate = new Intl.Collator().compare;
function longestFirstOrder(a: string, b: string): number {
  return b.length - a.length || collate(a, b);
}

/**
 * The last keys sorted. The plans of a batch are read against nearly the same names (the shared
 * parties, then each council's own few), so the next sort starts from it: the keys that went
 * are dropped and the new ones merged in, in the same order a full sort gives.
 */
let lastSorted: { keys: ReadonlySet<string>; sorted: string[] } | undefined;

function sortLongestFirst(keys: ReadonlySet<string>): string[] {
  const before = lastSorted;
  const added = before ? [...keys].filter((key) => !before.keys.has(key)) : [];
  let sorted: string[];
  if (!before || added.length > keys.size / 4) {
    sorted = [...keys].sort(longestFirstOrder);
  } else {
    const kept = before.sorted.filter((key) => keys.has(key));
    added.sort(longestFirstOrder);
    sorted = [];
    let i = 0;
    for (const key of added) {
      while (i < kept.length && longestFirstOrder(kept[i] as string, key) < 0)
        sorted.push(kept[i++] as string);
      sorted.push(key);
    }
    while (i < kept.length) sorted.push(kept[i++] as string);
  }
  lastSorted = { keys, sorted };
  return sorted;
}

function build(known: ReadonlySet<string>, seen: ReadonlySet<string>): NameVocabulary {
  const longest = byFirstChar(sortLongestFirst(new Set([...known, ...seen])));
  const inOrder = byFirstChar(known);
  return {
    longestFirst: (char) => longest.get(char) ?? NONE,
    known: (char) => inOrder.get(char) ?? NONE,
  };
}

/** The vocabulary of these sets, built on first use and kept while the sets do not change size. */
export function nameVocabulary(
  known: ReadonlySet<string>,
  seen: ReadonlySet<string> = EMPTY_SEEN,
): NameVocabulary {
  let bySeen = built.get(known);
  if (!bySeen) {
    bySeen = new WeakMap();
    built.set(known, bySeen);
  }
  const cached = bySeen.get(seen);
  if (cached && cached.knownSize === known.size && cached.seenSize === seen.size)
    return cached.vocabulary;
  const vocabulary = build(known, seen);
  bySeen.set(seen, { knownSize: known.size, seenSize: seen.size, vocabulary });
  return vocabulary;
}
