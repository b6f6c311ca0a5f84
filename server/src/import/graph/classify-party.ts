// Guesses what kind of party a name the graph has never seen is, from the words in it, and
// whether it belongs to one council (its roles, teams and committees) or stands on its own.
export type PartyLabel = 'Organisation' | 'Board' | 'Role';

export interface PartyClass {
  label: PartyLabel;
  kind: string | null;
  /** True for a council's own posts, teams and committees: keyed inside the authority. */
  local: boolean;
}

const ROLE =
  /\b(manager|officers?|co-?ordinator|head of|director|chair|chairs|specialist|leader|lead officer|advisor|adviser|worker)\b/i;
const BOARD_KINDS: [RegExp, string][] = [
  [/\bcommittee\b/i, 'committee'],
  [/\bofficers'? group\b/i, 'officers-group'],
  [/\bworking group\b|\bgroup\b/i, 'working-group'],
  [/\bpartnership\b|\bcollaborative\b/i, 'partnership'],
  [/\bforum\b/i, 'forum'],
  [/\bboard\b/i, 'board'],
  [/\bleadership team\b/i, 'officers-group'],
];
const TEAM = /\b(team|teams|service|services|department|unit)\b/i;
const HOUSING_PROVIDER =
  /\b(landlords?|registered providers?|housing providers?|accommodation providers?|housing associations?)\b/i;
const HEALTH = /\b(nhs|health|hospital|mental health|gp|clinical)\b/i;
const VCS = /\b(charit(y|ies|able)|voluntary|food bank|trust|aid|support organisations?)\b/i;

/** Classifies a party name; `fullName` (from the glossary) is used when the name is an abbreviation. */
export function classifyParty(name: string, fullName?: string): PartyClass {
  const text = fullName ?? name;
  if (ROLE.test(text)) return { label: 'Role', kind: null, local: true };
  for (const [pattern, kind] of BOARD_KINDS) {
    if (pattern.test(text))
      return { label: 'Board', kind, local: kind === 'committee' || kind === 'officers-group' };
  }
  if (HOUSING_PROVIDER.test(text))
    return { label: 'Organisation', kind: 'housing-provider', local: false };
  if (HEALTH.test(text) && !TEAM.test(text))
    return { label: 'Organisation', kind: 'health', local: false };
  if (VCS.test(text)) return { label: 'Organisation', kind: 'vcs', local: false };
  if (TEAM.test(text)) return { label: 'Organisation', kind: 'team', local: true };
  return { label: 'Organisation', kind: 'other', local: false };
}
