import { describe, expect, it } from 'vitest';
import {
  isAbbreviation,
  isGlossaryHeading,
  parseGlossary,
  readGlossaryFile,
  readGlossaryLine,
} from './parse-glossary.js';

const pairs = (text: string) => parseGlossary(text).map((e) => [e.abbreviation, e.fullName]);

describe('parseGlossary', () => {
  it('reads ABC - Full name', () => {
    expect(pairs('CLT - Corporate Leadership Team')).toEqual([
      ['CLT', 'Corporate Leadership Team'],
    ]);
  });

  it('reads an en dash as the separator', () => {
    expect(pairs('PLE \u2013 People with Lived Experience')).toEqual([
      ['PLE', 'People with Lived Experience'],
    ]);
  });

  it('reads ABC: Full name', () => {
    expect(pairs('WCC: Worcester City Council')).toEqual([['WCC', 'Worcester City Council']]);
  });

  it('reads tab-separated abbreviation and full-name pairs', () => {
    expect(pairs('CLT\tCorporate Leadership Team\tPLE\tPeople with Lived Experience')).toEqual([
      ['CLT', 'Corporate Leadership Team'],
      ['PLE', 'People with Lived Experience'],
    ]);
  });

  it('reads several entries on one line separated by tabs', () => {
    expect(
      pairs(
        'H&RSGroup - Homelessness and Rough Sleeping Group\tSWR&BS - South Worcestershire Revenue and Benefits Service\t\t',
      ),
    ).toEqual([
      ['H&RSGroup', 'Homelessness and Rough Sleeping Group'],
      ['SWR&BS', 'South Worcestershire Revenue and Benefits Service'],
    ]);
  });

  it('reads several entries on one line separated only by spaces', () => {
    expect(
      pairs('MH - Mental Health WSHOG - Worcestershire Strategic Housing Officers Group'),
    ).toEqual([
      ['MH', 'Mental Health'],
      ['WSHOG', 'Worcestershire Strategic Housing Officers Group'],
    ]);
  });

  it('gives each entry the 1-based line it was on', () => {
    expect(
      parseGlossary('Glossary\n\nCLT - Corporate Leadership Team\nRP - Registered Provider').map(
        (e) => e.row,
      ),
    ).toEqual([3, 4]);
  });

  it('skips a markdown glossary heading', () => {
    expect(
      pairs('### **Glossary of Abbreviations**\nVCS - Voluntary and Community Sector'),
    ).toEqual([['VCS', 'Voluntary and Community Sector']]);
  });

  it('reads a markdown table of abbreviations, skipping its header and separator', () => {
    expect(pairs('| Abbreviation | Meaning |\n|---|---|\n| NSNO | No Second Night Out |')).toEqual([
      ['NSNO', 'No Second Night Out'],
    ]);
  });

  it('reads bulleted entries with bold abbreviations', () => {
    expect(pairs('- **DWAS** - Discretionary Welfare Assistance Scheme')).toEqual([
      ['DWAS', 'Discretionary Welfare Assistance Scheme'],
    ]);
  });

  it('marks entries as coming from a glossary file', () => {
    expect(parseGlossary('CLT - Corporate Leadership Team')[0]?.origin).toBe('glossary-file');
  });

  it('reports a line that holds no entry', () => {
    expect(
      readGlossaryFile('CLT - Corporate Leadership Team\nsee the council website').issues,
    ).toMatchObject([{ row: 2, code: 'GLOSSARY_LINE_UNREAD', severity: 'warning' }]);
  });
});

describe('readGlossaryLine', () => {
  it('returns the pieces it could not read', () => {
    expect(readGlossaryLine('CLT - Corporate Leadership Team\tsomething else').unread).toEqual([
      'something else',
    ]);
  });
});

describe('isAbbreviation', () => {
  it('accepts short words with two or more capitals', () => {
    expect(['CLT', 'RPs', 'H&WBBoard', 'SWR&BS'].map(isAbbreviation)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('rejects ordinary words and phrases', () => {
    expect(['Housing', 'Rough Sleepers', 'Note'].map(isAbbreviation)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('isGlossaryHeading', () => {
  it('recognises headings that name a glossary or a list of abbreviations', () => {
    expect(
      ['### **Glossary of Abbreviations**', 'Glossary', 'Abbreviations'].map(isGlossaryHeading),
    ).toEqual([true, true, true]);
  });

  it('recognises an appendix glossary heading', () => {
    expect(isGlossaryHeading('Appendix 2: Glossary')).toBe(true);
  });

  it('does not take a task that mentions a glossary for a heading', () => {
    expect(isGlossaryHeading('Produce a glossary for tenants')).toBe(false);
  });

  it('does not take an abbreviation entry for a heading', () => {
    expect(isGlossaryHeading('CLT - Corporate Leadership Team')).toBe(false);
  });
});
