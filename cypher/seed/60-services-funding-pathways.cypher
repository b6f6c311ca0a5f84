// Services and funding streams the action plan's text names, and the routes
// (Pathways) the texts describe. A service named by both doc 002 and the plan is
// one node (NSNO, temporary accommodation): this file adds the plan's FROMs to it.
// FUNDED_BY only where a text ties a service to a stream; SERVES where the row's
// Client Group cell or text names who it is for. Most services here are proposals
// the plan means to explore or develop: their descriptions say so.

// ---------------------------------------------------------------- funding streams

// RSI and RSAP are not in the plan's glossary; these are the standard names of the
// two government rough sleeping programmes the abbreviations stand for. Row 5 names
// them beside 'other contracts' but ties no named service to either: no FUNDED_BY.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  {key: 'funding:rsi', name: 'Rough Sleeping Initiative', aliases: ['RSI'],
   description: 'Rough sleeping funding whose contracts the plan monitors (row 5). The plan names no service it funds.',
   rows: [5]},
  {key: 'funding:rsap', name: 'Rough Sleeping Accommodation Programme', aliases: ['RSAP'],
   description: 'Rough sleeping accommodation funding whose contracts the plan monitors (row 5). The plan names no service it funds.',
   rows: [5]},
  // The plan names it only through the 'Homes for Ukraine Officers' (row 42).
  {key: 'funding:homes-for-ukraine', name: 'Homes for Ukraine', aliases: [],
   description: 'Funding for the Homes for Ukraine scheme, whose council officers work through resettlement schemes to prevent homelessness among refugees (row 42).',
   rows: [42]}
] AS fs
MERGE (n:FundingStream {key: fs.key})
SET n += {name: fs.name, aliases: fs.aliases, description: fs.description}
WITH n, fs, plan
UNWIND fs.rows AS row
MERGE (n)-[f:FROM {locator: 'row ' + row}]->(plan) SET f.source = plan.key;

// ---------------------------------------------------------------- services named in the plan
// Keys: per authority where the plan places the service in Worcester City or in the
// council's own work; global where it is a national model or a countywide framework
// the plan does not make the council's.

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  {key: 'service:housing-first', name: 'Housing First', aliases: [],
   description: 'A contracted service for rough sleepers whose outcomes the plan monitors (row 5). The plan does not say who commissions or delivers it, nor how it is funded.',
   rows: [5]},
  {key: 'service:specialist-mental-health-and-substance-misuse-provision', name: 'Specialist mental health and substance misuse provision',
   aliases: ['specialist support provision for mental health and substance misuse'],
   description: 'To be developed (row 4) with Public Health and mental health services, to tackle the underlying causes of rough sleeping; not yet in place.',
   rows: [4]},
  {key: 'service:worcester-city-council/assessment-centre', name: 'Assessment centre', aliases: [],
   description: 'A rough sleeper accommodation model the plan explores co-locating with NSNO and step-down accommodation (row 8); no document says one exists in Worcester.',
   rows: [8]},
  {key: 'service:worcester-city-council/step-down-accommodation', name: 'Step-down accommodation', aliases: ['step down accommodation'],
   description: 'A rough sleeper accommodation model the plan explores co-locating with an assessment centre and NSNO (row 8); no document says it exists in Worcester.',
   rows: [8]},
  {key: 'service:peer-mentoring', name: 'Peer mentoring services', aliases: ['peer mentoring'],
   description: 'Peer mentoring by people with lived experience of rough sleeping, mental health or substance misuse, working alongside existing support services; the plan supports its development (row 15): not yet in place.',
   rows: [15]},
  // Global: a multi-agency adult risk framework the plan links to the county's
  // Safeguarding Adults Board (row 16); it does not make it the council's.
  {key: 'service:complex-adult-risk-management-framework', name: 'Complex Adult Risk Management framework',
   aliases: ['CARM', 'CARM framework'],
   description: 'A framework for working with partners to address individuals with multiple and complex needs at risk of homelessness with intervention and support; the plan adopts and embeds it (row 19) and disseminates it with the Adult Safeguarding Board (row 16).',
   rows: [19, 16]},
  {key: 'service:worcester-city-council/safe-house-accommodation', name: 'Safe house accommodation', aliases: ['safe accommodation'],
   description: 'Ten units of safe house accommodation in Worcester City for victims of domestic abuse to receive accommodation-based support; to be delivered (row 24).',
   rows: [24]},
  {key: 'service:worcester-city-council/supported-housing-accreditation-scheme', name: 'Supported Housing Accreditation Scheme', aliases: [],
   description: 'Does not exist yet: the plan explores the value and feasibility of developing it (row 27), to ensure the quality and cost effectiveness of privately operated supported accommodation in the city.',
   rows: [27]},
  // B&B is a form of emergency accommodation; the model has no link between two
  // services but MENTIONS, so it stands as its own service.
  {key: 'service:worcester-city-council/bandb-accommodation', name: 'B&B accommodation',
   aliases: ['B&B', 'bed and breakfast accommodation'],
   description: 'Bed and breakfast placements for homeless families; the plan means to use them only as emergency provision and for no longer than six weeks (row 34).',
   rows: [34]},
  {key: 'service:resettlement-schemes', name: 'Resettlement schemes', aliases: ['refugee resettlement schemes'],
   description: 'The schemes through which the council works proactively to prevent homelessness in the refugee population (row 42); the plan names only Homes for Ukraine among them.',
   rows: [42]},
  {key: 'service:homes-for-ukraine', name: 'Homes for Ukraine', aliases: ['Homes for Ukraine scheme'],
   description: 'The resettlement scheme for people from Ukraine, on which the council\'s Homes for Ukraine Officers work (row 42).',
   rows: [42]},
  // A measurement tool, not provision; kept as a service (a 'function' in domain.md)
  // because the plan adopts it to measure the council's approach to rough sleeping.
  {key: 'service:share-framework', name: 'SHARE framework', aliases: ['SHARE framework indicators'],
   description: 'The Centre for Homeless Impact\'s SHARE framework indicators, which the plan adopts to measure the success of the council\'s approach to rough sleeping (row 6).',
   rows: [6]}
] AS sv
MERGE (n:Service {key: sv.key})
SET n += {name: sv.name, aliases: sv.aliases, description: sv.description, statutory: false}
WITH n, sv, plan
UNWIND sv.rows AS row
MERGE (n)-[f:FROM {locator: 'row ' + row}]->(plan) SET f.source = plan.key;

// The plan's mentions of services doc 002 already defines: FROMs only, nothing overwritten.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
UNWIND [
  ['service:nsno', 'row 8'], ['service:nsno', 'row 64'],
  ['service:worcester-city-council/temporary-accommodation', 'row 32'],
  ['service:worcester-city-council/temporary-accommodation', 'row 33'],
  ['service:worcester-city-council/temporary-accommodation', 'row 35'],
  ['service:worcester-city-council/homelessness-prevention-casework', 'row 40'],
  ['service:worcester-city-council/homelessness-prevention-casework', 'row 44']
] AS m
MATCH (n:Service {key: m[0]})
MERGE (n)-[f:FROM {locator: m[1]}]->(plan) SET f.source = plan.key;

// The body behind the SHARE framework; row 6 writes 'Centre for Homeless Impact'.
// The plan does not say what kind of body it is: 'other'.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
MERGE (n:Party {key: 'org:centre-for-homeless-impact'})
SET n:Organisation, n += {name: 'Centre for Homeless Impact', kind: 'other', aliases: ['Centre for Homelessness Impact']}
MERGE (n)-[f:FROM {locator: 'row 6'}]->(plan) SET f.source = plan.key;

MATCH (o:Party {key: 'org:centre-for-homeless-impact'}), (s:Service {key: 'service:share-framework'})
MERGE (o)-[r:PROVIDES]->(s)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 6'};

// The local homelessness forum (row 53): existing arrangements to be reviewed and a
// forum developed to monitor the action plan. A group that meets and oversees, so
// a Board of kind 'forum', not a Service; per authority because it is the city's,
// set up under the council's plan.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
MERGE (n:Party {key: 'board:worcester-city-council/local-homelessness-forum'})
SET n:Board, n += {
  name: 'Local homelessness forum',
  kind: 'forum',
  aliases: ['local homelessness forum arrangements'],
  authority: 'org:worcester-city-council',
  description: 'Local homelessness forum arrangements in Worcester City are to be reviewed and a forum developed whose responsibilities will include monitoring of the action plan (row 53).'
}
MERGE (n)-[f:FROM {locator: 'row 53'}]->(plan) SET f.source = plan.key;

// ---------------------------------------------------------------- who they are for, how they are funded

UNWIND [
  ['service:housing-first', 'clientgroup:rough-sleepers', 'row 5'],
  ['service:specialist-mental-health-and-substance-misuse-provision', 'clientgroup:rough-sleepers', 'row 4'],
  ['service:specialist-mental-health-and-substance-misuse-provision', 'clientgroup:people-with-mental-health-needs', 'row 4'],
  ['service:specialist-mental-health-and-substance-misuse-provision', 'clientgroup:people-who-misuse-substances', 'row 4'],
  ['service:worcester-city-council/assessment-centre', 'clientgroup:rough-sleepers', 'row 8'],
  ['service:worcester-city-council/step-down-accommodation', 'clientgroup:rough-sleepers', 'row 8'],
  ['service:peer-mentoring', 'clientgroup:rough-sleepers', 'row 15'],
  ['service:complex-adult-risk-management-framework', 'clientgroup:people-with-complex-needs', 'row 19'],
  ['service:worcester-city-council/safe-house-accommodation', 'clientgroup:domestic-abuse', 'row 24'],
  ['service:worcester-city-council/bandb-accommodation', 'clientgroup:families-in-bandb', 'row 34'],
  // Row 33's measure: better temporary accommodation options for these households.
  ['service:worcester-city-council/temporary-accommodation', 'clientgroup:households-not-entitled-to-assistance-with-housing-costs', 'row 33'],
  ['service:resettlement-schemes', 'clientgroup:refugees', 'row 42'],
  ['service:homes-for-ukraine', 'clientgroup:refugees', 'row 42']
] AS l
MATCH (s:Service {key: l[0]}), (g:ClientGroup {key: l[1]})
MERGE (s)-[r:SERVES]->(g)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: l[2]};

// The only stream the plan ties to a service: the scheme and its funding share one
// name (row 42). RSI and RSAP stay unattached (see above).
MATCH (s:Service {key: 'service:homes-for-ukraine'}), (fs:FundingStream {key: 'funding:homes-for-ukraine'})
MERGE (s)-[r:FUNDED_BY]->(fs)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 42'};

MATCH (s:Service {key: 'service:homes-for-ukraine'}), (p:Party {key: 'role:worcester-city-council/homes-for-ukraine-officers'})
MERGE (s)-[r:MENTIONS]->(p)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 42'};

MATCH (s:Service {key: 'service:resettlement-schemes'}), (h:Service {key: 'service:homes-for-ukraine'})
MERGE (s)-[r:MENTIONS]->(h)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 42'};

MATCH (s:Service {key: 'service:complex-adult-risk-management-framework'}), (b:Party {key: 'board:worcestershire-safeguarding-adults-board'})
MERGE (s)-[r:MENTIONS]->(b)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 16'};

MATCH (s:Service {key: 'service:specialist-mental-health-and-substance-misuse-provision'}), (p:Party)
WHERE p.key IN ['org:public-health', 'org:mental-health-services']
MERGE (s)-[r:MENTIONS]->(p)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 4'};

// ---------------------------------------------------------------- pathways
// Each drawn from the text; its description names the row. A route stops where the
// text stops: where no document names the next service, the last step is a dead
// end, left for the pathway-dead-end rule rather than filled with a guess.

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'}),
      (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
UNWIND [
  {slug: 'rough-sleeper-accommodation', name: 'Rough sleeper accommodation route',
   description: 'From row 8, which explores co-locating NSNO, an assessment centre and step-down accommodation for rough sleepers (in that order here: off the street, assessed, stepped down). Row 6 aims to move the most entrenched into secure and sustainable accommodation, but no document names a move-on service after step-down: the route ends there.',
   from: [[plan, 'row 8'], [plan, 'row 6']]},
  {slug: 'prison-release', name: 'Prison release',
   description: 'From row 40: pathways with statutory services such as Prisons, to increase planned moves and discharges, giving more time for prevention work and avoiding the need for temporary accommodation. The Prisons Strategic Housing Specialist is consulted. No document names where people go after prevention.',
   from: [[plan, 'row 40']]},
  {slug: 'health-and-mental-health-discharge', name: 'Health and mental health discharge',
   description: 'From row 40: pathways with statutory services such as Health and Mental Health services, to increase planned discharges and give more time for prevention work. Only Mental Health Services has a node (MH Services, consulted in row 40); Health has none, and Social Care (Adult Social Care, consulted in row 40) has no client group named for it, so neither is drawn as a route. No document names where people go after prevention.',
   from: [[plan, 'row 40']]},
  {slug: 'care-leavers', name: 'Care leavers',
   description: 'From row 40: planned moves of care leavers, giving more time for prevention work. No document names the service people leave care from, nor where they go after prevention.',
   from: [[plan, 'row 40']]},
  {slug: 'former-military-personnel', name: 'Former military personnel',
   description: 'From row 40: planned moves of former military personnel, giving more time for prevention work. No document names the service they come from, nor where they go after prevention.',
   from: [[plan, 'row 40']]},
  {slug: 'refugee-resettlement', name: 'Refugee resettlement',
   description: 'From row 42: working through resettlement schemes to prevent homelessness in the refugee population. No document names where people go after prevention.',
   from: [[plan, 'row 42']]},
  {slug: 'temporary-accommodation', name: 'Homeless household into temporary accommodation',
   description: 'From doc 002 (the Housing and Welfare Options service area: statutory assessment, then temporary and emergency accommodation for homeless households) and row 32, which wants clear pathways and tools for effective and timely move-on from temporary accommodation but names no move-on service: the route ends in temporary accommodation.',
   from: [[d002, 'The Housing and Welfare Options Service Area, bullets 1-2 (lines 36-37)'], [plan, 'row 32']]}
] AS pw
MERGE (n:Pathway {key: 'pathway:worcester-city-council/' + pw.slug})
SET n += {name: pw.name, description: pw.description}
WITH n, pw
UNWIND pw.from AS src
WITH n, src[0] AS s, src[1] AS locator
MERGE (n)-[f:FROM {locator: locator}]->(s) SET f.source = s.key;

// STEP {order}: [pathway slug, order, target key (Service or Organisation), source, locator]
UNWIND [
  ['rough-sleeper-accommodation', 1, 'service:nsno', 'source:worcester-homelessness-action-plan', 'row 8'],
  ['rough-sleeper-accommodation', 2, 'service:worcester-city-council/assessment-centre', 'source:worcester-homelessness-action-plan', 'row 8'],
  ['rough-sleeper-accommodation', 3, 'service:worcester-city-council/step-down-accommodation', 'source:worcester-homelessness-action-plan', 'row 8'],
  ['prison-release', 1, 'org:prisons', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['prison-release', 2, 'service:worcester-city-council/homelessness-prevention-casework', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['health-and-mental-health-discharge', 1, 'org:mental-health-services', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['health-and-mental-health-discharge', 2, 'service:worcester-city-council/homelessness-prevention-casework', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['care-leavers', 1, 'service:worcester-city-council/homelessness-prevention-casework', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['former-military-personnel', 1, 'service:worcester-city-council/homelessness-prevention-casework', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['refugee-resettlement', 1, 'service:resettlement-schemes', 'source:worcester-homelessness-action-plan', 'row 42'],
  ['refugee-resettlement', 2, 'service:worcester-city-council/homelessness-prevention-casework', 'source:worcester-homelessness-action-plan', 'row 42'],
  ['temporary-accommodation', 1, 'service:worcester-city-council/statutory-homelessness-assessment', 'source:strategic-housing-and-community-activity-service', 'The Housing and Welfare Options Service Area, bullet 1 (line 36)'],
  ['temporary-accommodation', 2, 'service:worcester-city-council/temporary-accommodation', 'source:strategic-housing-and-community-activity-service', 'The Housing and Welfare Options Service Area, bullet 2 (line 37)']
] AS st
MATCH (p:Pathway {key: 'pathway:worcester-city-council/' + st[0]})
MATCH (t {key: st[2]}) WHERE t:Service OR t:Organisation
MERGE (p)-[r:STEP {order: st[1]}]->(t)
SET r += {source: st[3], locator: st[4]};

UNWIND [
  ['rough-sleeper-accommodation', 'clientgroup:rough-sleepers', 'source:worcester-homelessness-action-plan', 'row 8'],
  ['prison-release', 'clientgroup:prison-leavers', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['health-and-mental-health-discharge', 'clientgroup:people-with-mental-health-needs', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['care-leavers', 'clientgroup:care-leavers', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['former-military-personnel', 'clientgroup:former-military-personnel', 'source:worcester-homelessness-action-plan', 'row 40'],
  ['refugee-resettlement', 'clientgroup:refugees', 'source:worcester-homelessness-action-plan', 'row 42'],
  ['temporary-accommodation', 'clientgroup:homeless-households', 'source:strategic-housing-and-community-activity-service', 'The Housing and Welfare Options Service Area, bullet 2 (line 37)']
] AS fr
MATCH (p:Pathway {key: 'pathway:worcester-city-council/' + fr[0]}), (g:ClientGroup {key: fr[1]})
MERGE (p)-[r:FOR]->(g)
SET r += {source: fr[2], locator: fr[3]};
