// Reads and checks a backup file before anything is written: the header, every line, the counts
// and the checksum. A truncated, edited or foreign file is refused with the line at fault.
import crypto from 'node:crypto';
import { BackupError } from './backup-error.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupSummary } from './export-graph.js';
import { decodeProperties } from './encode-value.js';

export interface BackupNode {
  id: number;
  labels: string[];
  props: Record<string, unknown>;
}

export interface BackupRelationship {
  from: number;
  type: string;
  to: number;
  props: Record<string, unknown>;
}

export interface Backup {
  nodes: BackupNode[];
  relationships: BackupRelationship[];
  summary: BackupSummary;
}

const NAME = /^[^\s`][^`]*$/;

function bad(message: string): BackupError {
  return new BackupError('BAD_FILE', `${message} Nothing was written.`);
}

/** Parses the text of a backup file; throws BackupError('BAD_FILE') saying what is wrong. */
export function readBackup(text: string): Backup {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const parse = (index: number): Record<string, unknown> => {
    try {
      const value: unknown = JSON.parse(lines[index] ?? '');
      if (value && typeof value === 'object' && !Array.isArray(value))
        return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw bad(`Line ${index + 1} is not a JSON object.`);
  };
  if (lines.length < 2) throw bad('The file is empty or not a backup made by npm run export.');
  let header: Record<string, unknown>;
  try {
    header = parse(0);
  } catch {
    header = {};
  }
  if (header.format !== BACKUP_FORMAT)
    throw bad('The file is not a backup made by npm run export (its first line says otherwise).');
  if (header.version !== BACKUP_VERSION)
    throw bad(
      `The backup is of version ${String(header.version)}; this product reads version ${BACKUP_VERSION}.`,
    );
  const end = parse(lines.length - 1);
  if (end.end !== true)
    throw bad('The file ends before its last line: it was cut short (copy it again).');

  const nodes: BackupNode[] = [];
  const relationships: BackupRelationship[] = [];
  const hash = crypto.createHash('sha256');
  for (let i = 1; i < lines.length - 1; i += 1) {
    const line = lines[i] ?? '';
    hash.update(`${line}\n`);
    const item = parse(i);
    try {
      if (typeof item.node === 'number') {
        if (item.node !== nodes.length) throw new TypeError(`node ${item.node} is out of order`);
        const labels = item.labels;
        if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string' && NAME.test(l)))
          throw new TypeError('its labels are not a list of names');
        nodes.push({
          id: item.node,
          labels,
          props: decodeProperties((item.props ?? {}) as Record<string, unknown>),
        });
      } else if (typeof item.from === 'number' && typeof item.to === 'number') {
        if (typeof item.type !== 'string' || !NAME.test(item.type))
          throw new TypeError('its type is not a name');
        if (item.from >= nodes.length || item.to >= nodes.length || item.from < 0 || item.to < 0)
          throw new TypeError('it refers to a node the file does not hold');
        relationships.push({
          from: item.from,
          type: item.type,
          to: item.to,
          props: decodeProperties((item.props ?? {}) as Record<string, unknown>),
        });
      } else {
        throw new TypeError('it is neither a node nor a relationship');
      }
    } catch (error) {
      throw bad(`Line ${i + 1} cannot be restored: ${(error as Error).message}.`);
    }
  }
  const sha256 = hash.digest('hex');
  if (end.nodes !== nodes.length || end.relationships !== relationships.length)
    throw bad(
      `The file says it holds ${String(end.nodes)} nodes and ${String(end.relationships)} relationships but has ${nodes.length} and ${relationships.length}.`,
    );
  if (end.sha256 !== sha256)
    throw bad('The checksum on the last line does not match the file: it was changed or damaged.');
  return {
    nodes,
    relationships,
    summary: { nodes: nodes.length, relationships: relationships.length, sha256 },
  };
}
