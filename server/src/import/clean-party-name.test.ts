import { describe, expect, it } from 'vitest';
import { cleanPartyName } from './clean-party-name.js';

describe('cleanPartyName', () => {
  it('removes a trailing stray quote and says so', () => {
    expect(cleanPartyName(' Communities Committee"')).toEqual({
      name: 'Communities Committee',
      removed: '"',
    });
  });

  it('keeps the apostrophe inside a name', () => {
    expect(cleanPartyName("Women's Aid").name).toBe("Women's Aid");
  });

  it('collapses doubled spaces without calling it a repair', () => {
    expect(cleanPartyName('Public  Health ')).toEqual({ name: 'Public Health' });
  });

  it('takes an abbreviation in brackets off the name', () => {
    expect(cleanPartyName('Housing and Welfare Options Team (HWOT)')).toEqual({
      name: 'Housing and Welfare Options Team',
      abbreviation: 'HWOT',
    });
  });

  it('keeps the full name when the abbreviation is written outside the brackets', () => {
    expect(cleanPartyName('HWOT (Housing and Welfare Options Team)')).toEqual({
      name: 'Housing and Welfare Options Team',
      abbreviation: 'HWOT',
    });
  });

  it('keeps brackets that do not hold an abbreviation', () => {
    expect(cleanPartyName('Council (Housing)').name).toBe('Council (Housing)');
  });

  it('removes a bullet in front of a name', () => {
    expect(cleanPartyName('\u2022 Platform').name).toBe('Platform');
  });

  it('keeps the apostrophe of a possessive plural', () => {
    expect(cleanPartyName("Officers'").name).toBe("Officers'");
  });
});
