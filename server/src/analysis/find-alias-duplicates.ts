// Finds nodes that are probably one: names and aliases that meet once case, spacing and
// punctuation are ignored; a glossary line whose abbreviation names one node and whose full name
// names another; party names equal once the authority's own names are taken out (`WCC Rough
// Sleeper Group` / `Rough Sleeper Group`) or once the kind of body is (`… Board` / `… Committee`).
// And parties whose name is a list of other parties (composite-party).
import { toNameKey } from '../import/name-key.js';
import { words } from './text-similarity.js';

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

const BODY_WORDS = new Set(['board', 'committee', 'group', 'partnership', 'forum', 'panel']);

function namesOf(node: NamedNode): string[] {
  return [node.name, ...node.aliases].filter((n) => n.trim() !== '');
}

/** Words of a party's name less its council's names and abbreviations and 'the'. */
function withoutAuthority(name: string, qualifiers: Set<string>): string {
  return words(name)
    .filter((w) => !qualifiers.has(w) && w !== 'the')
    .join(' ');
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
    if (a.key === b.key || isLinked(a.key, b.key)) return;
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
      const list = byNameKey.get(key) ?? [];
      if (!list.some((e) => e.node.key === node.key)) list.push({ node, written });
      byNameKey.set(key, list);
    }
  }
  for (const list of byNameKey.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
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
  }

  for (const plan of input.glossaries) {
    for (const line of plan.glossary) {
      const match = /^(.+?)\s*=\s*(.+)$/.exec(line);
      if (!match) continue;
      const named = [match[1] ?? '', match[2] ?? '']
        .flatMap((text) => byNameKey.get(toNameKey(text)) ?? [])
        .map((e) => e.node);
      const distinct = named.filter((n, i) => named.findIndex((m) => m.key === n.key) === i);
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

  const qualifiersOf = (node: NamedNode) => {
    const councils = input.councils.filter((c) => !node.authority || c.key === node.authority);
    return new Set(councils.flatMap((c) => c.names.flatMap(words)));
  };
  const parties = input.nodes.filter((n) => ['Organisation', 'Board', 'Role'].includes(n.label));
  type Entry = { node: NamedNode; written: string; changed: boolean };
  const stripped = new Map<string, Entry[]>();
  const bodyless = new Map<string, Entry[]>();
  for (const party of parties) {
    const qualifiers = qualifiersOf(party);
    for (const written of namesOf(party)) {
      const core = withoutAuthority(written, qualifiers);
      const plainKey = words(written).join(' ');
      if (core.split(' ').length >= 2 && core !== plainKey) {
        stripped.set(core, [
          ...(stripped.get(core) ?? []),
          { node: party, written, changed: true },
        ]);
      }
      if (plainKey.split(' ').length >= 2) {
        stripped.set(plainKey, [
          ...(stripped.get(plainKey) ?? []),
          { node: party, written, changed: false },
        ]);
      }
      const noBody = party.label === 'Board' ? withoutBodyWord(written) : null;
      if (noBody) {
        bodyless.set(noBody, [
          ...(bodyless.get(noBody) ?? []),
          { node: party, written, changed: true },
        ]);
      }
    }
  }
  for (const [map, reason] of [
    [stripped, 'the same name once the council is taken out of it'],
    [bodyless, 'the same name but for the kind of body'],
  ] as const) {
    for (const list of map.values()) {
      for (let i = 0; i < list.length; i += 1) {
        for (let j = i + 1; j < list.length; j += 1) {
          const a = list[i];
          const b = list[j];
          if (!a || !b || a.node.key === b.node.key || !(a.changed || b.changed)) continue;
          add(a.node, b.node, `"${a.written}" and "${b.written}" are ${reason}`);
        }
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
 * The parties a composite name lists, when every piece (as written, with the name's last word
 * added, or with it taken off) names a different party; null when the name is not such a list.
 */
export function resolveComposite(party: NamedNode, all: readonly NamedNode[]): NamedNode[] | null {
  const pieces = listPieces(party.name);
  if (pieces.length < 2) return null;
  const lastWord = party.name.trim().split(/\s+/).pop() ?? '';
  const byName = new Map<string, NamedNode>();
  for (const other of all) {
    if (other.key === party.key) continue;
    for (const written of namesOf(other)) byName.set(toNameKey(written), other);
  }
  const found: NamedNode[] = [];
  for (const piece of pieces) {
    const withoutLast = piece.endsWith(` ${lastWord}`)
      ? piece.slice(0, -lastWord.length - 1)
      : piece;
    const hit =
      byName.get(toNameKey(piece)) ??
      byName.get(toNameKey(`${piece} ${lastWord}`)) ??
      byName.get(toNameKey(withoutLast));
    if (!hit) return null;
    if (!found.some((f) => f.key === hit.key)) found.push(hit);
  }
  return found.length >= 2 ? found : null;
}
