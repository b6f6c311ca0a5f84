// The shared parties (those of no council: national bodies, county bodies, every town's charities)
// are most of what an import reads, and a plan is resolved against all of them. Files imported
// together in one transaction read them once: the next file reads again only the shared parties
// the files before it created or gave aliases, which is exactly what their writes changed.
import type { KnownNode } from './graph/resolve-names.js';
import type { PlanWrites } from './prepare-import.js';

export class SharedParties {
  private parties: KnownNode[] | undefined;
  private written = new Set<string>();

  /** null: read every shared party; otherwise only these keys. */
  keysToRead(): string[] | null {
    return this.parties ? [...this.written] : null;
  }

  /** Takes in what was read (all, or the written keys); returns every shared party, as copies. */
  update(read: KnownNode[]): KnownNode[] {
    if (!this.parties) {
      this.parties = read;
    } else {
      const byKey = new Map(read.map((node) => [node.key, node]));
      this.parties = this.parties.map((node) => byKey.get(node.key) ?? node);
      const known = new Set(this.parties.map((node) => node.key));
      this.parties.push(...read.filter((node) => !known.has(node.key)));
    }
    this.written.clear();
    // A resolver adds aliases to the nodes it is given: it must not change the ones kept here.
    return this.parties.map((node) => ({ ...node }));
  }

  /** The shared parties a file's writes create or change, to read again before the next file. */
  willWrite(writes: PlanWrites): void {
    for (const party of writes.newParties)
      if (party.authority === null) this.written.add(party.key);
    for (const addition of writes.aliasAdditions) this.written.add(addition.key);
    if (writes.authority.created) this.written.add(writes.authority.key);
  }
}
