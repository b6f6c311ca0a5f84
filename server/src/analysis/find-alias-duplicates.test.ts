import { describe, expect, it } from 'vitest';
import {
  findAliasDuplicates,
  listPieces,
  resolveComposite,
  type NamedNode,
} from './find-alias-duplicates.js';

const party = (
  key: string,
  label: string,
  name: string,
  aliases: string[] = [],
  authority?: string,
): NamedNode => ({
  key,
  label,
  name,
  aliases,
  ...(authority ? { authority } : {}),
});
const councils = [{ key: 'org:wcc', names: ['Worcester City Council', 'WCC'] }];

describe('findAliasDuplicates', () => {
  const two = [
    { key: 'org:ashford-district-council', names: ['Ashford District Council'] },
    { key: 'org:ashfield-district-council', names: ['Ashfield District Council'] },
  ];

  it("never takes two councils' own posts or services of the same title for one", () => {
    const pairs = findAliasDuplicates({
      nodes: [
        party('role:a/head', 'Role', 'Head of Housing', [], 'org:ashford-district-council'),
        party('role:b/head', 'Role', 'Head of Housing', [], 'org:ashfield-district-council'),
        party('service:ashford-district-council/night-shelter', 'Service', 'Night Shelter'),
        party('service:ashfield-district-council/night-shelter', 'Service', 'Night Shelter'),
      ],
      linked: [],
      glossaries: [],
      councils: two,
    });
    expect(pairs).toEqual([]);
  });

  it('still meets a shared body with a council’s own of the same name', () => {
    const pairs = findAliasDuplicates({
      nodes: [
        party('board:a/rsg', 'Board', 'Rough Sleeper Group', [], 'org:ashford-district-council'),
        party('board:b/rsg', 'Board', 'Rough Sleeper Group', [], 'org:ashfield-district-council'),
        party('board:rsg', 'Board', 'Rough Sleeper Group'),
      ],
      linked: [],
      glossaries: [],
      councils: two,
    });
    expect(pairs.map((p) => [p.a.key, p.b.key])).toEqual([
      ['board:a/rsg', 'board:rsg'],
      ['board:b/rsg', 'board:rsg'],
    ]);
  });

  it('takes only one council out of a shared name: two towns’ night shelters stay two', () => {
    const pairs = findAliasDuplicates({
      nodes: [
        party('org:ashford-cns', 'Organisation', 'Ashford Churches Night Shelter'),
        party('org:ashfield-cns', 'Organisation', 'Ashfield Churches Night Shelter'),
        party('org:cns', 'Organisation', 'Churches Night Shelter'),
      ],
      linked: [],
      glossaries: [],
      councils: two,
    });
    expect(pairs.map((p) => [p.a.key, p.b.key])).toEqual([
      ['org:ashfield-cns', 'org:cns'],
      ['org:ashford-cns', 'org:cns'],
    ]);
  });

  it('reads a shared name for its place, not for every council of its kind', () => {
    // Five city councils: 'City' and 'Council' name the kind, so only Oakwick is taken out.
    const cities = ['Oakwick', 'Ashby', 'Brent', 'Calder', 'Derwent'].map((town) => ({
      key: `org:${town.toLowerCase()}-city-council`,
      names: [`${town} City Council`],
    }));
    const pairs = findAliasDuplicates({
      nodes: [
        party('b:shared', 'Board', 'Oakwick City Council Rough Sleeper Group'),
        party('b:own', 'Board', 'Rough Sleeper Group', [], 'org:oakwick-city-council'),
        party('b:ashby', 'Board', 'City Rough Sleeper Group', [], 'org:ashby-city-council'),
      ],
      linked: [],
      glossaries: [],
      councils: cities,
    });
    expect(pairs.map((p) => [p.a.key, p.b.key])).toEqual([['b:own', 'b:shared']]);
  });

  it('meets names that differ only in spacing, case and &', () => {
    const pairs = findAliasDuplicates({
      nodes: [party('b:1', 'Board', 'H&WB Board'), party('b:2', 'Board', 'H and WBBoard')],
      linked: [],
      glossaries: [],
      councils,
    });
    expect(pairs.map((p) => [p.a.key, p.b.key])).toEqual([['b:1', 'b:2']]);
  });

  it('takes the council out of a name: WCC Rough Sleeper Group is Rough Sleeper Group', () => {
    const pairs = findAliasDuplicates({
      nodes: [
        party('b:1', 'Board', 'WCC Rough Sleeper Group', [], 'org:wcc'),
        party('b:2', 'Board', 'Rough Sleeper Group', [], 'org:wcc'),
      ],
      linked: [],
      glossaries: [],
      councils,
    });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.reasons[0]).toMatch(/council is taken out/);
  });

  it('meets a board and a committee of the same name', () => {
    const pairs = findAliasDuplicates({
      nodes: [
        party('b:1', 'Board', 'Health and Wellbeing Board'),
        party('b:2', 'Board', 'Health and Wellbeing Committee'),
      ],
      linked: [],
      glossaries: [],
      councils,
    });
    expect(pairs).toHaveLength(1);
  });

  it('uses the glossary to tie an abbreviation to a full name', () => {
    const pairs = findAliasDuplicates({
      nodes: [
        party('o:1', 'Organisation', 'DWAS'),
        party('s:1', 'Service', 'Discretionary Welfare Assistance Scheme'),
      ],
      linked: [],
      glossaries: [
        {
          plan: 'p',
          title: 'The plan',
          glossary: ['DWAS = Discretionary Welfare Assistance Scheme'],
          source: 'src',
        },
      ],
      councils,
    });
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.glossary[0]?.line).toBe('DWAS = Discretionary Welfare Assistance Scheme');
  });

  it('leaves alone nodes that are linked, and different bodies', () => {
    expect(
      findAliasDuplicates({
        nodes: [
          party('s:hfu', 'Service', 'Homes for Ukraine'),
          party('f:hfu', 'FundingStream', 'Homes for Ukraine'),
          party('b:1', 'Board', 'Housing Board'),
          party('b:2', 'Board', 'Supported Housing Working Group'),
          party('o:1', 'Organisation', 'Strategic Housing Team', [], 'org:wcc'),
          party('r:1', 'Role', 'Strategic Housing Team Manager', [], 'org:wcc'),
        ],
        linked: ['f:hfu|s:hfu'],
        glossaries: [],
        councils,
      }),
    ).toEqual([]);
  });
});

describe('resolveComposite', () => {
  const all = [
    party('o:fin', 'Organisation', 'Finance Service', ['Finance', 'WCC Finance']),
    party('o:prop', 'Organisation', 'Property Services', ['Property']),
    party('o:plan', 'Organisation', 'Planning Service', ['Planning']),
    party('o:legal', 'Organisation', 'Legal Service', ['Legal services']),
  ];

  it('splits a list of parties', () => {
    expect(listPieces('WCC Finance, Property, Planning and Legal services')).toEqual([
      'WCC Finance',
      'Property',
      'Planning',
      'Legal services',
    ]);
    const composite = party(
      'o:x',
      'Organisation',
      'WCC Finance, Property, Planning and Legal services',
    );
    expect(resolveComposite(composite, [...all, composite])?.map((p) => p.key)).toEqual([
      'o:fin',
      'o:prop',
      'o:plan',
      'o:legal',
    ]);
  });

  it("takes the parties of the composite's own council where councils share names", () => {
    const of = (council: string) => [
      party(`o:${council}/fin`, 'Organisation', 'Finance Service', [], `org:${council}`),
      party(`o:${council}/legal`, 'Organisation', 'Legal Service', [], `org:${council}`),
    ];
    const composite = party(
      'o:a/both',
      'Organisation',
      'Finance Service and Legal Service',
      [],
      'org:a',
    );
    const everyone = [...of('a'), composite, ...of('b')];
    expect(resolveComposite(composite, everyone)?.map((p) => p.key)).toEqual([
      'o:a/fin',
      'o:a/legal',
    ]);
  });

  it('leaves a name with "and" in it alone when a piece names nobody', () => {
    const board = party('b:h', 'Board', 'Homelessness and Rough Sleeping Group');
    expect(resolveComposite(board, [...all, board])).toBeNull();
  });
});
