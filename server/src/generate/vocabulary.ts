// The words generated plans are made of: place names, the shared national and county parties, a
// council's own posts, teams and boards, and the phrases of objectives, tasks and measures, all
// in the register of the Worcester plan (cypher/seed/plans) so the importer meets familiar text.

export const TOWN_STARTS = [
  'Ash',
  'Brad',
  'Calder',
  'Dun',
  'Elm',
  'Fen',
  'Gran',
  'Hart',
  'Ivy',
  'Kings',
  'Lang',
  'Mar',
  'Nor',
  'Oak',
  'Pen',
  'Queens',
  'Red',
  'Stan',
  'Thorn',
  'Wes',
  'Whit',
  'Bel',
  'Cor',
  'Holm',
  'Lyn',
  'Mel',
  'Rother',
  'Sel',
  'Tam',
  'Ux',
] as const;
export const TOWN_ENDS = [
  'ford',
  'ton',
  'bury',
  'field',
  'ham',
  'ley',
  'wick',
  'borough',
  'stow',
  'mouth',
  'minster',
  'bridge',
  'dale',
  'worth',
  'caster',
  'combe',
] as const;
export const COUNCIL_KINDS = ['City Council', 'Borough Council', 'District Council'] as const;
export const COUNTY_NAMES = [
  'Avonshire',
  'Barsetshire',
  'Cradleshire',
  'Downshire',
  'Eastmarch',
  'Fellshire',
  'Glenshire',
  'Hollowshire',
  'Ironshire',
  'Kestrelshire',
  'Lakeshire',
  'Moorshire',
  'Northmarch',
  'Orchardshire',
  'Peakshire',
  'Quarryshire',
  'Riverhamshire',
  'Saltshire',
  'Tidemarch',
  'Upshire',
  'Valeshire',
  'Wealdshire',
  'Westmarch',
  'Yarrowshire',
  'Brookshire',
  'Chalkshire',
  'Dovershire',
  'Heathshire',
  'Marshire',
  'Stoneshire',
] as const;

export interface PoolParty {
  name: string;
  label: 'Organisation' | 'Board' | 'Role';
  kind: string | null;
  aliases: string[];
  /** How the plans write it in a RACI cell. */
  written: string;
  /** The key, where it is not the slug of the name (parties the Worcester seed already holds). */
  key?: string;
}

/** National bodies every plan may name; the first three are the Worcester seed's own nodes. */
export const NATIONAL_PARTIES: PoolParty[] = [
  {
    key: 'org:dluhc',
    name: 'Department for Levelling Up, Housing and Communities',
    label: 'Organisation',
    kind: 'government',
    aliases: ['DLUHC', 'Department of Levelling Up Homes and Communities'],
    written: 'DLUHC',
  },
  {
    key: 'org:people-with-lived-experience',
    name: 'People with Lived Experience',
    label: 'Organisation',
    kind: 'collective',
    aliases: ['PLE'],
    written: 'PLE',
  },
  {
    key: 'org:women-s-aid',
    name: "Women's Aid",
    label: 'Organisation',
    kind: 'vcs',
    aliases: ['Womens Aid'],
    written: "Women's Aid",
  },
  {
    name: 'Department for Work and Pensions',
    label: 'Organisation',
    kind: 'government',
    aliases: ['DWP'],
    written: 'DWP',
  },
  {
    name: 'NHS England',
    label: 'Organisation',
    kind: 'health',
    aliases: ['NHSE'],
    written: 'NHSE',
  },
  {
    name: 'Probation',
    label: 'Organisation',
    kind: 'statutory',
    aliases: ['National Probation'],
    written: 'Probation',
  },
  {
    name: 'Homes England',
    label: 'Organisation',
    kind: 'government',
    aliases: [],
    written: 'Homes England',
  },
  { name: 'Shelter', label: 'Organisation', kind: 'vcs', aliases: [], written: 'Shelter' },
  { name: 'Crisis', label: 'Organisation', kind: 'vcs', aliases: [], written: 'Crisis' },
  {
    name: "St Mungo's",
    label: 'Organisation',
    kind: 'vcs',
    aliases: ['St Mungos'],
    written: "St Mungo's",
  },
  {
    name: 'Homeless Link',
    label: 'Organisation',
    kind: 'vcs',
    aliases: [],
    written: 'Homeless Link',
  },
  {
    name: 'Citizens Advice',
    label: 'Organisation',
    kind: 'vcs',
    aliases: [],
    written: 'Citizens Advice',
  },
  {
    name: 'Salvation Army',
    label: 'Organisation',
    kind: 'vcs',
    aliases: [],
    written: 'Salvation Army',
  },
  { name: 'YMCA', label: 'Organisation', kind: 'vcs', aliases: [], written: 'YMCA' },
  {
    name: 'Refugee Council',
    label: 'Organisation',
    kind: 'vcs',
    aliases: [],
    written: 'Refugee Council',
  },
];

/** A county's shared bodies; `{C}` is the county's name. */
export const COUNTY_PARTIES: PoolParty[] = [
  {
    name: '{C} Adult Social Care',
    label: 'Organisation',
    kind: 'statutory',
    aliases: [],
    written: '{C} Adult Social Care',
  },
  {
    name: '{C} Safeguarding Adults Board',
    label: 'Board',
    kind: 'board',
    aliases: [],
    written: '{C} Safeguarding Adults Board',
  },
  {
    name: '{C} Strategic Housing Partnership',
    label: 'Board',
    kind: 'partnership',
    aliases: [],
    written: '{C} Strategic Housing Partnership',
  },
  {
    name: '{C} Public Health',
    label: 'Organisation',
    kind: 'health',
    aliases: [],
    written: '{C} Public Health',
  },
  {
    name: '{C} Police',
    label: 'Organisation',
    kind: 'statutory',
    aliases: [],
    written: '{C} Police',
  },
  {
    name: '{C} Health and Care NHS Trust',
    label: 'Organisation',
    kind: 'health',
    aliases: [],
    written: '{C} Health and Care NHS Trust',
  },
  {
    name: '{C} Drug and Alcohol Recovery',
    label: 'Organisation',
    kind: 'vcs',
    aliases: [],
    written: '{C} Drug and Alcohol Recovery',
  },
];

/** A council's own posts (Role, keyed in the authority). */
export const LOCAL_ROLES = [
  'Head of Housing',
  'Housing Options Manager',
  'Rough Sleeping Co-ordinator',
  'Strategic Housing Manager',
  'Private Sector Housing Manager',
  'Homelessness Prevention Officer',
  'Housing Enabling Officer',
  'Tenancy Sustainment Officer',
] as const;
/** A council's own teams (Organisation kind team, keyed in the authority). */
export const LOCAL_TEAMS = [
  'Housing Options Team',
  'Strategic Housing Team',
  'Private Sector Housing Team',
  'Revenues and Benefits Service',
  'Planning Service',
] as const;
/** A council's own boards and committees. */
export const LOCAL_BOARDS: { name: string; kind: string }[] = [
  { name: 'Housing Committee', kind: 'committee' },
  { name: 'Corporate Leadership Team', kind: 'officers-group' },
  { name: 'Housing Board', kind: 'board' },
  { name: 'Homelessness Forum', kind: 'forum' },
];
/** Local charities, pre-created; `{T}` is the town. */
export const LOCAL_CHARITIES = [
  '{T} Nightstop',
  '{T} Churches Night Shelter',
  '{T} Street Outreach Trust',
  "{T} Women's Refuge",
  '{T} Food Bank',
  '{T} Young People Project',
] as const;
/** Local bodies only the plan names: the importer creates them. */
export const PLAN_ONLY_PARTIES = [
  '{T} Credit Union',
  '{T} Landlords Association',
  '{T} Foyer',
] as const;

export const SERVICE_AREAS = [
  'Housing Options',
  'Strategic Housing',
  'Private Sector Housing',
] as const;

export interface ServiceTemplate {
  name: string;
  description: string;
  clientGroups: string[];
  /** Funding stream keys it may be paid from. */
  funding: string[];
  statutory?: boolean;
  /** Provided by a service area (its index) or by a charity. */
  provider: 'area' | 'charity';
  area?: number;
}

export const SERVICE_TEMPLATES: ServiceTemplate[] = [
  {
    name: 'Housing Options Service',
    description: 'Statutory homelessness assessment, advice and prevention casework.',
    clientGroups: ['clientgroup:homeless-households'],
    funding: [],
    statutory: true,
    provider: 'area',
    area: 0,
  },
  {
    name: 'Temporary Accommodation',
    description: 'Emergency and temporary accommodation for homeless households owed a duty.',
    clientGroups: ['clientgroup:homeless-households'],
    funding: ['funding:homelessness-prevention-grant'],
    statutory: true,
    provider: 'area',
    area: 0,
  },
  {
    name: 'Rough Sleeper Outreach',
    description: 'Street outreach to find and engage people sleeping rough, seven days a week.',
    clientGroups: ['clientgroup:rough-sleepers'],
    funding: ['funding:rsi'],
    provider: 'charity',
  },
  {
    name: 'Night Shelter',
    description: 'Winter night shelter beds for people sleeping rough.',
    clientGroups: ['clientgroup:rough-sleepers'],
    funding: ['funding:rsi', 'funding:local-council-tax'],
    provider: 'charity',
  },
  {
    name: 'Supported Lodgings',
    description: 'Supported accommodation in host homes for care leavers and young people.',
    clientGroups: ['clientgroup:care-leavers', 'clientgroup:children-and-young-people'],
    funding: ['funding:supported-housing-grant'],
    provider: 'charity',
  },
  {
    name: 'Domestic Abuse Refuge',
    description:
      'Safe accommodation with support for victims of domestic abuse and their children.',
    clientGroups: ['clientgroup:domestic-abuse'],
    funding: ['funding:domestic-abuse-safe-accommodation'],
    provider: 'charity',
  },
  {
    name: 'Tenancy Sustainment Service',
    description: 'Floating support to help tenants at risk of eviction keep their home.',
    clientGroups: ['clientgroup:low-income-households', 'clientgroup:private-renters'],
    funding: ['funding:homelessness-prevention-grant'],
    provider: 'area',
    area: 2,
  },
  {
    name: 'Rent Deposit Scheme',
    description:
      'Deposits and rent in advance so households can move into the private rented sector.',
    clientGroups: ['clientgroup:private-renters', 'clientgroup:single-homeless'],
    funding: ['funding:homelessness-prevention-grant'],
    provider: 'area',
    area: 1,
  },
  {
    name: 'Move-on Accommodation',
    description: 'Move-on flats with light-touch support towards an own tenancy.',
    clientGroups: ['clientgroup:rough-sleepers', 'clientgroup:single-homeless'],
    funding: ['funding:rsap'],
    provider: 'area',
    area: 1,
  },
  {
    name: 'Prison Release Housing Support',
    description: 'Housing advice and referrals before release from prison.',
    clientGroups: ['clientgroup:prison-leavers'],
    funding: [],
    provider: 'charity',
  },
  {
    name: 'Complex Needs Hub',
    description: 'A drop-in hub for people with mental health needs and substance misuse.',
    clientGroups: ['clientgroup:people-with-complex-needs'],
    funding: ['funding:rsi'],
    provider: 'charity',
  },
];

/** National funding streams (RSI and RSAP are in the seed; the rest are made once, shared). */
export const NATIONAL_FUNDING: {
  key: string;
  name: string;
  aliases: string[];
  description: string;
}[] = [
  {
    key: 'funding:homelessness-prevention-grant',
    name: 'Homelessness Prevention Grant',
    aliases: ['HPG'],
    description: 'Government grant to councils for preventing and relieving homelessness.',
  },
  {
    key: 'funding:supported-housing-grant',
    name: 'Supported Housing Improvement Programme',
    aliases: ['SHIP'],
    description: 'Government funding to improve the quality of supported housing.',
  },
  {
    key: 'funding:domestic-abuse-safe-accommodation',
    name: 'Domestic Abuse Safe Accommodation Grant',
    aliases: [],
    description: 'Funding for support in safe accommodation under the Domestic Abuse Act 2021.',
  },
  {
    key: 'funding:local-council-tax',
    name: 'Council general fund',
    aliases: [],
    description: "A council's own budget for housing services.",
  },
];

export const OBJECTIVES = [
  'Prevent people from becoming homeless',
  'End the need for anyone to sleep rough',
  'Improve the supply and reduce the use of temporary accommodation',
  'Increase the supply of affordable homes to meet a range of needs',
  'Maximise relationships and contributions from partnerships and the VCS',
  'Support people to sustain their tenancies',
  'Improve health and wellbeing outcomes for homeless people',
  'Governance',
] as const;

/** Client group cells as plans write them, with how often each is drawn. */
export const CLIENT_GROUP_CELLS: [string, number][] = [
  ['All', 40],
  ['Rough Sleepers', 18],
  ['Domestic Abuse', 6],
  ['Refugees', 4],
  ['Care leavers', 5],
  ['Prison leavers', 5],
  ['Children and young people', 4],
  ['Private renters', 4],
  ['People with complex needs', 4],
  ['Older people', 2],
  ['Gypsy and Traveller communities', 1],
  ['', 3],
];

export const TASK_VERBS = [
  'Develop',
  'Review and improve',
  'Commission',
  'Explore options for',
  'Deliver',
  'Implement',
  'Work with partners to develop',
  'Expand',
  'Establish',
  'Evaluate and extend',
  'Embed',
] as const;
export const TASK_OBJECTS: Record<string, string[]> = {
  All: [
    'early intervention mechanisms with registered providers and private landlords',
    'a housing enabling strategy to increase the supply of affordable homes',
    'prevention processes and tools to help households remain in their homes',
    'evidence-based decision making across the housing service',
    'meaningful customer engagement in policy and service design',
    'a review of temporary accommodation need, length of stay and cost',
    'a B&B elimination plan for families',
    'joint working with the Revenues and Benefits Service on rent arrears',
    'a local homelessness forum with its terms of reference',
    'a communication plan for private renters and landlords',
  ],
  'Rough Sleepers': [
    'a rough sleeper outreach service seven days a week',
    'a Housing First pilot for the most entrenched rough sleepers',
    'specialist mental health and substance misuse provision for rough sleepers',
    'a winter night shelter and severe weather emergency protocol',
    'a strategic gap analysis of rough sleeping including female rough sleepers',
    'peer mentoring with people with lived experience of rough sleeping',
  ],
  'Domestic Abuse': [
    'units of safe accommodation for victims of domestic abuse',
    'sanctuary scheme measures so victims can stay safely at home',
  ],
  Refugees: ['resettlement support to prevent homelessness among refugees'],
  'Care leavers': [
    'a joint protocol with children’s services for care leavers',
    'supported lodgings places for care leavers',
  ],
  'Prison leavers': ['a prison release pathway with probation to plan moves before release'],
  'Children and young people': [
    'mediation and supported housing for young people at risk of homelessness',
  ],
  'Private renters': ['advice for private renters facing section 21 notices'],
  'People with complex needs': [
    'a multi-agency complex needs hub',
    'the Complex Adult Risk Management framework',
  ],
  'Older people': ['housing options advice for older people leaving hospital'],
  'Gypsy and Traveller communities': ['a needs assessment for Gypsy and Traveller site provision'],
};
export const TASK_PURPOSES = [
  'to reduce the use of temporary accommodation',
  'to prevent homelessness at the earliest opportunity',
  'to ensure homelessness is rare, brief and non-recurrent',
  'to avoid gaps and duplication between services',
  'to increase planned moves and reduce crisis presentations',
  'to make best use of funding and inform future funding bids',
  'in partnership with the voluntary and community sector',
  '',
] as const;

/**
 * Measures written for the task's own work, `{object}` being what the task delivers (its
 * object without the article). Most of a real plan's measures are of this kind: the Worcester
 * plan's 67 measures on 29 tasks give four pairs of tasks with a duplicate measure.
 */
export const MEASURE_TEMPLATES = [
  '{Object} in place by {month}',
  'Number of households helped through {object}',
  '{Object} reviewed {period} with partners',
  '{n} households supported through {object} each year',
  'Progress on {object} reported to {forum}',
  'Feedback from service users on {object}',
] as const;

export const MEASURE_PERIODS = ['quarterly', 'every six months', 'annually'] as const;
export const MEASURE_FORUMS = ['the Housing Board', 'Committee', 'the Homelessness Forum'] as const;

/** Stock measures many plans share word for word. */
export const MEASURES = [
  'Reduction in the number of households in temporary accommodation',
  '{n} units of accommodation delivered',
  'Increase in successful prevention outcomes',
  'Reduction in the number of people sleeping rough',
  'No families placed in B&B for longer than six weeks',
  'Number of referrals into relevant services',
  'Strategy adopted by Committee',
  'Review completed and recommendations implemented',
  'Increase in the proportion of tenancies sustained at twelve months',
  'Reduction in approaches at Relief stage',
  'Clear pathways in place with a range of statutory services',
  'Feedback from people with lived experience used to review services',
  'Quarterly performance reported to Committee',
  'Reduction in repeat homelessness',
] as const;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Glossary lines every plan carries (abbreviations of shared bodies and common terms). */
export const GLOSSARY: [string, string][] = [
  ['DLUHC', 'Department of Levelling Up Homes and Communities'],
  ['DWP', 'Department for Work and Pensions'],
  ['NHSE', 'NHS England'],
  ['PLE', 'People with Lived Experience'],
  ['PRS', 'Private Rented Sector'],
  ['RP', 'Registered Provider'],
  ['VCS', 'Voluntary and Community Sector'],
  ['NRPF', 'No Recourse to Public Funds'],
];
