// Ways the texts name a client group that are not aliases of the group itself, so they stay out
// of search and the importer's matching and serve only to recognise mentions. Each is explained.
export const EXTRA_CLIENT_GROUP_TERMS: Record<string, string[]> = {
  // Row 40 lists 'Prisons' among the statutory services whose discharges the plan wants
  // planned: the people discharged are prison leavers. 'Prisons' stays the name of a party too.
  'clientgroup:prison-leavers': [
    'Prisons',
    'released from prison',
    'discharged from prison',
    'ex-offenders',
  ],
  'clientgroup:former-military-personnel': ['armed forces leavers', 'service leavers'],
  'clientgroup:families-in-bandb': ['families in B&B', 'families placed in B&B'],
  'clientgroup:people-with-no-recourse-to-public-funds': ['no recourse to public funds'],
};
