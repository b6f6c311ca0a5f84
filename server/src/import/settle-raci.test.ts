import { describe, expect, it } from 'vitest';
import { findStandaloneNames, settleRaci, type SettleRaciOptions } from './settle-raci.js';
import type { RaciMention } from './collect-raci-mentions.js';
import type { RaciLetter } from './types.js';
import { toNameKey } from './name-key.js';

const mention = (
  letter: RaciLetter,
  name: string,
  extra: Partial<RaciMention> = {},
): RaciMention => ({
  letter,
  name,
  raw: name,
  column: 'RACI',
  cell: '0',
  fromMatrix: false,
  ...extra,
});
const options = (known: string[] = [], seen: string[] = []): SettleRaciOptions => ({
  known: new Set(known.map(toNameKey)),
  seen: new Set(seen.map(toNameKey)),
  glossary: new Map(),
  letters: { R: true, A: true, C: true, I: true },
});
const names = (raci: Record<RaciLetter, { name: string }[]>) =>
  Object.fromEntries(
    Object.entries(raci).map(([letter, list]) => [letter, list.map((p) => p.name)]),
  );
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe('settleRaci', () => {
  it('splits a run-together mention and warns, keeping the text it came from', () => {
    const result = settleRaci(
      4,
      [mention('R', 'H&RSGroup WSHOG'), mention('A', 'Board')],
      options(['H&RSGroup', 'WSHOG']),
    );
    expect([result.raci.R, codes(result.issues)]).toEqual([
      [
        { name: 'H&RSGroup', raw: 'H&RSGroup WSHOG' },
        { name: 'WSHOG', raw: 'H&RSGroup WSHOG' },
      ],
      ['PARTIES_RUN_TOGETHER'],
    ]);
  });

  it('keeps a party listed twice under one letter once, with an info issue', () => {
    const result = settleRaci(
      4,
      [mention('R', 'Team'), mention('A', 'Board'), mention('A', 'board')],
      options(),
    );
    expect([names(result.raci).A, codes(result.issues)]).toEqual([['Board'], ['PARTY_DUPLICATE']]);
  });

  it('keeps a party under two letters on both, with an info issue', () => {
    const result = settleRaci(
      4,
      [mention('R', 'Team'), mention('A', 'Board'), mention('C', 'PLE'), mention('I', 'PLE')],
      options(),
    );
    expect([names(result.raci), codes(result.issues)]).toEqual([
      { R: ['Team'], A: ['Board'], C: ['PLE'], I: ['PLE'] },
      ['PARTY_SEVERAL_LETTERS'],
    ]);
  });

  it('does not report the two letters of one matrix cell', () => {
    const fromCell = { fromMatrix: true, cell: '3' };
    const result = settleRaci(
      4,
      [mention('A', 'WCC', fromCell), mention('R', 'WCC', fromCell)],
      options(),
    );
    expect(result.issues).toEqual([]);
  });

  it('keeps several Accountables as written and warns RACI_MULTIPLE_ACCOUNTABLE', () => {
    const result = settleRaci(
      5,
      [mention('R', 'Team'), mention('A', 'Housing Board'), mention('A', 'WSHOG')],
      options(),
    );
    expect([names(result.raci).A, codes(result.issues)]).toEqual([
      ['Housing Board', 'WSHOG'],
      ['RACI_MULTIPLE_ACCOUNTABLE'],
    ]);
  });

  it('warns RACI_NO_ACCOUNTABLE and RACI_NO_RESPONSIBLE', () => {
    expect(codes(settleRaci(5, [mention('C', 'PLE')], options()).issues)).toEqual([
      'RACI_NO_RESPONSIBLE',
      'RACI_NO_ACCOUNTABLE',
    ]);
  });

  it('does not warn about a letter the table has no column for', () => {
    const result = settleRaci(5, [mention('R', 'Team')], {
      ...options(),
      letters: { R: true, A: false, C: true, I: false },
    });
    expect(result.issues).toEqual([]);
  });

  it('splits on a slash between two known names, with an info issue', () => {
    const result = settleRaci(
      5,
      [mention('R', 'CLT/PLE'), mention('A', 'Board')],
      options(['CLT'], ['PLE']),
    );
    expect([names(result.raci).R, codes(result.issues)]).toEqual([
      ['CLT', 'PLE'],
      ['PARTY_SLASH_SPLIT'],
    ]);
  });
});

describe('findStandaloneNames', () => {
  it('collects names that stand alone and leaves out run-together ones', () => {
    const seen = findStandaloneNames(
      [mention('C', 'Worcester Cares'), mention('C', 'H&RSGroup WSHOG')],
      {
        known: new Set(['handrsgroup', 'wshog']),
        glossary: new Map(),
      },
    );
    expect([...seen]).toEqual(['worcestercares']);
  });
});
