// Neo4j returns 64-bit integers as objects and dates as temporal objects; the API and the
// client want plain JSON. Converts a query result deeply.
import neo4j from 'neo4j-driver';

export function toPlain<T = unknown>(value: unknown): T {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber() as T;
  if (value === null || value === undefined) return value as T;
  if (Array.isArray(value)) return value.map((v) => toPlain(v)) as T;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value) as T;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out as T;
  }
  return value as T;
}
