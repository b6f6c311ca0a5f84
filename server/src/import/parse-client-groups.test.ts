import { describe, expect, it } from 'vitest';
import { parseClientGroups } from './parse-client-groups.js';

describe('parseClientGroups', () => {
  it('reads All as for everyone with no named group', () => {
    expect(parseClientGroups('All')).toEqual({ groups: [], forAll: true, issues: [] });
  });

  it.each(['all', 'ALL', 'All client groups', 'Everyone'])('reads "%s" as for everyone', (cell) => {
    expect(parseClientGroups(cell).forAll).toBe(true);
  });

  it('reads one named group', () => {
    expect(parseClientGroups('Domestic Abuse')).toEqual({
      groups: ['Domestic Abuse'],
      forAll: false,
      issues: [],
    });
  });

  it('splits groups on commas, semicolons, slashes and new lines', () => {
    expect(
      parseClientGroups('Rough Sleepers, Refugees; Care leavers / Prison leavers\nFamilies').groups,
    ).toEqual(['Rough Sleepers', 'Refugees', 'Care leavers', 'Prison leavers', 'Families']);
  });

  it('does not split on "and"', () => {
    expect(parseClientGroups('Victims and survivors of domestic abuse').groups).toEqual([
      'Victims and survivors of domestic abuse',
    ]);
  });

  it('warns MISSING_CLIENT_GROUP for a blank cell', () => {
    expect(parseClientGroups('  ').issues.map((i) => [i.severity, i.code])).toEqual([
      ['warning', 'MISSING_CLIENT_GROUP'],
    ]);
  });

  it('keeps named groups beside All with an info issue', () => {
    const result = parseClientGroups('All; Rough Sleepers');
    expect([result.forAll, result.groups, result.issues[0]?.code]).toEqual([
      true,
      ['Rough Sleepers'],
      'CLIENT_GROUP_ALL_AND_NAMED',
    ]);
  });

  it('keeps a group written twice once', () => {
    expect(parseClientGroups('Refugees, refugees').groups).toEqual(['Refugees']);
  });
});
