// Writes the whole graph (every node with its labels and properties, every relationship with its
// properties: the curated data, imported plans, provenance, the audit trail and the users) as
// JSON lines in a canonical order, so two exports of the same graph are byte for byte the same
// apart from the header's time.
//
// File layout: a header line, the node lines, the relationship lines, an end line with the counts
// and the SHA-256 of the node and relationship lines (the checksum of the canonical dump).
// Nodes are ordered by their labels and properties and numbered in that order; relationships
// refer to those numbers. Every node of the product has a unique key, so the order is total.
import crypto from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { encodeProperties } from './encode-value.js';
import { BackupError } from './backup-error.js';

export const BACKUP_FORMAT = 'homelessness-knowledge-graph-backup';
export const BACKUP_VERSION = 1;

export interface BackupSummary {
  nodes: number;
  relationships: number;
  /** SHA-256 of the node and relationship lines: equal graphs give equal checksums. */
  sha256: string;
}

/** Reads the graph in one read transaction; returns the file's lines (without newlines). */
export async function exportGraph(
  driver: Driver,
  database: string | undefined,
  now: Date = new Date(),
): Promise<{ lines: string[]; summary: BackupSummary }> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  let rawNodes: { id: string; labels: string[]; props: Record<string, unknown> }[];
  let rawRels: { from: string; to: string; type: string; props: Record<string, unknown> }[];
  try {
    ({ rawNodes, rawRels } = await session.executeRead(async (tx) => {
      const nodes = await tx.run(
        'MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props',
      );
      const rels = await tx.run(
        'MATCH (a)-[r]->(b) RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props',
      );
      return {
        rawNodes: nodes.records.map((r) => r.toObject() as never),
        rawRels: rels.records.map((r) => r.toObject() as never),
      };
    }));
  } finally {
    await session.close();
  }

  const nodeBodies = rawNodes
    .map((n) => ({
      id: n.id,
      body: JSON.stringify({ labels: [...n.labels].sort(), props: encodeProperties(n.props) }),
    }))
    .sort((a, b) => (a.body < b.body ? -1 : a.body > b.body ? 1 : 0));
  const number = new Map<string, number>();
  const nodeLines = nodeBodies.map((n, index) => {
    number.set(n.id, index);
    return `{"node":${index},${n.body.slice(1)}`;
  });
  const relLines = rawRels
    .map((r) => {
      const from = number.get(r.from);
      const to = number.get(r.to);
      if (from === undefined || to === undefined) {
        throw new BackupError(
          'CHANGED_DURING_EXPORT',
          'The graph changed while it was being exported (a relationship to a node that was not read). Run the export again.',
        );
      }
      return JSON.stringify({ from, type: r.type, to, props: encodeProperties(r.props) });
    })
    .sort();
  const hash = crypto.createHash('sha256');
  for (const line of [...nodeLines, ...relLines]) hash.update(`${line}\n`);
  const summary: BackupSummary = {
    nodes: nodeLines.length,
    relationships: relLines.length,
    sha256: hash.digest('hex'),
  };
  const header = JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    nodes: summary.nodes,
    relationships: summary.relationships,
  });
  const end = JSON.stringify({ end: true, ...summary });
  return { lines: [header, ...nodeLines, ...relLines, end], summary };
}
