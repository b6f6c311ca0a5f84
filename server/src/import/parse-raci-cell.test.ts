import { describe, expect, it } from 'vitest';
import { parseRaciCell } from './parse-raci-cell.js';

describe('parseRaciCell', () => {
  it('cuts a seed RACI cell at its four markers', () => {
    const cell = parseRaciCell(
      'R: H&RSGroup WSHOG A: Housing Board C: Public Health; Cranstoun I: CLT; H&WB Board',
    );
    expect(cell.lists).toEqual({
      R: [' H&RSGroup WSHOG '],
      A: [' Housing Board '],
      C: [' Public Health; Cranstoun '],
      I: [' CLT; H&WB Board'],
    });
  });

  it('reads markers in any order', () => {
    expect(parseRaciCell('A: Board R: Team').lists).toMatchObject({ A: [' Board '], R: [' Team'] });
  });

  it('reads markers written as whole words', () => {
    expect(parseRaciCell('Responsible: Team Informed: CLT').lists).toMatchObject({
      R: [' Team '],
      I: [' CLT'],
    });
  });

  it('reads lower-case markers', () => {
    expect(parseRaciCell('r: Team a: Board').lists).toMatchObject({ R: [' Team '], A: [' Board'] });
  });

  it('leaves a trailing semicolon before the next marker in the list for the splitter', () => {
    expect(parseRaciCell('R: HWOT; Homes for Ukraine Officers; A: Head').lists.R).toEqual([
      ' HWOT; Homes for Ukraine Officers; ',
    ]);
  });

  it('does not read the last letter of a name as a marker', () => {
    expect(parseRaciCell('R: CLT I: PLE').lists).toMatchObject({
      R: [' CLT '],
      I: [' PLE'],
      C: [],
    });
  });

  it('returns text before the first marker as unlabelled', () => {
    expect(parseRaciCell('Housing team').unlabelled).toBe('Housing team');
  });

  it('reads a letter written twice together, with an info issue', () => {
    const cell = parseRaciCell('R: Team C: PLE R: HWOT');
    expect([cell.lists.R, cell.issues.map((i) => i.code)]).toEqual([
      [' Team ', ' HWOT'],
      ['RACI_LETTER_REPEATED'],
    ]);
  });
});
