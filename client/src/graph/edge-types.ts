// How relationships read and look: RACI letters by line style (not only colour), other
// relationships as thin grey lines, and the words a planner would use for each type.

export type RaciLetter = 'R' | 'A' | 'C' | 'I';
export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

export const RACI_NAMES: Record<RaciLetter, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

const RACI_BY_TYPE: Record<string, RaciLetter> = {
  RESPONSIBLE_FOR: 'R',
  ACCOUNTABLE_FOR: 'A',
  CONSULTED_ON: 'C',
  INFORMED_OF: 'I',
};

/** The RACI letter of a relationship type, or null when it is not a RACI relationship. */
export function raciLetterOf(relationshipType: string): RaciLetter | null {
  return RACI_BY_TYPE[relationshipType] ?? null;
}

export interface EdgeLineStyle {
  lineStyle: 'solid' | 'dashed' | 'dotted';
  width: number;
  colour: string;
  /** The arrow head at the task's end: a second cue besides the line. */
  arrow: 'triangle' | 'diamond' | 'circle' | 'tee' | 'none';
}

/**
 * Line style per RACI letter, never by colour alone: R solid, A heavy with a diamond head (in
 * vermillion), C dashed, I dotted; every RACI edge also carries its letter as a label.
 */
export const RACI_LINE_STYLES: Record<RaciLetter, EdgeLineStyle> = {
  R: { lineStyle: 'solid', width: 3, colour: '#1b1f24', arrow: 'triangle' },
  A: { lineStyle: 'solid', width: 4.5, colour: '#D55E00', arrow: 'diamond' },
  C: { lineStyle: 'dashed', width: 2, colour: '#3d4550', arrow: 'circle' },
  I: { lineStyle: 'dotted', width: 2, colour: '#5a6270', arrow: 'tee' },
};

export const OTHER_LINE_STYLE: EdgeLineStyle = {
  lineStyle: 'solid',
  width: 1.5,
  colour: '#aab2bd',
  arrow: 'triangle',
};

const VERBS: Record<string, string> = {
  RESPONSIBLE_FOR: 'is Responsible for',
  ACCOUNTABLE_FOR: 'is Accountable for',
  CONSULTED_ON: 'is Consulted on',
  INFORMED_OF: 'is Informed of',
  IN_PLAN: 'is in plan',
  BY: 'is by',
  UNDER: 'is under objective',
  SERVES: 'serves',
  MEASURED_BY: 'is measured by',
  MENTIONS: 'mentions',
  WORKS_IN: 'works in',
  PART_OF: 'is part of',
  MEMBER_OF: 'is a member of',
  REPORTS_TO: 'reports to',
  PROVIDES: 'provides',
  FUNDED_BY: 'is funded by',
  COVERS: 'covers',
  STEP: 'has step',
  FOR: 'is for',
  COMMITS_TO: 'commits to',
  SERVES_AREA: 'serves the area',
  FROM: 'comes from',
};

/** A relationship type in words ("is Responsible for"); unknown types are lower-cased. */
export function relationshipInWords(relationshipType: string): string {
  return VERBS[relationshipType] ?? relationshipType.toLowerCase().replace(/_/g, ' ');
}

const INVERSE: Record<string, string> = {
  RESPONSIBLE_FOR: 'Responsible',
  ACCOUNTABLE_FOR: 'Accountable',
  CONSULTED_ON: 'Consulted',
  INFORMED_OF: 'Informed',
  IN_PLAN: 'contains',
  BY: 'plans by it',
  UNDER: 'tasks under it',
  SERVES: 'served by',
  MEASURED_BY: 'measures',
  MENTIONS: 'mentioned by',
  WORKS_IN: 'posts in it',
  PART_OF: 'has as a part',
  MEMBER_OF: 'members',
  REPORTS_TO: 'reported to by',
  PROVIDES: 'provided by',
  FUNDED_BY: 'funds',
  COVERS: 'covered by',
  STEP: 'a step of',
  FOR: 'pathways for it',
  COMMITS_TO: 'committed to by',
  SERVES_AREA: 'served by',
  FROM: 'source of',
};

/** A relationship read from its target's side ("Responsible" on a task, "provided by"). */
export function inverseRelationshipInWords(relationshipType: string): string {
  return INVERSE[relationshipType] ?? `${relationshipInWords(relationshipType)} (towards this)`;
}
