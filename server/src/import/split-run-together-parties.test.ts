import { describe, expect, it } from 'vitest';
import { splitRunTogether } from './split-run-together-parties.js';
import { toNameKey } from './name-key.js';

const glossary = new Map(
  [
    ['H&RSGroup', 'Homelessness and Rough Sleeping Group'],
    ['WSHOG', 'Worcestershire Strategic Housing Officers Group'],
    ['WSAB', 'Worcestershire Safeguarding Adults Board'],
    ['WCC', 'Worcester City Council'],
    ['SWR&BS', 'South Worcestershire Revenue and Benefits Service'],
    ['HWOT', 'Housing and Welfare Options Teams'],
    ['PLE', 'People with Lived Experience'],
  ].map(([abbreviation, fullName]) => [toNameKey(abbreviation ?? ''), fullName ?? '']),
);
const keys = (names: string[]) => new Set(names.map(toNameKey));
const abbreviations = ['H&RSGroup', 'WSHOG', 'WSAB', 'WCC', 'SWR&BS', 'HWOT', 'PLE'];
const options = (extra: string[] = [], seen: string[] = []) => ({
  known: keys([...abbreviations, ...extra]),
  seen: keys(seen),
  glossary,
});

describe('splitRunTogether', () => {
  it('splits two abbreviations written with only a space between them', () => {
    expect(splitRunTogether('H&RSGroup WSHOG', options())).toEqual({
      names: ['H&RSGroup', 'WSHOG'],
      how: 'sequence',
    });
  });

  it('splits an abbreviation from a known name that follows it', () => {
    expect(
      splitRunTogether('H&RSGroup Worcester Cares', options(['Worcester Cares'])).names,
    ).toEqual(['H&RSGroup', 'Worcester Cares']);
  });

  it('splits abbreviations run together with no space at all', () => {
    expect(
      splitRunTogether('WSABWCC Rough Sleeper Group', options(['WCC Rough Sleeper Group'])).names,
    ).toEqual(['WSAB', 'WCC Rough Sleeper Group']);
  });

  it('splits after a known abbreviation when the rest starts with another known name', () => {
    expect(splitRunTogether('WSABWCC Rough Sleeper Group', options())).toEqual({
      names: ['WSAB', 'WCC Rough Sleeper Group'],
      how: 'prefix',
    });
  });

  it('splits after a known prefix when only the prefix is known', () => {
    expect(splitRunTogether('SWR&BS WCC Finance', options())).toEqual({
      names: ['SWR&BS', 'WCC Finance'],
      how: 'prefix',
    });
  });

  it('splits a board abbreviation from a two-word name after it', () => {
    expect(splitRunTogether('H&RSGroup private landlords', options()).names).toEqual([
      'H&RSGroup',
      'private landlords',
    ]);
  });

  it('never splits a name that is itself known', () => {
    expect(
      splitRunTogether('WCC Rough Sleeper Group', options(['WCC Rough Sleeper Group'])).names,
    ).toEqual(['WCC Rough Sleeper Group']);
  });

  it('does not split a council abbreviation from the name it qualifies', () => {
    expect(
      splitRunTogether('WCC Rough Sleeper Group', options([], ['Rough Sleeper Group'])).names,
    ).toEqual(['WCC Rough Sleeper Group']);
  });

  it('does not split a post from the team it belongs to', () => {
    expect(splitRunTogether('HWOT Manager', options()).names).toEqual(['HWOT Manager']);
  });

  it('does not split a name containing "and" that is known', () => {
    expect(
      splitRunTogether(
        'Committee Chair and Vice Chair',
        options(['Committee Chair and Vice Chair'], ['Committee Chair']),
      ).names,
    ).toEqual(['Committee Chair and Vice Chair']);
  });

  it('keeps a chunk whole when no names are known', () => {
    expect(splitRunTogether('H&RSGroup WSHOG', { known: new Set<string>() }).names).toEqual([
      'H&RSGroup WSHOG',
    ]);
  });

  it('uses names written alone elsewhere in the plan as pieces', () => {
    expect(
      splitRunTogether('Public Health Cranstoun', options([], ['Public Health', 'Cranstoun']))
        .names,
    ).toEqual(['Public Health', 'Cranstoun']);
  });
});
