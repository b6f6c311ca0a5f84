import { describe, expect, it } from 'vitest';
import { canEditOrganisation, canEditTask, canImport } from './permissions';
import type { SessionUser } from './session';

const user = (role: string, extra: Partial<SessionUser> = {}): SessionUser => ({
  email: `${role}@example.org`,
  name: null,
  role,
  organisation: null,
  authority: null,
  allowed: [],
  ...extra,
});

describe('permissions', () => {
  it('lets only planners and admins import', () => {
    expect(canImport(user('planner'))).toBe(true);
    expect(canImport(user('admin'))).toBe(true);
    expect(canImport(user('partner'))).toBe(false);
    expect(canImport(null)).toBe(false);
  });

  it('lets a partner change only tasks its organisation is Responsible for', () => {
    const partner = user('partner', { organisation: 'org:cranstoun' });
    expect(canEditTask(partner, { responsible: ['org:cranstoun'] })).toBe(true);
    expect(canEditTask(partner, { responsible: ['org:platform'] })).toBe(false);
  });

  it('keeps a planner within its own council', () => {
    const planner = user('planner', { authority: 'org:worcester-city-council' });
    expect(canEditTask(planner, { responsible: [], authority: 'org:worcester-city-council' })).toBe(
      true,
    );
    expect(canEditTask(planner, { responsible: [], authority: 'org:malvern' })).toBe(false);
  });

  it('lets a viewer change nothing', () => {
    expect(canEditTask(user('viewer'), { responsible: [] })).toBe(false);
    expect(canEditOrganisation(user('viewer'), 'org:x')).toBe(false);
  });

  it("lets a partner change its own organisation's details and no one else's", () => {
    const partner = user('partner', { organisation: 'org:cranstoun' });
    expect(canEditOrganisation(partner, 'org:cranstoun')).toBe(true);
    expect(canEditOrganisation(partner, 'org:platform')).toBe(false);
  });
});
