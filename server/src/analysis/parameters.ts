// The analysis parameters: their definitions (shown to users with each rule), defaults, and the
// check of what a caller passed.
import type { ParameterDefinition } from './types.js';

export const DEFAULTS = {
  overloadFactor: 2,
  similarityThreshold: 0.6,
  accountableShare: 0.5,
  moveOnPattern: '(?is).*(move[- ]on|settled|independent living|own tenancy|permanent home).*',
} as const;

export const PARAMETERS = {
  today: {
    name: 'today',
    description: 'The date the plan is judged at (YYYY-MM-DD).',
    default: null,
    type: 'date',
  },
  overloadFactor: {
    name: 'overloadFactor',
    description:
      'A party is overloaded when Responsible for more than this many times the median number of tasks per Responsible party.',
    default: DEFAULTS.overloadFactor,
    type: 'number',
  },
  similarityThreshold: {
    name: 'similarityThreshold',
    description: 'TF-IDF cosine similarity (0 to 1) from which two texts count as near-duplicates.',
    default: DEFAULTS.similarityThreshold,
    type: 'number',
  },
  accountableShare: {
    name: 'accountableShare',
    description:
      'A party is reported when Accountable for more than this share (0 to 1) of the tasks, and for at least 5.',
    default: DEFAULTS.accountableShare,
    type: 'number',
  },
  moveOnPattern: {
    name: 'moveOnPattern',
    description:
      "A Java regular expression: a pathway's last step whose name or description matches it is a move-on, not a dead end.",
    default: DEFAULTS.moveOnPattern,
    type: 'string',
  },
  authority: {
    name: 'authority',
    description: 'Only the plans of this council (key, name or abbreviation).',
    default: null,
    type: 'string',
  },
  objective: {
    name: 'objective',
    description: 'Only the tasks under this objective (key or title).',
    default: null,
    type: 'string',
  },
  clientGroup: {
    name: 'clientGroup',
    description:
      'Only the tasks for this client group or whose text names it (key, name or alias).',
    default: null,
    type: 'string',
  },
} satisfies Record<string, ParameterDefinition>;

/** The three scope parameters, which every rule about tasks honours. */
export const SCOPE: ParameterDefinition[] = [
  PARAMETERS.authority,
  PARAMETERS.objective,
  PARAMETERS.clientGroup,
];

/** Today's date as YYYY-MM-DD in the server's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}
