// What the signed-in user may change, so the page offers only the controls that will work. The
// server decides in the end (its @authorization rules); this only avoids offering the rest.
import type { SessionUser } from './session';

export const ROLE_NAMES: Record<string, string> = {
  viewer: 'Viewer',
  partner: 'Partner',
  planner: 'Planner',
  admin: 'Administrator',
};

/** What a role may do, for when the server's own words are not at hand. */
export const ROLE_SUMMARY: Record<string, string> = {
  viewer: 'Read everything; change nothing.',
  partner:
    "Read everything; change your own organisation's details and the status and notes of tasks it is Responsible for.",
  planner: 'Read everything; change and import plans, tasks and parties of your council.',
  admin: 'Everything, for every council, and manage users.',
};

export function roleName(role: string | undefined | null): string {
  return (role && ROLE_NAMES[role]) ?? role ?? 'Not signed in';
}

/** Importing a plan: planners and admins. */
export function canImport(user: SessionUser | null): boolean {
  return user?.role === 'planner' || user?.role === 'admin';
}

/** Changing a task's status and notes. */
export function canEditTask(
  user: SessionUser | null,
  task: { responsible: readonly string[]; authority?: string | null },
): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'planner')
    return !user.authority || !task.authority || user.authority === task.authority;
  if (user.role === 'partner')
    return !!user.organisation && task.responsible.includes(user.organisation);
  return false;
}

/** Changing an organisation's own details (description, aliases). */
export function canEditOrganisation(
  user: SessionUser | null,
  organisationKey: string,
  authority?: string | null,
): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  if (user.role === 'planner') return !user.authority || !authority || user.authority === authority;
  if (user.role === 'partner') return user.organisation === organisationKey;
  return false;
}
