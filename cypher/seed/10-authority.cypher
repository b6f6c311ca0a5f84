// The authority the plan belongs to, the plan itself, and the two other
// public bodies above it that the documents name: the county council and the
// government department.

// Worcester City Council: the authority (global key: a council is its own authority,
// so it has no `authority` property). Aliases: the glossary's WCC (row 61),
// 'City Council' (doc 000, doc 002), 'Worcester City' (the plan's own short form).
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'}),
      (d000:Source {key: 'source:worcester-cares-working-with-other-charities'}),
      (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:worcester-city-council'})
SET n:Organisation,
    n += {name: 'Worcester City Council', kind: 'council', aliases: ['WCC', 'Worcester City', 'City Council']}
MERGE (n)-[f1:FROM {locator: 'row 61'}]->(plan) SET f1.source = plan.key
MERGE (n)-[f2:FROM {locator: 'row 53'}]->(plan) SET f2.source = plan.key
MERGE (n)-[f3:FROM {locator: 'Our Alliance, role 4 (line 18)'}]->(d000) SET f3.source = d000.key
MERGE (n)-[f4:FROM {locator: 'The Community Activity Service Area, Our Happy Place (line 53)'}]->(d002) SET f4.source = d002.key;

// The plan. startYear 2023: its earliest timescales are April 2023 (row 7) and Jun-23 (row 19).
// Row 53 calls it the 'Homelessness and Rough Sleeper Action Plan'; Plan has no
// aliases property, so the title is the one the project uses.
// checksum is left to the importer (sha256 of the file it imports): SET += never removes it.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'})
MERGE (p:Plan {key: 'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan'})
SET p += {title: 'Homelessness and Rough Sleeping Action Plan', authority: 'org:worcester-city-council', startYear: 2023}
MERGE (p)-[f1:FROM {locator: 'row 53'}]->(plan) SET f1.source = plan.key
MERGE (p)-[f2:FROM {locator: 'row 7'}]->(plan) SET f2.source = plan.key;

MATCH (p:Plan {key: 'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan'}),
      (c:Party {key: 'org:worcester-city-council'})
MERGE (p)-[r:BY]->(c)
SET r += {source: 'source:worcester-homelessness-action-plan', locator: 'row 53'};

// Worcestershire County Council: doc 002 names it as the social services authority
// through which the city council indirectly commissions support services.
// Global key, no `authority`: it is an authority in its own right.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:worcestershire-county-council'})
SET n:Organisation,
    n += {name: 'Worcestershire County Council', kind: 'council', aliases: ['County Council']}
MERGE (n)-[f:FROM {locator: 'The Strategic Housing Service Area, bullet 5 (line 26)'}]->(d002) SET f.source = d002.key;

// One department under its successive names: DCLG (to 2018) became MHCLG, then
// DLUHC (2021-2024), then MHCLG again. Doc 002 writes DCLG and, once, 'DGLG' (a
// typo). The plan writes DLUHC and its glossary spells it 'Department of Levelling
// Up Homes and Communities'. One party, every name an alias. The key uses the plan's
// abbreviation, not a slug of the name, because the name keeps changing.
MATCH (plan:Source {key: 'source:worcester-homelessness-action-plan'}),
      (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:dluhc'})
SET n:Organisation,
    n += {
      name: 'Department for Levelling Up, Housing and Communities',
      kind: 'government',
      aliases: ['DLUHC', 'DCLG', 'DGLG', 'Department for Communities and Local Government',
                'Department of Levelling Up Homes and Communities',
                'Department for Levelling Up, Housing and Communities',
                'MHCLG', 'Ministry of Housing, Communities and Local Government']
    }
MERGE (n)-[f1:FROM {locator: 'row 58'}]->(plan) SET f1.source = plan.key
MERGE (n)-[f2:FROM {locator: 'row 5'}]->(plan) SET f2.source = plan.key
MERGE (n)-[f3:FROM {locator: 'The Strategic Housing Service Area, bullets 8-9 (lines 29-30)'}]->(d002) SET f3.source = d002.key;
