// Neo4j property values as JSON that keeps their type, and back. Strings, booleans and floats
// are plain JSON; everything JSON would blur is tagged: integers ({"$int":"42"}, so 42 is not
// read back as the float 42.0), temporal values and durations by their parts, points, bytes,
// and floats JSON cannot hold (NaN, ±Infinity). A property value is never a map in Neo4j, so an
// object is always a tag.
import neo4j from 'neo4j-driver';

export type EncodedValue =
  string | number | boolean | null | EncodedValue[] | { [tag: `$${string}`]: unknown };

const n = (value: unknown): number => Number(value);
const nOrNull = (value: unknown): number | null =>
  value === undefined || value === null ? null : Number(value);

/** Encodes one property value read from the driver (lossless integers). */
export function encodeValue(value: unknown): EncodedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : { $float: String(value) };
  }
  if (typeof value === 'bigint') return { $int: value.toString() };
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (Array.isArray(value)) return value.map((v) => encodeValue(v));
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (neo4j.isDate(value)) return { $date: [n(value.year), n(value.month), n(value.day)] };
  if (neo4j.isDateTime(value)) {
    return {
      $datetime: [
        n(value.year),
        n(value.month),
        n(value.day),
        n(value.hour),
        n(value.minute),
        n(value.second),
        n(value.nanosecond),
        nOrNull(value.timeZoneOffsetSeconds),
        value.timeZoneId ?? null,
      ],
    };
  }
  if (neo4j.isLocalDateTime(value)) {
    return {
      $localdatetime: [
        n(value.year),
        n(value.month),
        n(value.day),
        n(value.hour),
        n(value.minute),
        n(value.second),
        n(value.nanosecond),
      ],
    };
  }
  if (neo4j.isTime(value)) {
    return {
      $time: [
        n(value.hour),
        n(value.minute),
        n(value.second),
        n(value.nanosecond),
        n(value.timeZoneOffsetSeconds),
      ],
    };
  }
  if (neo4j.isLocalTime(value)) {
    return {
      $localtime: [n(value.hour), n(value.minute), n(value.second), n(value.nanosecond)],
    };
  }
  if (neo4j.isDuration(value)) {
    return {
      $duration: [n(value.months), n(value.days), n(value.seconds), n(value.nanoseconds)],
    };
  }
  if (neo4j.isPoint(value)) {
    return { $point: [n(value.srid), value.x, value.y, value.z ?? null] };
  }
  throw new TypeError(`A property value of an unknown kind cannot be backed up: ${String(value)}`);
}

function parts(tagged: Record<string, unknown>, tag: string, length: number): unknown[] {
  const value = tagged[tag];
  if (!Array.isArray(value) || value.length !== length)
    throw new TypeError(`${tag} needs ${length} parts, not ${JSON.stringify(value)}.`);
  return value;
}

const int = (value: unknown): number => {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new TypeError(`${JSON.stringify(value)} is not a whole number.`);
  return value;
};

/** Turns an encoded value back into what the driver writes with the same type. */
export function decodeValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((v) => decodeValue(v));
  if (typeof value !== 'object') throw new TypeError(`Not a property value: ${String(value)}`);
  const tagged = value as Record<string, unknown>;
  const [tag, ...others] = Object.keys(tagged);
  if (!tag || others.length) throw new TypeError(`Not a tagged value: ${JSON.stringify(value)}`);
  switch (tag) {
    case '$int': {
      const text = tagged.$int;
      if (typeof text !== 'string' || !/^-?\d+$/.test(text))
        throw new TypeError(`$int needs a string of digits, not ${JSON.stringify(text)}.`);
      return neo4j.int(text);
    }
    case '$float': {
      const text = tagged.$float;
      if (text !== 'NaN' && text !== 'Infinity' && text !== '-Infinity')
        throw new TypeError(`$float is only for NaN and ±Infinity, not ${JSON.stringify(text)}.`);
      return Number(text);
    }
    case '$bytes':
      return Uint8Array.from(Buffer.from(String(tagged.$bytes), 'base64'));
    case '$date': {
      const [y, m, d] = parts(tagged, tag, 3).map(int) as [number, number, number];
      return new neo4j.types.Date(y, m, d);
    }
    case '$datetime': {
      const p = parts(tagged, tag, 9);
      const [y, mo, d, h, mi, s, ns] = p.slice(0, 7).map(int) as number[];
      const offset = p[7] === null ? undefined : int(p[7]);
      const zone = p[8] === null ? undefined : String(p[8]);
      return new neo4j.types.DateTime(y!, mo!, d!, h!, mi!, s!, ns!, offset, zone);
    }
    case '$localdatetime': {
      const [y, mo, d, h, mi, s, ns] = parts(tagged, tag, 7).map(int) as number[];
      return new neo4j.types.LocalDateTime(y!, mo!, d!, h!, mi!, s!, ns!);
    }
    case '$time': {
      const [h, mi, s, ns, offset] = parts(tagged, tag, 5).map(int) as number[];
      return new neo4j.types.Time(h!, mi!, s!, ns!, offset!);
    }
    case '$localtime': {
      const [h, mi, s, ns] = parts(tagged, tag, 4).map(int) as number[];
      return new neo4j.types.LocalTime(h!, mi!, s!, ns!);
    }
    case '$duration': {
      const [mo, d, s, ns] = parts(tagged, tag, 4).map(int) as number[];
      return new neo4j.types.Duration(mo!, d!, s!, ns!);
    }
    case '$point': {
      const [srid, x, y, z] = parts(tagged, tag, 4);
      return new neo4j.types.Point(
        int(srid),
        Number(x),
        Number(y),
        z === null ? undefined : Number(z),
      );
    }
    default:
      throw new TypeError(`Unknown tag ${tag} in ${JSON.stringify(value)}.`);
  }
}

/** Encodes a map of properties with its keys in order, so equal maps give equal JSON. */
export function encodeProperties(props: Record<string, unknown>): Record<string, EncodedValue> {
  const out: Record<string, EncodedValue> = {};
  for (const key of Object.keys(props).sort()) out[key] = encodeValue(props[key]);
  return out;
}

export function decodeProperties(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) out[key] = decodeValue(value);
  return out;
}
