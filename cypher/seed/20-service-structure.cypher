// Doc 002: the council's Strategic Housing & Community Activity Service, its
// four service areas, what each provides, the wards, roles, partnerships and
// community bodies it names. Who a service is for (SERVES) is added in
// 50-client-groups.cypher, after the client groups exist.

// ---------------------------------------------------------------- the department

// Modelled as an Organisation of kind 'team' (a unit of the council), not as a
// ServiceArea: doc 002 says it *has* four service areas, so it sits one level
// above them, and the model's only home for a council unit above a service area
// is an Organisation PART_OF the council. It holds no RACI letter in the plan.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:worcester-city-council/strategic-housing-and-community-activity-service'})
SET n:Organisation,
    n += {
      name: 'Strategic Housing & Community Activity Service',
      kind: 'team',
      aliases: [],
      authority: 'org:worcester-city-council',
      description: 'The council service made up of four service areas that have close links and working relationships: Strategic Housing, Housing and Welfare Options, Private Sector Housing and Community Activity.'
    }
MERGE (n)-[f:FROM {locator: 'Strategic Housing & Community Activity Service (lines 1-8)'}]->(d002) SET f.source = d002.key;

MATCH (n:Party {key: 'org:worcester-city-council/strategic-housing-and-community-activity-service'}),
      (c:Party {key: 'org:worcester-city-council'})
MERGE (n)-[r:PART_OF]->(c)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Strategic Housing Service Area (line 12)'};

// ---------------------------------------------------------------- service areas
// Each service area is PART_OF the council (the model's ServiceArea -> Organisation
// link, one hop for "the council's service areas") and PART_OF the department (the
// fact doc 002 states: the service "has four service areas").

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:ServiceArea {key: 'servicearea:worcester-city-council/strategic-housing'})
SET n += {
  name: 'Strategic Housing',
  description: 'Works to provide affordable, safe and secure homes throughout the City: more good quality affordable homes, better use of the existing housing stock, better and more accessible housing services and choice for residents; develops, implements and evaluates housing strategies with stakeholders and partners; builds working relationships with partner agencies so that housing meets the needs of current and future residents.'
}
MERGE (n)-[f1:FROM {locator: 'list of service areas, item 1 (line 5)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'The Strategic Housing Service Area (lines 10-32)'}]->(d002) SET f2.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:ServiceArea {key: 'servicearea:worcester-city-council/housing-and-welfare-options'})
SET n += {
  name: 'Housing and Welfare Options',
  description: 'The statutory assessment of homelessness, temporary and emergency accommodation, advice for non-statutory homeless clients, prevention casework, the homelessness strategy, the Home Choice Plus lettings register, the Integrated Gateways Service and the South Worcestershire Discretionary Welfare Assistance Scheme.'
}
MERGE (n)-[f1:FROM {locator: 'list of service areas, item 2 (line 6)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'The Housing and Welfare Options Service Area (lines 34-45)'}]->(d002) SET f2.source = d002.key;

// Private Sector Housing: doc 002 lists it and gives it a heading (line 47) but no
// text at all, so it is created with no services and no description of its work.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:ServiceArea {key: 'servicearea:worcester-city-council/private-sector-housing'})
SET n += {
  name: 'Private Sector Housing',
  description: 'One of the four service areas; the source document gives its heading but no text, so nothing is known of what it provides.'
}
MERGE (n)-[f1:FROM {locator: 'list of service areas, item 3 (line 7)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'Private Sector Housing Service Area (line 47, heading only)'}]->(d002) SET f2.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:ServiceArea {key: 'servicearea:worcester-city-council/community-activity'})
SET n += {
  name: 'Community Activity',
  description: 'Our Happy Place community grants, the Community Safety Detached Team and community partnerships. Its aims: a Community Activity Strategy for the City Council; community grant and projects; promote social inclusion; encourage independence and develop personal resilience; build positive relations between different groups and communities to maintain community cohesion in Worcester.'
}
MERGE (n)-[f1:FROM {locator: 'list of service areas, item 4 (line 8)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'The Community Activity Service Area (lines 49-70)'}]->(d002) SET f2.source = d002.key;

MATCH (sa:ServiceArea), (c:Party {key: 'org:worcester-city-council'}),
      (dept:Party {key: 'org:worcester-city-council/strategic-housing-and-community-activity-service'})
WHERE sa.key IN ['servicearea:worcester-city-council/strategic-housing',
                 'servicearea:worcester-city-council/housing-and-welfare-options',
                 'servicearea:worcester-city-council/private-sector-housing',
                 'servicearea:worcester-city-council/community-activity']
MERGE (sa)-[r1:PART_OF]->(c)
SET r1 += {source: 'source:strategic-housing-and-community-activity-service', locator: 'list of service areas (lines 3-8)'}
MERGE (sa)-[r2:PART_OF]->(dept)
SET r2 += {source: 'source:strategic-housing-and-community-activity-service', locator: 'list of service areas (lines 3-8)'};

// ---------------------------------------------------------------- Strategic Housing: services
// Bullets 1-3 of the Strategic Housing list ('Effective internal and external
// partnerships working...', 'Effective action to increase homelessness prevention...',
// 'Partnership working') are outcomes and ways of working, not something delivered
// to people; they live in the service area's description, not as services.

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/affordable-and-supported-housing-enabling'})
SET n += {
  name: 'Enabling affordable and supported housing',
  aliases: ['housing enabling'],
  description: 'Enabling the delivery of affordable and supported housing to meet the diverse housing needs of the community.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Strategic Housing Service Area, bullet 4 (line 25)'}]->(d002) SET f.source = d002.key;

// One service for both commissioning bullets: indirect (through the County Council)
// and direct (e.g. CCP). The text calls its clients only 'vulnerable clients', which
// names no client group, so it SERVES nothing.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/support-services-commissioning'})
SET n += {
  name: 'Commissioning of support services',
  aliases: [],
  description: 'Indirectly assisting with the commissioning of other support services through liaison with the County Council (social services authority), and directly commissioning specific support services for vulnerable clients such as CCP.',
  statutory: false
}
MERGE (n)-[f1:FROM {locator: 'The Strategic Housing Service Area, bullet 5 (line 26)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'The Strategic Housing Service Area, bullet 7 (line 28)'}]->(d002) SET f2.source = d002.key;

// CCP: doc 002 names it only as an example of a directly commissioned support
// service and never expands it, so its kind is 'other' until a source says more.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:ccp'})
SET n:Organisation, n += {name: 'CCP', kind: 'other', aliases: []}
MERGE (n)-[f:FROM {locator: 'The Strategic Housing Service Area, bullet 7 (line 28)'}]->(d002) SET f.source = d002.key;

// No Second Night Out itself: one node for doc 002 and the plan (rows 8, 64).
// Global key, as MODEL.md's example: NSNO is a national standard, not a council scheme.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:nsno'})
SET n += {
  name: 'No Second Night Out',
  aliases: ['NSNO'],
  description: 'Rough sleeping provision so that no one sleeps out a second night. Doc 002 has the council monitor NSNO rough sleeping in the city; the plan (row 8) explores co-locating NSNO with an assessment centre and step-down accommodation. No document says who delivers it.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Strategic Housing Service Area, bullet 6 (line 27)'}]->(d002) SET f.source = d002.key;

// The text says the service area *monitors* NSNO, not that it delivers it, so the
// monitoring is the service it PROVIDES, and it MENTIONS NSNO.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/nsno-monitoring'})
SET n += {
  name: 'No Second Night Out monitoring',
  aliases: ['NSNO monitoring'],
  description: 'Monitor No Second Night Out (NSNO) rough sleeping in the City.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Strategic Housing Service Area, bullet 6 (line 27)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/housing-data-and-returns'})
SET n += {
  name: 'Housing data and returns',
  aliases: [],
  description: 'Gathers relevant data to monitor and provide data for internal and external purposes, such as returns to the Department for Communities and Local Government.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Strategic Housing Service Area, bullet 8 (lines 29-30)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/housing-policy-and-strategy-development'})
SET n += {
  name: 'Housing policy and strategy development',
  aliases: ['housing strategies'],
  description: 'Develop, implement and evaluate the success of housing strategies and policies, co-ordinating the involvement of stakeholders and partners in the strategic process.',
  statutory: false
}
MERGE (n)-[f1:FROM {locator: 'The Strategic Housing Service Area (line 18)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'The Strategic Housing Service Area, Development of housing policies and strategies (line 32)'}]->(d002) SET f2.source = d002.key;

UNWIND [
  ['service:worcester-city-council/affordable-and-supported-housing-enabling', 'The Strategic Housing Service Area, bullet 4 (line 25)'],
  ['service:worcester-city-council/support-services-commissioning', 'The Strategic Housing Service Area, bullets 5 and 7 (lines 26, 28)'],
  ['service:worcester-city-council/nsno-monitoring', 'The Strategic Housing Service Area, bullet 6 (line 27)'],
  ['service:worcester-city-council/housing-data-and-returns', 'The Strategic Housing Service Area, bullet 8 (lines 29-30)'],
  ['service:worcester-city-council/housing-policy-and-strategy-development', 'The Strategic Housing Service Area (lines 18, 32)']
] AS p
MATCH (sa:ServiceArea {key: 'servicearea:worcester-city-council/strategic-housing'}), (s:Service {key: p[0]})
MERGE (sa)-[r:PROVIDES]->(s)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: p[1]};

MATCH (a:Service {key: 'service:worcester-city-council/nsno-monitoring'}), (b:Service {key: 'service:nsno'})
MERGE (a)-[r:MENTIONS]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Strategic Housing Service Area, bullet 6 (line 27)'};

MATCH (a:Service {key: 'service:worcester-city-council/support-services-commissioning'}), (b:Party {key: 'org:worcestershire-county-council'})
MERGE (a)-[r:MENTIONS]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Strategic Housing Service Area, bullet 5 (line 26)'};

MATCH (a:Service {key: 'service:worcester-city-council/support-services-commissioning'}), (b:Party {key: 'org:ccp'})
MERGE (a)-[r:MENTIONS]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Strategic Housing Service Area, bullet 7 (line 28)'};

MATCH (a:Service {key: 'service:worcester-city-council/housing-data-and-returns'}), (b:Party {key: 'org:dluhc'})
MERGE (a)-[r:MENTIONS]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Strategic Housing Service Area, bullets 8-9 (lines 29-30)'};

// ---------------------------------------------------------------- Housing and Welfare Options: services

// The only service doc 002 calls statutory.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/statutory-homelessness-assessment'})
SET n += {
  name: 'Statutory homelessness assessment',
  aliases: ['statutory assessment of homelessness', 'homelessness assessment'],
  description: 'Provides the statutory assessment of homelessness.',
  statutory: true
}
MERGE (n)-[f:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 1 (line 36)'}]->(d002) SET f.source = d002.key;

// The same temporary accommodation the plan reviews (rows 32-35); the plan's
// FROMs are added in 60-services-funding-pathways.cypher.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/temporary-accommodation'})
SET n += {
  name: 'Temporary and emergency accommodation',
  aliases: ['temporary accommodation', 'emergency accommodation', 'TA'],
  description: 'Provides temporary and emergency accommodation for homeless households where appropriate.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 2 (line 37)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/advice-for-non-statutory-homeless'})
SET n += {
  name: 'Advice and assistance for non-statutory homeless clients',
  aliases: ['housing advice'],
  description: 'Provides advice and assistance for non statutory homeless clients.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 3 (line 38)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/homelessness-prevention-casework'})
SET n += {
  name: 'Homelessness prevention casework',
  aliases: ['homelessness prevention', 'prevention casework'],
  description: 'Works to prevent homelessness through casework, advice and support.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 4 (line 39)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/homelessness-strategy'})
SET n += {
  name: 'Homelessness strategy',
  aliases: [],
  description: 'Develops a homelessness strategy and seeks resources to develop new services.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 5 (line 40)'}]->(d002) SET f.source = d002.key;

// Global key: the register is shared countywide, not the city council's alone:
// the service area PROVIDES the city's part of it.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:home-choice-plus'})
SET n += {
  name: 'Home Choice Plus',
  aliases: ['Countywide Choice Based Lettings Register', 'choice based lettings'],
  description: 'The shared Countywide Choice Based Lettings Register and Allocations Policy.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 6 (line 41)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/integrated-gateways-service'})
SET n += {
  name: 'Integrated Gateways Service',
  aliases: ['IGS'],
  description: 'Provision of the Integrated Gateways Service (IGS), which aims to make a real difference for single homeless people.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 7 (line 42)'}]->(d002) SET f.source = d002.key;

// DWAS is a scheme, not a party, although the plan lists it in row 14's Consulted
// cell: the importer will find no party called DWAS and must report that cell.
// Global key: the scheme is South Worcestershire-wide, not the city's alone.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'}),
      (plan:Source {key: 'source:worcester-homelessness-action-plan'})
MERGE (n:Service {key: 'service:dwas'})
SET n += {
  name: 'South Worcestershire Discretionary Welfare Assistance Scheme',
  aliases: ['DWAS', 'Discretionary Welfare Assistance Scheme'],
  description: 'Discretionary welfare assistance for South Worcestershire, provided through the Housing and Welfare Options service area. The plan consults it (row 14) on welfare provision for low income households and households in financial hardship.',
  statutory: false
}
MERGE (n)-[f1:FROM {locator: 'The Housing and Welfare Options Service Area, bullet 8 (lines 43-45)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'row 59'}]->(plan) SET f2.source = plan.key
MERGE (n)-[f3:FROM {locator: 'row 14'}]->(plan) SET f3.source = plan.key;

UNWIND [
  ['service:worcester-city-council/statutory-homelessness-assessment', 'The Housing and Welfare Options Service Area, bullet 1 (line 36)'],
  ['service:worcester-city-council/temporary-accommodation', 'The Housing and Welfare Options Service Area, bullet 2 (line 37)'],
  ['service:worcester-city-council/advice-for-non-statutory-homeless', 'The Housing and Welfare Options Service Area, bullet 3 (line 38)'],
  ['service:worcester-city-council/homelessness-prevention-casework', 'The Housing and Welfare Options Service Area, bullet 4 (line 39)'],
  ['service:worcester-city-council/homelessness-strategy', 'The Housing and Welfare Options Service Area, bullet 5 (line 40)'],
  ['service:home-choice-plus', 'The Housing and Welfare Options Service Area, bullet 6 (line 41)'],
  ['service:worcester-city-council/integrated-gateways-service', 'The Housing and Welfare Options Service Area, bullet 7 (line 42)'],
  ['service:dwas', 'The Housing and Welfare Options Service Area, bullet 8 (lines 43-45)']
] AS p
MATCH (sa:ServiceArea {key: 'servicearea:worcester-city-council/housing-and-welfare-options'}), (s:Service {key: p[0]})
MERGE (sa)-[r:PROVIDES]->(s)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: p[1]};

// ---------------------------------------------------------------- Community Activity: roles
// Line 51 says these posts sit 'Within the Strategic Housing Service'. Read as the
// Strategic Housing & Community Activity Service, not the Strategic Housing service
// area: the sentence stands under the Community Activity heading and all three posts
// do that area's work (Our Happy Place, detached team, community partnerships).
// So each WORKS_IN the Community Activity service area.

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'role:worcester-city-council/community-safety-detached-team-project-leader'})
SET n:Role, n += {name: 'Community Safety Detached Team Project Leader', aliases: [], authority: 'org:worcester-city-council'}
MERGE (n)-[f1:FROM {locator: 'The Community Activity Service Area (line 51)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'The Community Activity Service Area, Community Safety Detached Team (line 59)'}]->(d002) SET f2.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'role:worcester-city-council/community-partnerships-coordinator-for-our-happy-place'})
SET n:Role, n += {name: 'Community Partnerships Coordinator for Our Happy Place', aliases: [], authority: 'org:worcester-city-council'}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area (line 51)'}]->(d002) SET f.source = d002.key;

// 'The Community Partnership Officer' of line 66 is read as this post: the only
// community partnerships officer the document names.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'role:worcester-city-council/community-development-community-partnerships-officer'})
SET n:Role, n += {name: 'Community Development Community Partnerships Officer', aliases: ['Community Partnership Officer', 'Community Partnerships Officer'], authority: 'org:worcester-city-council'}
MERGE (n)-[f1:FROM {locator: 'The Community Activity Service Area (line 51)'}]->(d002) SET f1.source = d002.key
MERGE (n)-[f2:FROM {locator: 'The Community Activity Service Area, Community Partnerships (line 66)'}]->(d002) SET f2.source = d002.key;

MATCH (r:Role), (sa:ServiceArea {key: 'servicearea:worcester-city-council/community-activity'})
WHERE r.key IN ['role:worcester-city-council/community-safety-detached-team-project-leader',
                'role:worcester-city-council/community-partnerships-coordinator-for-our-happy-place',
                'role:worcester-city-council/community-development-community-partnerships-officer']
MERGE (r)-[w:WORKS_IN]->(sa)
SET w += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area (line 51)'};

// ---------------------------------------------------------------- Our Happy Place

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/our-happy-place-community-grant'})
SET n += {
  name: 'Our Happy Place Community Grant',
  aliases: ['Our Happy Place', 'OHP Community Grant'],
  description: 'Match funds community projects to benefit people in the Worcester city wards of Warndon, Gorse Hill and Rainbow Hill; people give time, expertise and resources towards projects they identify in their local areas and the grant matches these pound for pound up to a maximum of £2,000, stimulating local action towards meeting community needs.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Our Happy Place (line 53)'}]->(d002) SET f.source = d002.key;

// FundingStream keys are global (MODEL.md); the money is the city council's.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:FundingStream {key: 'funding:our-happy-place'})
SET n += {
  name: 'Our Happy Place',
  aliases: ['OHP', 'Our Happy Place match funding'],
  description: 'Worcester City Council funding that match funds community projects pound for pound, up to a maximum of £2,000 a project, in Warndon, Gorse Hill and Rainbow Hill.'
}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Our Happy Place (line 53)'}]->(d002) SET f.source = d002.key;

MATCH (s:Service {key: 'service:worcester-city-council/our-happy-place-community-grant'}), (fs:FundingStream {key: 'funding:our-happy-place'})
MERGE (s)-[r:FUNDED_BY]->(fs)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Our Happy Place (line 53)'};

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
UNWIND [['warndon', 'Warndon'], ['gorse-hill', 'Gorse Hill'], ['rainbow-hill', 'Rainbow Hill']] AS w
MERGE (n:Ward {key: 'ward:worcester-city-council/' + w[0]})
SET n.name = w[1]
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Our Happy Place (line 53)'}]->(d002) SET f.source = d002.key;

// The grant COVERS the three wards; the council SERVES_AREA them (it 'makes available
// funding ... to benefit people in the Worcester city wards of ...'). The council
// serves every ward of the city: these are only the three the documents name.
MATCH (w:Ward), (s:Service {key: 'service:worcester-city-council/our-happy-place-community-grant'}),
      (c:Party {key: 'org:worcester-city-council'})
WHERE w.key IN ['ward:worcester-city-council/warndon', 'ward:worcester-city-council/gorse-hill', 'ward:worcester-city-council/rainbow-hill']
MERGE (s)-[r1:COVERS]->(w)
SET r1 += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Our Happy Place (line 53)'}
MERGE (c)-[r2:SERVES_AREA]->(w)
SET r2 += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Our Happy Place (line 53)'};

MATCH (a:Service {key: 'service:worcester-city-council/our-happy-place-community-grant'}),
      (b:Party {key: 'role:worcester-city-council/community-partnerships-coordinator-for-our-happy-place'})
MERGE (a)-[r:MENTIONS]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area (line 51)'};

// ---------------------------------------------------------------- Community Safety Detached Team

// The team as a unit (kind 'team', PART_OF the service area) is needed because the
// text makes it 'Part of the Safer Worcester Partnership' (line 60), and the model
// lets an Organisation, not a Service or a Role, be MEMBER_OF a Board.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:worcester-city-council/community-safety-detached-team'})
SET n:Organisation, n += {name: 'Community Safety Detached Team', kind: 'team', aliases: [], authority: 'org:worcester-city-council'}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Safety Detached Team (lines 59-63)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/community-safety-detached-team-work'})
SET n += {
  name: 'Community Safety Detached Team work',
  aliases: ['detached work'],
  description: 'Provide reassurance; tackle anti-social behaviour and disorder; reduce the harm caused by drugs and alcohol.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Safety Detached Team (lines 59-63)'}]->(d002) SET f.source = d002.key;

MATCH (t:Party {key: 'org:worcester-city-council/community-safety-detached-team'}),
      (sa:ServiceArea {key: 'servicearea:worcester-city-council/community-activity'}),
      (s:Service {key: 'service:worcester-city-council/community-safety-detached-team-work'})
MERGE (t)-[r1:PART_OF]->(sa)
SET r1 += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Community Safety Detached Team (line 59)'}
MERGE (t)-[r2:PROVIDES]->(s)
SET r2 += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Community Safety Detached Team (lines 59-63)'}
MERGE (sa)-[r3:PROVIDES]->(s)
SET r3 += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Community Safety Detached Team (lines 59-63)'};

// The project leader leads the team: WORKS_IN the team as well as the service area.
MATCH (r:Party {key: 'role:worcester-city-council/community-safety-detached-team-project-leader'}),
      (t:Party {key: 'org:worcester-city-council/community-safety-detached-team'})
MERGE (r)-[w:WORKS_IN]->(t)
SET w += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Community Safety Detached Team (line 59)'};

// Multi-agency, city-wide and not a council committee: a global Board of kind
// 'partnership'. 'Safer Worcester' is how line 59 shortens it.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'board:safer-worcester-partnership'})
SET n:Board, n += {
  name: 'Safer Worcester Partnership',
  kind: 'partnership',
  aliases: ['Safer Worcester'],
  description: 'A multi agency community safety partnership committed to reducing the incidents of crime and anti-social behaviour in Worcester City, making Worcester a better place to live, work and visit.'
}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Safety Detached Team (lines 59-60)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'board:south-worcestershire-community-safety-partnership'})
SET n:Board, n += {name: 'South Worcestershire Community Safety Partnership', kind: 'partnership', aliases: []}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Safety Detached Team (line 59)'}]->(d002) SET f.source = d002.key;

// 'Safer Worcester is part of the South Worcestershire Community Safety Partnership':
// membership, not a reporting line (the text says nothing of reporting).
MATCH (a:Party {key: 'board:safer-worcester-partnership'}), (b:Party {key: 'board:south-worcestershire-community-safety-partnership'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Community Safety Detached Team (line 59)'};

// Line 59 puts the *project leader* in the partnership; the model has no
// Role -> Board link (proposal: allow (Role)-[:MEMBER_OF]->(Board)). The bullet on
// line 60 puts the team in it, which the model can hold.
MATCH (a:Party {key: 'org:worcester-city-council/community-safety-detached-team'}), (b:Party {key: 'board:safer-worcester-partnership'})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Community Safety Detached Team, bullet 1 (line 60)'};

// ---------------------------------------------------------------- Community Partnerships

// Grants and contributions to community bodies. The model has no council -> body
// funding link (proposal: (Organisation)-[:FUNDS]->(Organisation)); the bodies are
// linked by MENTIONS. The Guildhall weddings and corporate special projects of
// lines 69-70 are kept in the description: they are not homelessness services.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-city-council/community-partnerships-grants'})
SET n += {
  name: 'Community partnerships grants',
  aliases: ['Community Partnerships', 'Community Grant and Projects'],
  description: 'Helps local voluntary or community organisations provide projects for Worcester residents, such as contributions towards Huntingdon Hall and The Swan Theatre and assistance to Worcester Community Trust. The Community Partnership Officer oversees grants to voluntary and community groups, maps community activities and monitors grants, volunteers and people benefitted; aims for a transparent approach to third sector agencies accessing local authority grants. Also corporate special projects and co-ordinating weddings at the Guildhall.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Partnerships (lines 64-70)'}]->(d002) SET f.source = d002.key;

UNWIND [
  ['service:worcester-city-council/our-happy-place-community-grant', 'The Community Activity Service Area, Our Happy Place (line 53)'],
  ['service:worcester-city-council/community-partnerships-grants', 'The Community Activity Service Area, Community Partnerships (lines 64-70)']
] AS p
MATCH (sa:ServiceArea {key: 'servicearea:worcester-city-council/community-activity'}), (s:Service {key: p[0]})
MERGE (sa)-[r:PROVIDES]->(s)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: p[1]};

// Two venues, two parties. Kind 'vcs': doc 002 lists them as examples of the 'local
// voluntary or community organisations' the council helps.
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:huntingdon-hall'})
SET n:Organisation, n += {name: 'Huntingdon Hall', kind: 'vcs', aliases: [],
                          description: 'With The Swan Theatre, the main arts provider in the City of Worcester; the council contributes towards it.'}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Partnerships (line 64)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:the-swan-theatre'})
SET n:Organisation, n += {name: 'The Swan Theatre', kind: 'vcs', aliases: ['Swan Theatre'],
                          description: 'With Huntingdon Hall, the main arts provider in the City of Worcester; the council contributes towards it.'}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Partnerships (line 64)'}]->(d002) SET f.source = d002.key;

// 'a charitable organisation': kind vcs, global key (a charity, not the council's).
MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Party {key: 'org:worcester-community-trust'})
SET n:Organisation, n += {
  name: 'Worcester Community Trust',
  kind: 'vcs',
  aliases: ['WCT'],
  description: 'A charitable organisation delivering community activities through seven community centres in Worcester, providing space and facilities for community usage and services for children, young people and the elderly.'
}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Partnerships (line 64)'}]->(d002) SET f.source = d002.key;

MATCH (d002:Source {key: 'source:strategic-housing-and-community-activity-service'})
MERGE (n:Service {key: 'service:worcester-community-trust-community-centres'})
SET n += {
  name: 'Worcester Community Trust community centres',
  aliases: ['WCT community centres'],
  description: 'Seven community centres in Worcester: space and facilities for community usage and services for children, young people and the elderly.',
  statutory: false
}
MERGE (n)-[f:FROM {locator: 'The Community Activity Service Area, Community Partnerships (line 64)'}]->(d002) SET f.source = d002.key;

MATCH (o:Party {key: 'org:worcester-community-trust'}), (s:Service {key: 'service:worcester-community-trust-community-centres'})
MERGE (o)-[r:PROVIDES]->(s)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: 'The Community Activity Service Area, Community Partnerships (line 64)'};

UNWIND [
  ['org:huntingdon-hall', 'The Community Activity Service Area, Community Partnerships (line 64)'],
  ['org:the-swan-theatre', 'The Community Activity Service Area, Community Partnerships (line 64)'],
  ['org:worcester-community-trust', 'The Community Activity Service Area, Community Partnerships (line 64)'],
  ['role:worcester-city-council/community-development-community-partnerships-officer', 'The Community Activity Service Area, Community Partnerships (line 66)']
] AS m
MATCH (a:Service {key: 'service:worcester-city-council/community-partnerships-grants'}), (b:Party {key: m[0]})
MERGE (a)-[r:MENTIONS]->(b)
SET r += {source: 'source:strategic-housing-and-community-activity-service', locator: m[1]};
