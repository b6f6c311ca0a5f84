// Neo4j returns 64-bit integers as objects and dates as temporal objects; the API and the
// client want plain JSON. Converts a query result deeply, in place: the lists and maps of a
// record the driver has just decoded are fresh and ours, and copying them all (tens of
// megabytes for the analysis at 300 councils) was a large share of its time and garbage.
import neo4j from 'neo4j-driver';

function isTemporal(value: unknown): boolean {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** The value with integers as numbers and temporals as ISO strings; lists and maps are changed in place. */
export function toPlain<T = unknown>(value: unknown): T {
  // Strings, numbers, booleans, null and undefined are most of a result and need no work.
  if (typeof value !== 'object' || value === null) return value as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) value[i] = toPlain(item);
    }
    return value as T;
  }
  // Maps from Cypher (and records' toObject) are plain objects, never integers or dates: the
  // driver's type checks, run on every value, were a noticeable part of a view's request.
  const plainObject = Object.getPrototypeOf(value) === Object.prototype;
  if (!plainObject) {
    if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber() as T;
    if (isTemporal(value)) return String(value) as T;
    // Any other driver type (a node, a path) becomes a plain copy of its fields.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
    return out as T;
  }
  const map = value as Record<string, unknown>;
  for (const k in map) {
    const item = map[k];
    if (typeof item === 'object' && item !== null) map[k] = toPlain(item);
  }
  return map as T;
}
