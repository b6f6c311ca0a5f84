// The four roles and, in words, what each may do: shown to a signed-in user and in the README.
export const ROLES = ['viewer', 'partner', 'planner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_ALLOWS: Record<Role, string[]> = {
  viewer: ['Read the whole graph, the findings and the evidence packs.'],
  partner: [
    'Read the whole graph, the findings and the evidence packs.',
    "Change your own organisation's details.",
    'Change the status and notes of the tasks your organisation is Responsible for.',
  ],
  planner: [
    'Read the whole graph, the findings and the evidence packs.',
    "Create and change tasks, RACI letters, parties, services and pathways of your council's plans.",
    "Import your council's action plans.",
    'Merge two parties that are one.',
    'Read the audit trail.',
  ],
  admin: ['Everything a planner may do, for every council.', 'Create users and give them roles.'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
