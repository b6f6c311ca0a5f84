// The client-group vocabulary: the three groups the plan's Client Group column
// names (Rough Sleepers, Domestic Abuse, Refugees; 'All' is a flag on a task, not a
// group) and every other group the three documents name in their text. Aliases are
// the other ways the texts say it, so the importer and search find one group.
// Then the SERVES edges of the doc 002 services defined in 20-service-structure.
// Not made groups: 'vulnerable people/clients/households' (too general to target),
// and doc 000's 'offending' and 'risk of exploitation' (named as consequences of
// underlying issues, not as people a service or task is for).

MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'}),
      (d000:Source {key: 'source:worcester-cares-working-with-other-charities'}),
      (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
UNWIND [
  {slug: 'rough-sleepers', name: 'Rough Sleepers',
   aliases: ['Rough Sleeper', 'rough sleeping', 'people sleeping rough', 'sleeping rough', 'entrenched rough sleepers'],
   description: 'People sleeping rough, including new, returning and entrenched rough sleepers.',
   from: [[plan, 'row 4'], [plan, 'row 5'], [plan, 'row 6'], [d002, 'The Strategic Housing Service Area, bullet 6 (line 27)']]},
  // A subgroup of Rough Sleepers; the model has no subgroup link, so it stands alone.
  {slug: 'female-rough-sleepers', name: 'Female rough sleepers', aliases: [],
   description: 'Women sleeping rough, whose specific needs the plan asks a gap analysis to identify.',
   from: [[plan, 'row 7'], [plan, 'row 26']]},
  // Named as the plan writes the Client Group cell (row 24); the people are victims/survivors.
  {slug: 'domestic-abuse', name: 'Domestic Abuse',
   aliases: ['victims of domestic abuse', 'survivors of domestic abuse', 'domestic abuse victims', 'people experiencing domestic abuse'],
   description: 'Victims and survivors of domestic abuse.',
   from: [[plan, 'row 24'], [plan, 'row 26']]},
  {slug: 'refugees', name: 'Refugees', aliases: ['refugee population', 'refugee'],
   description: 'The refugee population, including people arriving through resettlement schemes.',
   from: [[plan, 'row 42']]},
  {slug: 'people-with-no-recourse-to-public-funds', name: 'People with no recourse to public funds',
   aliases: ['NRPF', 'no recourse to public funds', 'rough sleepers with NRPF'],
   description: 'People with no recourse to public funds, including rough sleepers with NRPF.',
   from: [[plan, 'row 42']]},
  {slug: 'households-not-entitled-to-assistance-with-housing-costs', name: 'Households not entitled to assistance with housing costs',
   aliases: [],
   description: 'Homeless households who are not entitled to assistance with housing costs, for whom temporary accommodation options are to improve.',
   from: [[plan, 'row 33']]},
  {slug: 'care-leavers', name: 'Care leavers', aliases: ['care leaver'],
   description: 'Young people leaving care; a statutory pathway the plan reviews.',
   from: [[plan, 'row 40']]},
  // Row 40 names 'Prisons' among the statutory services discharging people.
  {slug: 'prison-leavers', name: 'Prison leavers', aliases: ['prison leaver', 'prison release', 'people leaving prison'],
   description: 'People released from prison; row 40 names Prisons among the statutory services with which planned moves and discharges are to increase.',
   from: [[plan, 'row 40']]},
  {slug: 'former-military-personnel', name: 'Former military personnel', aliases: ['veterans', 'armed forces veterans', 'ex-military'],
   description: 'People who have left the armed forces.',
   from: [[plan, 'row 40']]},
  {slug: 'families-in-bandb', name: 'Families in B&B',
   aliases: ['families placed in B&B accommodation', 'families in bed and breakfast'],
   description: 'Homeless families placed in bed and breakfast accommodation, which the plan means to limit to emergencies and to no more than six weeks.',
   from: [[plan, 'row 34']]},
  {slug: 'single-homeless', name: 'Single homeless', aliases: ['single homeless people'],
   description: 'Single homeless people, for whom the Integrated Gateways Service aims to make a real difference.',
   from: [[d002, 'The Housing and Welfare Options Service Area, bullet 7 (line 42)']]},
  {slug: 'non-statutory-homeless-clients', name: 'Non-statutory homeless clients', aliases: ['non statutory homeless'],
   description: 'Homeless clients who are not statutory homeless.',
   from: [[d002, 'The Housing and Welfare Options Service Area, bullet 3 (line 38)']]},
  {slug: 'homeless-households', name: 'Homeless households', aliases: ['homeless household'],
   description: 'Households who are homeless.',
   from: [[d002, 'The Housing and Welfare Options Service Area, bullet 2 (line 37)'], [plan, 'row 17'], [plan, 'row 33']]},
  {slug: 'low-income-households', name: 'Low income households', aliases: ['low-income households'],
   description: 'Low income households struggling with the cost of living, at risk of homelessness.',
   from: [[plan, 'row 14']]},
  {slug: 'people-with-complex-needs', name: 'People with complex needs',
   aliases: ['multiple and complex needs', 'people with multiple and complex needs', 'complex needs'],
   description: 'Individuals with multiple and complex needs at risk of homelessness.',
   from: [[plan, 'row 19']]},
  {slug: 'people-with-mental-health-needs', name: 'People with mental health needs',
   aliases: ['mental health', 'mental health needs', 'mental health issues'],
   description: 'People whose mental health underlies or contributes to their homelessness.',
   from: [[plan, 'row 4'], [plan, 'row 15'], [plan, 'row 26'], [d000, 'Our Alliance, role 1 (line 12)']]},
  {slug: 'people-who-misuse-substances', name: 'People who misuse substances',
   aliases: ['substance misuse', 'substance abuse', 'substance abuse issues'],
   description: 'People whose substance misuse underlies or contributes to their homelessness.',
   from: [[plan, 'row 4'], [plan, 'row 15'], [plan, 'row 26'], [d000, 'Our Alliance, role 1 (line 12)']]},
  {slug: 'private-renters', name: 'Private renters', aliases: ['private rented sector tenants'],
   description: 'Tenants in the private rented sector (PRS), affected by the Renters Reform Act.',
   from: [[plan, 'row 43']]},
  {slug: 'children-and-young-people', name: 'Children and young people', aliases: ['children', 'young people'],
   description: 'Children and young people, for whom Worcester Community Trust provides services.',
   from: [[d002, 'The Community Activity Service Area, Community Partnerships (line 64)']]},
  {slug: 'older-people', name: 'Older people', aliases: ['the elderly', 'elderly people'],
   description: 'The elderly, for whom Worcester Community Trust provides services.',
   from: [[d002, 'The Community Activity Service Area, Community Partnerships (line 64)']]}
] AS g
MERGE (n:ClientGroup {key: 'clientgroup:' + g.slug})
SET n += {name: g.name, aliases: g.aliases, description: g.description}
WITH n, g
UNWIND g.from AS src
WITH n, src[0] AS s, src[1] AS locator
MERGE (n)-[f:FROM {locator: locator}]->(s) SET f.source = s.key;

// Who the doc 002 services are for, where the text names them.
UNWIND [
  ['service:nsno', 'clientgroup:rough-sleepers', 'source:strategic-housing-and-community-activity-service', 'The Strategic Housing Service Area, bullet 6 (line 27)'],
  ['service:worcester-city-council/temporary-accommodation', 'clientgroup:homeless-households', 'source:strategic-housing-and-community-activity-service', 'The Housing and Welfare Options Service Area, bullet 2 (line 37)'],
  ['service:worcester-city-council/advice-for-non-statutory-homeless', 'clientgroup:non-statutory-homeless-clients', 'source:strategic-housing-and-community-activity-service', 'The Housing and Welfare Options Service Area, bullet 3 (line 38)'],
  ['service:worcester-city-council/integrated-gateways-service', 'clientgroup:single-homeless', 'source:strategic-housing-and-community-activity-service', 'The Housing and Welfare Options Service Area, bullet 7 (line 42)'],
  // Row 14: the welfare offer, on which DWAS is consulted, 'supports low income
  // households with the cost of living'.
  ['service:dwas', 'clientgroup:low-income-households', 'source:worcester-homelessness-action-plan', 'row 14'],
  ['service:worcester-community-trust-community-centres', 'clientgroup:children-and-young-people', 'source:strategic-housing-and-community-activity-service', 'The Community Activity Service Area, Community Partnerships (line 64)'],
  ['service:worcester-community-trust-community-centres', 'clientgroup:older-people', 'source:strategic-housing-and-community-activity-service', 'The Community Activity Service Area, Community Partnerships (line 64)']
] AS l
MATCH (s:Service {key: l[0]}), (g:ClientGroup {key: l[1]})
MERGE (s)-[r:SERVES]->(g)
SET r += {source: l[2], locator: l[3]};
