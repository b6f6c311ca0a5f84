import { describe, expect, it } from 'vitest';
import { classifyParty } from './classify-party.js';

describe('classifyParty', () => {
  it('reads posts as roles that belong to the council', () => {
    expect(classifyParty('Housing Solutions and Enabling Officer')).toEqual({
      label: 'Role',
      kind: null,
      local: true,
    });
    expect(classifyParty('Committee Chair and Vice Chair').label).toBe('Role');
  });

  it("reads committees as the council's own boards and other groups as shared ones", () => {
    expect(classifyParty('Communities Committee')).toEqual({
      label: 'Board',
      kind: 'committee',
      local: true,
    });
    expect(classifyParty('Supported Housing Working Group')).toEqual({
      label: 'Board',
      kind: 'working-group',
      local: false,
    });
  });

  it('uses the glossary full name of an abbreviation', () => {
    expect(classifyParty('SFS', 'Street Feeding Stations')).toEqual({
      label: 'Organisation',
      kind: 'other',
      local: false,
    });
    expect(classifyParty('WSAB', 'Worcestershire Safeguarding Adults Board').label).toBe('Board');
  });

  it('reads landlords as housing providers and a council service as a team', () => {
    expect(classifyParty('private landlords').kind).toBe('housing-provider');
    expect(classifyParty('Legal Service')).toEqual({
      label: 'Organisation',
      kind: 'team',
      local: true,
    });
  });
});
