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

function build(known: ReadonlySet<string>, seen: ReadonlySet<string>): NameVocabulary {
  const sorted = [...new Set([...known, ...seen])].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );
  const longest = byFirstChar(sorted);
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
