// Matches the names a plan writes (parties and client groups) to nodes already in the graph,
// by name, alias or glossary expansion, and decides the new nodes for names it cannot match.
// An abbreviation and its full name always meet on one node: never a second party.
import type { GlossaryEntry } from '../types.js';
import { toNameKey } from '../name-key.js';
import { scopedKey } from '../../graph/keys.js';
import { classifyParty, type PartyLabel } from './classify-party.js';

export interface KnownNode {
  key: string;
  name: string;
  aliases: string[];
  /** Parties only. */
  label?: PartyLabel;
  kind?: string | null;
  /** The authority a local node belongs to; null when global. */
  authority: string | null;
}

export type MatchedBy = 'name' | 'alias' | 'glossary' | 'plural' | 'created';

export interface Resolution {
  written: string;
  key: string;
  by: MatchedBy;
}

export interface NewNode extends KnownNode {
  /** Row of the first mention. */
  firstRow: number | null;
}

interface Options {
  type: 'party' | 'clientgroup';
  known: KnownNode[];
  glossary: GlossaryEntry[];
  authority: string;
}

function variants(name: string): string[] {
  const key = toNameKey(name);
  const out = [key];
  if (key.endsWith('s')) out.push(key.slice(0, -1));
  else out.push(`${key}s`);
  return out;
}

/** Resolves names against the graph; remembers what it created so later mentions meet the same node. */
export class NameResolver {
  private readonly index = new Map<string, KnownNode>();
  private readonly glossary = new Map<string, GlossaryEntry>();
  private readonly created = new Map<string, NewNode>();
  private readonly aliasAdditions = new Map<string, Set<string>>();

  constructor(private readonly options: Options) {
    // The plan's own council's nodes first, then shared ones. Another council's own posts, teams
    // and committees are never matched: its "Head of Housing" is not this council's.
    const rank = (n: KnownNode): number => (n.authority === options.authority ? 0 : 1);
    const visible = options.known.filter((n) => !n.authority || n.authority === options.authority);
    for (const node of visible.sort((a, b) => rank(a) - rank(b))) this.add(node);
    for (const entry of options.glossary) {
      this.glossary.set(toNameKey(entry.abbreviation), entry);
      if (!this.glossary.has(toNameKey(entry.fullName)))
        this.glossary.set(toNameKey(entry.fullName), entry);
    }
  }

  private add(node: KnownNode): void {
    for (const text of [node.name, ...node.aliases]) {
      const key = toNameKey(text);
      if (key && !this.index.has(key)) this.index.set(key, node);
    }
  }

  private lookup(name: string): { node: KnownNode; by: MatchedBy } | undefined {
    const [exact, ...others] = variants(name);
    const direct = exact ? this.index.get(exact) : undefined;
    if (direct) return { node: direct, by: toNameKey(direct.name) === exact ? 'name' : 'alias' };
    for (const variant of others) {
      const node = this.index.get(variant);
      if (node) return { node, by: 'plural' };
    }
    return undefined;
  }

  private remember(node: KnownNode, alias: string): void {
    if ([node.name, ...node.aliases].some((a) => toNameKey(a) === toNameKey(alias))) return;
    const set = this.aliasAdditions.get(node.key) ?? new Set<string>();
    set.add(alias);
    this.aliasAdditions.set(node.key, set);
    node.aliases = [...node.aliases, alias];
    this.add(node);
  }

  /** The node a written name stands for, creating one (in memory) when nothing matches. */
  resolve(written: string, row: number | null): Resolution {
    const found = this.lookup(written);
    if (found) return { written, key: found.node.key, by: found.by };

    const entry =
      this.glossary.get(toNameKey(written)) ?? this.glossary.get(variants(written)[1] ?? '');
    if (entry) {
      const other =
        toNameKey(entry.abbreviation) === toNameKey(written) ? entry.fullName : entry.abbreviation;
      const viaGlossary = this.lookup(other);
      if (viaGlossary) {
        this.remember(viaGlossary.node, written);
        return { written, key: viaGlossary.node.key, by: 'glossary' };
      }
    }

    // A new node: named by the glossary's full name when the plan wrote an abbreviation.
    const isAbbreviation =
      entry !== undefined && toNameKey(entry.abbreviation) === toNameKey(written);
    const name = isAbbreviation ? entry.fullName : written;
    const aliases = entry ? [entry.abbreviation, entry.fullName].filter((a) => a !== name) : [];
    if (!aliases.some((a) => toNameKey(a) === toNameKey(written)) && name !== written)
      aliases.push(written);
    const node = this.newNode(name, aliases, row);
    this.created.set(node.key, node);
    this.add(node);
    return { written, key: node.key, by: 'created' };
  }

  private newNode(name: string, aliases: string[], row: number | null): NewNode {
    if (this.options.type === 'clientgroup') {
      return { key: scopedKey('clientgroup', name), name, aliases, authority: null, firstRow: row };
    }
    const cls = classifyParty(name);
    const prefix = cls.label === 'Organisation' ? 'org' : cls.label === 'Board' ? 'board' : 'role';
    const authority = cls.local ? this.options.authority : null;
    let key = scopedKey(prefix, name, authority);
    // A different party already owns this key (a name that only differs in punctuation): keep both apart.
    for (
      let n = 2;
      this.options.known.some((k) => k.key === key) || this.created.has(key);
      n += 1
    ) {
      key = `${scopedKey(prefix, name, authority)}-${n}`;
    }
    return { key, name, aliases, label: cls.label, kind: cls.kind, authority, firstRow: row };
  }

  /**
   * Makes a glossary entry an alias of the node either side of it names, if the graph (or this
   * import) has one. Returns false when neither side names a node this resolver knows.
   */
  attachGlossaryEntry(entry: GlossaryEntry): boolean {
    const byAbbreviation = this.lookup(entry.abbreviation);
    const byFullName = this.lookup(entry.fullName);
    const node = byFullName?.node ?? byAbbreviation?.node;
    if (!node) return false;
    this.remember(node, entry.abbreviation);
    this.remember(node, entry.fullName);
    return true;
  }

  /** Nodes to create. */
  newNodes(): NewNode[] {
    return [...this.created.values()];
  }

  /** Aliases learnt from the glossary for nodes that already exist, by key. */
  newAliases(): { key: string; aliases: string[] }[] {
    return [...this.aliasAdditions.entries()]
      .filter(([key]) => !this.created.has(key))
      .map(([key, set]) => ({ key, aliases: [...set] }));
  }

  /** Every name and alias it knows: what the parser may use to split run-together names. */
  knownNames(): string[] {
    return this.options.known.flatMap((n) => [n.name, ...n.aliases]);
  }
}
