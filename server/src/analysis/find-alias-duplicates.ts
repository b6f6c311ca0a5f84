// Finds nodes that are probably one: names and aliases that meet once case, spacing and
// punctuation are ignored; a glossary line whose abbreviation names one node and whose full name
// names another; party names equal once the authority's own names are taken out (`WCC Rough
// Sleeper Group` / `Rough Sleeper Group`) or once the kind of body is (`… Board` / `… Committee`).
// And parties whose name is a list of other parties (composite-party).
import { toNameKey } from '../import/name-key.js';
import { words } from './text-similarity.js';
import { comparablePairs, councilOfKey } from './council-pairs.js';

export interface NamedNode {
  key: string;
  label: string;
  name: string;
  aliases: string[];
  authority?: string | null;
  from?: { source: string | null; locator: string | null }[];
}

export interface Glossary {
  plan: string;
  title: string;
  /** The plan's council: its glossary speaks for that council's names and the shared ones. */
  authority?: string | null;
  glossary: string[];
  source: string | null;
}

export interface Council {
  key: string;
  names: string[];
}

export interface AliasPair {
  a: NamedNode;
  b: NamedNode;
  /** Why they look like one: each reason a sentence fragment. */
  reasons: string[];
  /** Glossary lines behind the pair. */
  glossary: { line: string; plan: string; source: string | null }[];
}

/** A node's council: a party's `authority`, a service's from its key; null when shared. */
function councilOf(node: NamedNode): string | null {
  if (node.authority) return node.authority;
  return node.label === 'Service' ? councilOfKey(node.key) : null;
}

/** Two councils' own nodes are never one; a shared node may be one with anything. */
function comparable(a: NamedNode, b: NamedNode): boolean {
  const x = councilOf(a);
  const y = councilOf(b);
  return x === null || y === null || x === y;
}

/** A word in more councils' names than this is a kind of council (City, District), not a place. */
const PLACE_WORD_MAX_COUNCILS = 3;

const BODY_WORDS = new Set(['board', 'committee', 'group', 'partnership', 'forum', 'panel']);

function namesOf(node: NamedNode): string[] {
  return [node.name, ...node.aliases].filter((n) => n.trim() !== '');
}

/** Words of a party's name (as `words` splits it) less its council's names and 'the'. */
function withoutAuthority(nameWords: readonly string[], qualifiers: Set<string>): string {
  return nameWords.filter((w) => !qualifiers.has(w) && w !== 'the').join(' ');
}

function withoutBodyWord(name: string): string | null {
  const list = words(name);
  const last = list[list.length - 1];
  if (!last || !BODY_WORDS.has(last) || list.length < 3) return null;
  return list.slice(0, -1).join(' ');
}

export function findAliasDuplicates(input: {
  nodes: NamedNode[];
  linked: string[];
  glossaries: Glossary[];
  councils: Council[];
}): AliasPair[] {
  const linked = new Set(input.linked);
  const isLinked = (a: string, b: string) => linked.has(a < b ? `${a}|${b}` : `${b}|${a}`);
  const pairs = new Map<string, AliasPair>();
  const add = (
    a: NamedNode,
    b: NamedNode,
    reason: string,
    line?: AliasPair['glossary'][number],
  ) => {
    if (a.key === b.key || isLinked(a.key, b.key) || !comparable(a, b)) return;
    const [x, y] = a.key < b.key ? [a, b] : [b, a];
    const id = `${x.key}|${y.key}`;
    const pair = pairs.get(id) ?? { a: x, b: y, reasons: [], glossary: [] };
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    if (line && !pair.glossary.some((g) => g.line === line.line)) pair.glossary.push(line);
    pairs.set(id, pair);
  };

  const byNameKey = new Map<string, { node: NamedNode; written: string }[]>();
  for (const node of input.nodes) {
    for (const written of namesOf(node)) {
      const key = toNameKey(written);
      if (!key) continue;
      const list = byNameKey.get(key);
      // A node's names are added together, so an earlier entry of this node would be the last
      // one (searching the whole list was quadratic: every council has a 'Head of Housing').
      if (!list) byNameKey.set(key, [{ node, written }]);
      else if (list[list.length - 1]?.node.key !== node.key) list.push({ node, written });
    }
  }
  for (const list of byNameKey.values()) {
    for (const [i, j] of comparablePairs(list, (e) => councilOf(e.node))) {
      const a = list[i];
      const b = list[j];
      if (!a || !b) continue;
      add(
        a.node,
        b.node,
        `both are called "${a.written}"${a.written !== b.written ? ` / "${b.written}"` : ''}`,
      );
    }
  }

  for (const plan of input.glossaries) {
    for (const line of plan.glossary) {
      const match = /^(.+?)\s*=\s*(.+)$/.exec(line);
      if (!match) continue;
      const named = [match[1] ?? '', match[2] ?? '']
        .flatMap((text) => byNameKey.get(toNameKey(text)) ?? [])
        .map((e) => e.node);
      const council = plan.authority ?? null;
      const distinct = named.filter(
        (n, i) =>
          named.findIndex((m) => m.key === n.key) === i &&
          (council === null || councilOf(n) === null || councilOf(n) === council),
      );
      for (let i = 0; i < distinct.length; i += 1) {
        for (let j = i + 1; j < distinct.length; j += 1) {
          const a = distinct[i];
          const b = distinct[j];
          if (!a || !b) continue;
          add(a, b, `the glossary of ${plan.title} reads "${line}"`, {
            line,
            plan: plan.plan,
            source: plan.source,
          });
        }
      }
    }
  }

  // A council's own party loses its council's names; a shared party, each council's names in
  // turn (only the councils its name contains), and the result then belongs to that council:
  // `Ashford Churches Night Shelter` and `Ashfield Churches Night Shelter` are two towns' shelters.
  const councilWords = new Map(
    input.councils.map((c) => [c.key, new Set(c.names.flatMap(words))] as const),
  );
  const councilsByWord = new Map<string, string[]>();
  for (const [key, set] of councilWords) {
    for (const w of set) {
      const holders = councilsByWord.get(w);
      if (holders) holders.push(key);
      else councilsByWord.set(w, [key]);
    }
  }
  // A word in many councils' names (City, Borough, Council) says what kind of council, not
  // which: 'Worcester City Council' names one place, not every city (at 300 councils, trying
  // each shared name against every council holding such a word was most of this rule's time).
  const placeCouncils = (word: string): string[] => {
    const holders = councilsByWord.get(word) ?? [];
    return holders.length <= PLACE_WORD_MAX_COUNCILS ? holders : [];
  };
  const parties = input.nodes.filter((n) => ['Organisation', 'Board', 'Role'].includes(n.label));
  type Entry = { node: NamedNode; written: string; changed: boolean; council: string | null };
  const stripped = new Map<string, Entry[]>();
  const bodyless = new Map<string, Entry[]>();
  const push = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const party of parties) {
    const own = councilOf(party);
    for (const written of namesOf(party)) {
      // Split once: a shared name with 'Council' in it is tried against every council.
      const nameWords = words(written);
      const plainKey = nameWords.join(' ');
      const councils = own ? [own] : [...new Set(nameWords.flatMap((w) => placeCouncils(w)))];
      for (const council of councils) {
        const core = withoutAuthority(nameWords, councilWords.get(council) ?? new Set());
        if (core.split(' ').length >= 2 && core !== plainKey) {
          push(stripped, core, { node: party, written, changed: true, council });
        }
      }
      if (plainKey.split(' ').length >= 2) {
        push(stripped, plainKey, { node: party, written, changed: false, council: own });
      }
      const noBody = party.label === 'Board' ? withoutBodyWord(written) : null;
      if (noBody) push(bodyless, noBody, { node: party, written, changed: true, council: own });
    }
  }
  for (const [map, reason] of [
    [stripped, 'the same name once the council is taken out of it'],
    [bodyless, 'the same name but for the kind of body'],
  ] as const) {
    for (const list of map.values()) {
      for (const [i, j] of comparablePairs(list, (e) => e.council)) {
        const a = list[i];
        const b = list[j];
        if (!a || !b || a.node.key === b.node.key || !(a.changed || b.changed)) continue;
        add(a.node, b.node, `"${a.written}" and "${b.written}" are ${reason}`);
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => x.a.key.localeCompare(y.a.key) || x.b.key.localeCompare(y.b.key),
  );
}

/** The pieces of a name written as a list: `A, B, C and D services`. */
export function listPieces(name: string): string[] {
  return name
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * A resolver of composite names over `all`, indexed once: the parties a composite name lists,
 * when every piece (as written, with the name's last word added, or with it taken off) names a
 * different party; null when the name is not such a list. Where several parties share a name,
 * the last of them in `all` (other than the party itself) of the party's own council, or shared,
 * is the one meant: every council has its own "Finance Service". Failing that, the last of all.
 */
export function compositeResolver(
  all: readonly NamedNode[],
): (party: NamedNode) => NamedNode[] | null {
  // Built once: a per-party index of every other party's names made the rule quadratic.
  const byName = new Map<string, NamedNode[]>();
  for (const other of all) {
    for (const written of namesOf(other)) {
      const nameKey = toNameKey(written);
      const holders = byName.get(nameKey);
      if (!holders) byName.set(nameKey, [other]);
      else if (holders[holders.length - 1] !== other) holders.push(other);
    }
  }
  return (party) => {
    const pieces = listPieces(party.name);
    if (pieces.length < 2) return null;
    const lastWord = party.name.trim().split(/\s+/).pop() ?? '';
    const council = councilOf(party);
    const named = (written: string): NamedNode | undefined => {
      const holders = byName.get(toNameKey(written))?.filter((h) => h.key !== party.key) ?? [];
      const near = (h: NamedNode) => [null, council].includes(councilOf(h));
      return holders.findLast(near) ?? holders.at(-1);
    };
    const found: NamedNode[] = [];
    for (const piece of pieces) {
      const withoutLast = piece.endsWith(` ${lastWord}`)
        ? piece.slice(0, -lastWord.length - 1)
        : piece;
      const hit = named(piece) ?? named(`${piece} ${lastWord}`) ?? named(withoutLast);
      if (!hit) return null;
      if (!found.some((f) => f.key === hit.key)) found.push(hit);
    }
    return found.length >= 2 ? found : null;
  };
}

/** {@link compositeResolver} for one party. */
export function resolveComposite(party: NamedNode, all: readonly NamedNode[]): NamedNode[] | null {
  return compositeResolver(all)(party);
}
