import { describe, expect, it } from 'vitest';
import { collectRaciMentions } from './collect-raci-mentions.js';
import type { RaciSource } from './read-block-rows.js';

const COLUMN = 'Responsible Accountable Consulted Informed';
const collect = (sources: RaciSource[], known: string[] = []) =>
  collectRaciMentions({ row: 9, sources, known: new Set(known) });
const cell = (text: string): RaciSource => ({ kind: 'cell', column: COLUMN, text });

describe('collectRaciMentions', () => {
  it('cuts a one-cell RACI into mentions by letter', () => {
    const { mentions } = collect([cell('R: Team A: Head C: PLE; Platform I: CLT')]);
    expect(mentions.map((m) => [m.letter, m.name])).toEqual([
      ['R', 'Team'],
      ['A', 'Head'],
      ['C', 'PLE'],
      ['C', 'Platform'],
      ['I', 'CLT'],
    ]);
  });

  it('reads a Lead column as Responsible', () => {
    const { mentions } = collect([
      { kind: 'list', column: 'Lead', text: 'Housing Options', letter: 'R' },
    ]);
    expect(mentions.map((m) => [m.letter, m.name, m.column])).toEqual([
      ['R', 'Housing Options', 'Lead'],
    ]);
  });

  it('reads a matrix cell as the column header under each of its letters', () => {
    const { mentions } = collect([
      { kind: 'matrix', column: 'WCC', text: 'A/R', letters: ['A', 'R'] },
    ]);
    expect(mentions.map((m) => [m.letter, m.name, m.fromMatrix])).toEqual([
      ['A', 'WCC', true],
      ['R', 'WCC', true],
    ]);
  });

  it('returns an abbreviation in brackets as a glossary entry from a party name', () => {
    const { glossary } = collect([cell('R: Housing and Welfare Options Team (HWOT) A: Head')]);
    expect(glossary).toEqual([
      {
        abbreviation: 'HWOT',
        fullName: 'Housing and Welfare Options Team',
        row: 9,
        origin: 'party-name',
      },
    ]);
  });

  it('warns about stray punctuation removed from a name', () => {
    const { mentions, issues } = collect([cell('R: Team I: CLT; Communities Committee"')]);
    expect([
      mentions[2]?.name,
      mentions[2]?.raw,
      issues.map((i) => [i.row, i.code, i.column]),
    ]).toEqual([
      'Communities Committee',
      'Communities Committee"',
      [[9, 'STRAY_PUNCTUATION', COLUMN]],
    ]);
  });

  it('reads a RACI cell without letters as Responsible, with a warning', () => {
    const { mentions, issues } = collect([cell('Housing Team; Platform')]);
    expect([mentions.map((m) => [m.letter, m.name]), issues.map((i) => i.code)]).toEqual([
      [
        ['R', 'Housing Team'],
        ['R', 'Platform'],
      ],
      ['RACI_UNLABELLED'],
    ]);
  });

  it('reports text before the first letter of a RACI cell', () => {
    const { issues } = collect([cell('see note R: Team A: Head')]);
    expect(issues.map((i) => i.code)).toEqual(['RACI_TEXT_UNREAD']);
  });
});
