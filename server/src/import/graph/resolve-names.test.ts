import { describe, expect, it } from 'vitest';
import { NameResolver, type KnownNode } from './resolve-names.js';

const WCC = 'org:worcester-city-council';
const known: KnownNode[] = [
  {
    key: 'role:malvern/head-of-housing',
    name: 'Head of Housing',
    aliases: [],
    label: 'Role',
    authority: 'org:malvern',
  },
  {
    key: 'board:wshog',
    name: 'Worcestershire Strategic Housing Officers Group',
    aliases: ['WSHOG'],
    label: 'Board',
    authority: null,
  },
  {
    key: 'org:wcc/hwot',
    name: 'Housing and Welfare Options Team',
    aliases: [],
    label: 'Organisation',
    authority: WCC,
  },
];

describe('NameResolver', () => {
  it("matches a shared party by an alias and its own council's party by a plural", () => {
    const resolver = new NameResolver({ type: 'party', known, glossary: [], authority: WCC });
    expect(resolver.resolve('WSHOG', 3)).toMatchObject({ key: 'board:wshog', by: 'alias' });
    expect(resolver.resolve('Housing and Welfare Options Teams', 4)).toMatchObject({
      key: 'org:wcc/hwot',
      by: 'plural',
    });
  });

  it("never takes another council's post for its own", () => {
    const resolver = new NameResolver({ type: 'party', known, glossary: [], authority: WCC });
    expect(resolver.resolve('Head of Housing', 5)).toMatchObject({
      key: 'role:worcester-city-council/head-of-housing',
      by: 'created',
    });
  });

  it('names a new party by the glossary and never makes a second one for its abbreviation', () => {
    const resolver = new NameResolver({
      type: 'party',
      known: [],
      glossary: [{ abbreviation: 'SFS', fullName: 'Street Feeding Stations', row: 60 }],
      authority: WCC,
    });
    const first = resolver.resolve('SFS', 14);
    const second = resolver.resolve('Street Feeding Stations', 20);
    expect(second.key).toBe(first.key);
    expect(resolver.newNodes()).toEqual([
      expect.objectContaining({ name: 'Street Feeding Stations', aliases: ['SFS'], firstRow: 14 }),
    ]);
  });
});
