import { describe, expect, it } from 'vitest';
import { mergeGlossary } from './merge-glossary.js';
import type { GlossaryEntry } from './types.js';

const entry = (
  abbreviation: string,
  fullName: string,
  row: number,
  origin?: GlossaryEntry['origin'],
): GlossaryEntry =>
  origin ? { abbreviation, fullName, row, origin } : { abbreviation, fullName, row };

describe('mergeGlossary', () => {
  it('keeps the first meaning of a contradicted abbreviation and warns GLOSSARY_CONFLICT', () => {
    const merged = mergeGlossary([
      entry('RP', 'Registered Provider', 3),
      entry('RP', 'Rough Sleeping Plan', 9),
    ]);
    expect([merged.entries, merged.issues.map((i) => [i.row, i.severity, i.code])]).toEqual([
      [entry('RP', 'Registered Provider', 3)],
      [[9, 'warning', 'GLOSSARY_CONFLICT']],
    ]);
  });

  it('treats meanings that differ only by a plural as the same', () => {
    const merged = mergeGlossary([
      entry('HWOT', 'Housing and Welfare Options Teams', 62, 'plan-glossary'),
      entry('HWOT', 'Housing and Welfare Options Team', 32, 'party-name'),
    ]);
    expect(merged.issues.map((i) => [i.severity, i.code])).toEqual([
      ['info', 'GLOSSARY_FROM_PARTY_NAME'],
    ]);
  });

  it('adds a new abbreviation from a party name with an info issue', () => {
    const merged = mergeGlossary([entry('NRPF', 'No Recourse to Public Funds', 42, 'party-name')]);
    expect([merged.entries.length, merged.issues[0]?.code]).toEqual([
      1,
      'GLOSSARY_FROM_PARTY_NAME',
    ]);
  });

  it('reports issues from a separate glossary file against the whole plan, not a plan row', () => {
    const merged = mergeGlossary([
      entry('RP', 'Registered Provider', 3, 'plan-glossary'),
      entry('RP', 'Rough Sleeping Plan', 1, 'glossary-file'),
    ]);
    expect(merged.issues[0]?.row).toBeNull();
  });
});
