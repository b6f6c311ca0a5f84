// The four RACI letters and the relationship type each is stored as (see cypher/MODEL.md).
export const RACI_RELATIONSHIP = {
  R: 'RESPONSIBLE_FOR',
  A: 'ACCOUNTABLE_FOR',
  C: 'CONSULTED_ON',
  I: 'INFORMED_OF',
} as const;

export type RaciLetter = keyof typeof RACI_RELATIONSHIP;
