// Every party the action plan's RACI cells name (rows 4-53), with the glossary's
// abbreviations as aliases, so that the importer resolves each name in a cell to
// exactly one party. Parties already made by earlier files (Worcester City Council,
// DLUHC, Worcester Cares) are not repeated. FROM locators: the glossary row, the
// first RACI row naming the party, and each row that spells it another way.
// No membership, reporting line or funding is added that no document states.

// ---------------------------------------------------------------- the council's own teams
// Per authority (MODEL.md: a council's own teams), kind 'team'.

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  {slug: 'strategic-housing-team', name: 'Strategic Housing Team', aliases: [], rows: [32]},
  // Glossary (row 62) writes 'Teams'; row 32 'Housing and Welfare Options Team (HWOT)'.
  {slug: 'housing-and-welfare-options-team', name: 'Housing and Welfare Options Team',
   aliases: ['HWOT', 'Housing and Welfare Options Teams'], rows: [62, 32]},
  {slug: 'private-sector-team', name: 'Private Sector Team', aliases: [], rows: [43]},
  // Row 25 names these four; row 35 writes them 'WCC Finance, Property, Planning and
  // Legal services', which is what makes them the council's own services.
  {slug: 'planning-service', name: 'Planning Service',
   aliases: ['Planning', 'WCC Planning', 'Planning services'], rows: [25, 35]},
  {slug: 'property-services', name: 'Property Services',
   aliases: ['Property', 'WCC Property', 'Property Service'], rows: [25, 35]},
  {slug: 'finance-service', name: 'Finance Service',
   aliases: ['Finance', 'WCC Finance', 'Finance services'], rows: [25, 35]},
  {slug: 'legal-service', name: 'Legal Service',
   aliases: ['Legal', 'WCC Legal', 'Legal services'], rows: [25, 35]}
] AS p
MERGE (n:Party {key: 'org:worcester-city-council/' + p.slug})
SET n:Organisation,
    n += {name: p.name, kind: 'team', aliases: p.aliases, authority: 'org:worcester-city-council'}
WITH n, p, plan
UNWIND p.rows AS row
MERGE (n)-[f:FROM {locator: 'row ' + row}]->(plan) SET f.source = plan.key;

// Teams PART_OF the service area whose name they carry. Doc 002 describes the
// service areas, the plan names the teams; the name is the only tie, the same for
// all three (Strategic Housing Team / Strategic Housing; Housing and Welfare
// Options Team(s) / Housing and Welfare Options; Private Sector Team / Private
// Sector Housing).
UNWIND [
  ['org:worcester-city-council/strategic-housing-team', 'servicearea:worcester-city-council/strategic-housing', 'The Strategic Housing Service Area (line 10)'],
  ['org:worcester-city-council/housing-and-welfare-options-team', 'servicearea:worcester-city-council/housing-and-welfare-options', 'The Housing and Welfare Options Service Area (line 34)'],
  ['org:worcester-city-council/private-sector-team', 'servicearea:worcester-city-council/private-sector-housing', 'Private Sector Housing Service Area (line 47)']
] AS h
MATCH (t:Party {key: h[0]}), (sa:ServiceArea {key: h[1]})
MERGE (t)-[r:PART_OF]->(sa)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: h[2]};

MATCH (t:Party), (c:Party {key: 'org:worcester-city-council'})
WHERE t.key IN ['org:worcester-city-council/planning-service', 'org:worcester-city-council/property-services',
                'org:worcester-city-council/finance-service', 'org:worcester-city-council/legal-service']
MERGE (t)-[r:PART_OF]->(c)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 35'};

// ---------------------------------------------------------------- other organisations
// Global keys: not the city council's own. Kinds are judgements where the plan
// does not describe the body; each is explained beside it.

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  // The lived-experience voice the plan consults (rule no-lived-experience):
  // a group of people, not a body: kind 'collective'.
  {slug: 'people-with-lived-experience', name: 'People with Lived Experience', kind: 'collective',
   aliases: ['PLE'], rows: [57, 4]},
  // Whose public health team is not stated; kind 'health'.
  {slug: 'public-health', name: 'Public Health', kind: 'health', aliases: [], rows: [4]},
  // Named without description; both are charities (substance misuse; recovery): 'vcs'.
  {slug: 'cranstoun', name: 'Cranstoun', kind: 'vcs', aliases: [], rows: [4]},
  {slug: 'emerging-futures', name: 'Emerging Futures', kind: 'vcs', aliases: [], rows: [4]},
  // Row 4's task text says 'mental health services'; the glossary gives MH (row 63).
  {slug: 'mental-health-services', name: 'Mental Health Services', kind: 'health',
   aliases: ['MH Services'], rows: [63, 40, 4]},
  // No particular food bank is named; voluntary sector: 'vcs'.
  {slug: 'food-bank', name: 'Food Bank', kind: 'vcs', aliases: ['Foodbank'], rows: [14]},
  // A category of bodies, not one body; one party so that row 14's letter lands.
  {slug: 'charitable-welfare-schemes', name: 'Charitable welfare schemes', kind: 'vcs', aliases: [], rows: [14]},
  // Volunteer-run feeding points, a category like the one above: 'vcs'.
  {slug: 'street-feeding-stations', name: 'Street Feeding Stations', kind: 'vcs', aliases: ['SFS'], rows: [59, 14]},
  // Consulted on domestic abuse safe house units (row 24) beside Women's Aid; read
  // as the housing association of that name: 'housing-provider'. Name kept as written.
  {slug: 'platform', name: 'Platform', kind: 'housing-provider', aliases: [], rows: [24]},
  {slug: 'women-s-aid', name: 'Women\'s Aid', kind: 'vcs', aliases: ['Womens Aid'], rows: [24]},
  // RP/RPs (glossary row 58, rows 25-44); row 41's task text says 'RP partners'.
  {slug: 'registered-providers', name: 'Registered Providers', kind: 'housing-provider',
   aliases: ['RP', 'RPs', 'Registered Provider', 'RP partners'], rows: [58, 25, 41]},
  {slug: 'specialist-consultants', name: 'Specialist Consultants', kind: 'other', aliases: [], rows: [25]},
  // South Worcestershire-wide (its name), not one council's team: global; it runs
  // revenues and benefits, statutory functions: kind 'statutory'. The glossary
  // (row 60) writes 'Revenue', row 27 'Revenues'.
  {slug: 'south-worcestershire-revenues-and-benefits-service', name: 'South Worcestershire Revenues and Benefits Service',
   kind: 'statutory', aliases: ['SWR&BS', 'South Worcestershire Revenue and Benefits Service'], rows: [60, 27, 35]},
  // One party for three spellings: 'Supported housing providers' (row 41),
  // 'supported accommodation providers' (row 44), and 'Accommodation providers'
  // (row 27), whose task is accrediting privately operated supported accommodation,
  // so the providers consulted there are supported accommodation providers.
  {slug: 'supported-housing-providers', name: 'Supported housing providers', kind: 'housing-provider',
   aliases: ['Supported accommodation providers', 'Accommodation providers'], rows: [41, 44, 27]},
  {slug: 'private-landlords', name: 'Private landlords', kind: 'housing-provider',
   aliases: ['landlords', 'private landlord'], rows: [41, 43, 44]},
  // A category of bodies (row 42), charities in kind: 'vcs'.
  {slug: 'refugee-support-organisations', name: 'Refugee support organisations', kind: 'vcs', aliases: [], rows: [42]},
  // The sector as a whole: glossary (row 64) and task text (rows 14, 15-16), never a
  // RACI cell; a party so that a task's MENTIONS can point at it.
  {slug: 'voluntary-and-community-sector', name: 'Voluntary and Community Sector', kind: 'vcs',
   aliases: ['VCS'], rows: [64, 14, 16]},
  // Named in row 40's task text as a statutory service people are discharged from,
  // the first step of the prison release pathway (60-services-funding-pathways).
  {slug: 'prisons', name: 'Prisons', kind: 'statutory', aliases: ['Prison'], rows: [40]}
] AS p
MERGE (n:Party {key: 'org:' + p.slug})
SET n:Organisation, n += {name: p.name, kind: p.kind, aliases: p.aliases}
WITH n, p, plan
UNWIND p.rows AS row
MERGE (n)-[f:FROM {locator: 'row ' + row}]->(plan) SET f.source = plan.key;

// Adult Social Care (row 40): doc 002 names the County Council as the social services
// authority (line 26), so this is the county's service: keyed under the county,
// kind 'statutory' (row 40 lists it among 'statutory services'), PART_OF the county.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
// County-wide: it serves every district in Worcestershire, so it is one shared node (no
// `authority`), like the county's boards; its PART_OF says whose it is.
MERGE (n:Party {key: 'org:worcestershire-adult-social-care'})
SET n:Organisation,
    n += {name: 'Adult Social Care', kind: 'statutory', aliases: ['Social Care']}
MERGE (n)-[f:FROM {locator: 'row 40'}]->(plan) SET f.source = plan.key;

MATCH (a:Party {key: 'org:worcestershire-adult-social-care'}), (c:Party {key: 'org:worcestershire-county-council'})
MERGE (a)-[r:PART_OF]->(c)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Strategic Housing Service Area, bullet 5 (line 26)'};

// ---------------------------------------------------------------- the council's boards and committees
// Per authority (MODEL.md: a council's committees).

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  // The council's senior officers meeting as a group, not elected members: 'officers-group'.
  {slug: 'corporate-leadership-team', name: 'Corporate Leadership Team', kind: 'officers-group',
   aliases: ['CLT'], rows: [57, 4]},
  // Row 53: 'Worcester City Council's Communities Committee'.
  {slug: 'communities-committee', name: 'Communities Committee', kind: 'committee', aliases: [], rows: [25, 53]},
  // 'WCC' in its name makes it the council's. Row 33 writes 'Rough Sleeper Group':
  // the same group (an alias), since it stands where the other rows put 'WCC Rough
  // Sleeper Group' and the plan names no other rough sleeper group. A standing group
  // that does work, membership not stated: 'working-group'.
  {slug: 'rough-sleeper-group', name: 'WCC Rough Sleeper Group', kind: 'working-group',
   aliases: ['Rough Sleeper Group'], rows: [4, 33]}
] AS p
MERGE (n:Party {key: 'board:worcester-city-council/' + p.slug})
SET n:Board, n += {name: p.name, kind: p.kind, aliases: p.aliases, authority: 'org:worcester-city-council'}
WITH n, p, plan
UNWIND p.rows AS row
MERGE (n)-[f:FROM {locator: 'row ' + row}]->(plan) SET f.source = plan.key;

// ---------------------------------------------------------------- county and other boards
// Global keys: the plan never makes them the city council's own.

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  {slug: 'wshog', name: 'Worcestershire Strategic Housing Officers Group', kind: 'officers-group',
   aliases: ['WSHOG'], rows: [63, 4]},
  // Responsible beside the county's WSHOG (rows 4-5), under a countywide strategy
  // (row 49); not claimed as the city's. Kind 'working-group': a named group that
  // does work, membership not stated.
  {slug: 'homelessness-and-rough-sleeping-group', name: 'Homelessness and Rough Sleeping Group', kind: 'working-group',
   aliases: ['H&RSGroup'], rows: [60, 4]},
  // Accountable for work the county's WSHOG is Responsible for (rows 4-5), so not
  // read as a city committee; whose board it is, no document says.
  {slug: 'housing-board', name: 'Housing Board', kind: 'board', aliases: [], rows: [4]},
  // One board for 'H&WB Board' (row 4), 'H&WBBoard' (rows 40, 49, glossary row 61)
  // and 'Health and Wellbeing Committee' (row 50, named once): the plan names no
  // other health and wellbeing body, the glossary defines only the Board, and a
  // health and wellbeing board is in law a committee of the upper-tier council,
  // so 'Committee' is a loose name for it, not evidence of a second body.
  {slug: 'health-and-wellbeing-board', name: 'Health and Wellbeing Board', kind: 'board',
   aliases: ['H&WB Board', 'H&WBBoard', 'Health and Wellbeing Committee'], rows: [61, 4, 40, 50]},
  // Row 16's task text says 'Adult Safeguarding Board'; its Consulted cell runs
  // 'WSAB' into 'WCC Rough Sleeper Group'.
  {slug: 'worcestershire-safeguarding-adults-board', name: 'Worcestershire Safeguarding Adults Board', kind: 'board',
   aliases: ['WSAB', 'Adult Safeguarding Board', 'Safeguarding Adults Board'], rows: [62, 19, 16]},
  // Never expanded; a 'collaborative' is a group of partners: kind 'partnership'.
  {slug: 'district-collaborative', name: 'District Collaborative', kind: 'partnership', aliases: [], rows: [4]},
  // Whose group is not stated (row 26's plan is 'District-led', WSHOG accountable).
  {slug: 'supported-housing-working-group', name: 'Supported Housing Working Group', kind: 'working-group', aliases: [], rows: [26]}
] AS p
MERGE (n:Party {key: 'board:' + p.slug})
SET n:Board, n += {name: p.name, kind: p.kind, aliases: p.aliases}
WITH n, p, plan
UNWIND p.rows AS row
MERGE (n)-[f:FROM {locator: 'row ' + row}]->(plan) SET f.source = plan.key;

// ---------------------------------------------------------------- the council's roles
// Per authority (MODEL.md: a role is a post in one council). The plan is the city
// council's and names these posts as its own officers' (or members', for the chair).

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  {slug: 'rough-sleeping-co-ordinator', name: 'Rough Sleeping Co-ordinator', aliases: ['Rough Sleeping Coordinator'], rows: [6]},
  {slug: 'head-of-homes-and-communities', name: 'Head of Homes and Communities', aliases: [], rows: [6]},
  {slug: 'strategic-housing-team-manager', name: 'Strategic Housing Team Manager', aliases: [], rows: [14]},
  {slug: 'hwot-manager', name: 'HWOT Manager', aliases: ['Housing and Welfare Options Team Manager'], rows: [34]},
  {slug: 'housing-solutions-and-enabling-officer', name: 'Housing Solutions and Enabling Officer', aliases: [], rows: [26]},
  {slug: 'corporate-director-operations-homes-and-communities', name: 'Corporate Director - Operations, Homes and Communities',
   aliases: ['Corporate Director Operations, Homes and Communities'], rows: [25]},
  // Two posts written as one RACI party, kept as one Role. Which committee is not
  // stated (probably the Communities Committee, row 53); the model has no Role -> Board link.
  {slug: 'committee-chair-and-vice-chair', name: 'Committee Chair and Vice Chair',
   aliases: ['Committee Chair & Vice Chair'], rows: [4, 8]},
  // Responsible in row 42 beside the council's own teams: read as the council's officers.
  {slug: 'homes-for-ukraine-officers', name: 'Homes for Ukraine Officers', aliases: ['Homes for Ukraine Officer'], rows: [42]}
] AS p
MERGE (n:Party {key: 'role:worcester-city-council/' + p.slug})
SET n:Role, n += {name: p.name, aliases: p.aliases, authority: 'org:worcester-city-council'}
WITH n, p, plan
UNWIND p.rows AS row
MERGE (n)-[f:FROM {locator: 'row ' + row}]->(plan) SET f.source = plan.key;

// Prisons Strategic Housing Specialist (row 40): no document says whose post it is
// (the city's, the county's, WSHOG's districts jointly, or the prison service's), so
// it gets a global key and no authority, a deliberate departure from MODEL.md's
// 'roles are always per authority'. Re-key it when a source says whose it is.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
MERGE (n:Party {key: 'role:prisons-strategic-housing-specialist'})
SET n:Role, n += {name: 'Prisons Strategic Housing Specialist', aliases: []}
MERGE (n)-[f:FROM {locator: 'row 40'}]->(plan) SET f.source = plan.key;

// Managers WORKS_IN the team their title names.
MATCH (r:Party {key: 'role:worcester-city-council/strategic-housing-team-manager'}),
      (t:Party {key: 'org:worcester-city-council/strategic-housing-team'})
MERGE (r)-[w:WORKS_IN]->(t)
SET w += {source: 'source:worcester-homelessness-action-plan', locator: 'row 14'};

MATCH (r:Party {key: 'role:worcester-city-council/hwot-manager'}),
      (t:Party {key: 'org:worcester-city-council/housing-and-welfare-options-team'})
MERGE (r)-[w:WORKS_IN]->(t)
SET w += {source: 'source:worcester-homelessness-action-plan', locator: 'row 34'};

// The other officer posts: no document says which team or service area they sit
// in (the Rough Sleeping Co-ordinator's team, the Head of Homes and Communities' or
// the Housing Solutions and Enabling Officer's service area are all unstated), so
// they WORKS_IN the council only. The Committee Chair and Vice Chair are elected
// members, not staff: no WORKS_IN.
UNWIND [
  ['rough-sleeping-co-ordinator', 'row 6'],
  ['head-of-homes-and-communities', 'row 6'],
  ['housing-solutions-and-enabling-officer', 'row 26'],
  ['corporate-director-operations-homes-and-communities', 'row 25'],
  ['homes-for-ukraine-officers', 'row 42']
] AS p
MATCH (r:Party {key: 'role:worcester-city-council/' + p[0]}), (c:Party {key: 'org:worcester-city-council'})
MERGE (r)-[w:WORKS_IN]->(c)
SET w += {source: 'source:worcester-homelessness-action-plan', locator: p[1]};
