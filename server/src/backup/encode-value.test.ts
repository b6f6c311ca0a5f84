import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeValue, encodeProperties, encodeValue } from './encode-value.js';

const roundTrip = (value: unknown): unknown =>
  decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));

describe('encodeValue and decodeValue', () => {
  it('keep an integer an integer and a whole float a float', () => {
    expect(encodeValue(neo4j.int(42))).toEqual({ $int: '42' });
    expect(encodeValue(42)).toBe(42);
    expect(neo4j.isInt(roundTrip(neo4j.int(42)))).toBe(true);
    expect(typeof roundTrip(42)).toBe('number');
  });

  it('keep integers beyond 2^53 exact', () => {
    const big = neo4j.int('9007199254740993');
    expect(String(roundTrip(big))).toBe('9007199254740993');
  });

  it('carry NaN and the infinities, which JSON cannot hold', () => {
    expect(roundTrip(Number.NaN)).toBeNaN();
    expect(roundTrip(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(roundTrip(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('round-trip every temporal type, durations and points with all their parts', () => {
    const values = [
      new neo4j.types.Date(2024, 2, 29),
      new neo4j.types.DateTime(2024, 3, 31, 1, 30, 0, 123456789, 3600, 'Europe/London'),
      new neo4j.types.DateTime(2024, 1, 1, 0, 0, 0, 0, 19800, undefined),
      new neo4j.types.LocalDateTime(2024, 1, 1, 23, 59, 59, 1),
      new neo4j.types.Time(12, 0, 0, 0, 3600),
      new neo4j.types.LocalTime(23, 59, 59, 999000000),
      new neo4j.types.Duration(14, 3, 14706, 7000000),
      new neo4j.types.Point(7203, 1.5, 2),
      new neo4j.types.Point(4979, -2.22, 52.19, 30),
    ];
    for (const value of values) expect(String(roundTrip(value))).toBe(String(value));
    expect(neo4j.isDate(roundTrip(values[0]))).toBe(true);
    expect(neo4j.isDateTime(roundTrip(values[1]))).toBe(true);
  });

  it('round-trip lists, bytes, strings and booleans', () => {
    expect(roundTrip(['a', 'b'])).toEqual(['a', 'b']);
    expect(roundTrip([neo4j.int(1), neo4j.int(2)])).toEqual([neo4j.int(1), neo4j.int(2)]);
    expect(roundTrip(Uint8Array.from([0, 255, 7]))).toEqual(Uint8Array.from([0, 255, 7]));
    expect(roundTrip('line\n"quoted" ✓')).toBe('line\n"quoted" ✓');
    expect(roundTrip(false)).toBe(false);
  });

  it('orders property keys so equal maps give equal JSON', () => {
    expect(JSON.stringify(encodeProperties({ b: 1, a: neo4j.int(2) }))).toBe(
      '{"a":{"$int":"2"},"b":1}',
    );
  });

  it('refuses a tag it does not know, and malformed parts', () => {
    expect(() => decodeValue({ $wat: 1 })).toThrow(/Unknown tag/);
    expect(() => decodeValue({ $date: [2024, 1] })).toThrow(/3 parts/);
    expect(() => decodeValue({ $int: '1.5' })).toThrow(/digits/);
  });
});
