import { describe, expect, it } from 'vitest';
import { splitPartyList } from './split-party-list.js';
import { toNameKey } from './name-key.js';

const chunks = (text: string, known: string[] = []) =>
  splitPartyList(text, { known: new Set(known.map(toNameKey)) }).chunks;

describe('splitPartyList', () => {
  it('splits on semicolons', () => {
    expect(chunks(' Public Health; WCC Rough Sleeper Group; Cranstoun')).toEqual([
      'Public Health',
      'WCC Rough Sleeper Group',
      'Cranstoun',
    ]);
  });

  it('splits on new lines', () => {
    expect(chunks("Platform\nWomen's Aid")).toEqual(['Platform', "Women's Aid"]);
  });

  it('splits on commas when the list uses only commas', () => {
    expect(chunks('RPs, Planning Service, Property Services')).toEqual([
      'RPs',
      'Planning Service',
      'Property Services',
    ]);
  });

  it('drops the empty piece a trailing semicolon leaves', () => {
    expect(chunks('Strategic Housing Team; HWOT; Homes for Ukraine Officers; ')).toEqual([
      'Strategic Housing Team',
      'HWOT',
      'Homes for Ukraine Officers',
    ]);
  });

  it('keeps a title with a dash and its comma list as one party', () => {
    expect(chunks('Corporate Director - Operations, Homes and Communities')).toEqual([
      'Corporate Director - Operations, Homes and Communities',
    ]);
  });

  it('says when it kept a comma inside a dashed title', () => {
    expect(
      splitPartyList('Corporate Director - Operations, Homes and Communities').issues.map(
        (i) => i.code,
      ),
    ).toEqual(['PARTY_COMMA_KEPT']);
  });

  it('splits on commas after a dashed title when no piece closes the title with "and"', () => {
    expect(chunks('Director - Operations, CLT')).toEqual(['Director - Operations', 'CLT']);
  });

  it('keeps commas inside a name when the list separates parties with semicolons', () => {
    const result = splitPartyList(
      'Strategic Housing Team; SWR&BS WCC Finance, Property, Planning and Legal services',
    );
    expect([result.chunks, result.issues.map((i) => i.code)]).toEqual([
      ['Strategic Housing Team', 'SWR&BS WCC Finance, Property, Planning and Legal services'],
      ['PARTY_COMMA_KEPT'],
    ]);
  });

  it('splits on commas in a semicolon list when every piece is a known name', () => {
    expect(chunks('PLE; Cranstoun, Emerging Futures', ['Cranstoun', 'Emerging Futures'])).toEqual([
      'PLE',
      'Cranstoun',
      'Emerging Futures',
    ]);
  });

  it('never cuts a known name that contains a comma', () => {
    expect(chunks('Finance, Property and Legal, CLT', ['Finance, Property and Legal'])).toEqual([
      'Finance, Property and Legal',
      'CLT',
    ]);
  });

  it('does not split on a slash', () => {
    expect(chunks('Supported/exempt providers')).toEqual(['Supported/exempt providers']);
  });
});
