// Generates a national-size dataset of the seed's shape, as files: one action plan per housing
// authority (TSV like cypher/seed/plans, RACI in one cell, client groups, measures, timescales,
// a glossary), the authority's curated structure the importer has no route for (its posts,
// teams, boards, services, funding, pathways) as JSON, and the shared national and county
// parties. Pure: the same options give byte-identical files. Authority i depends only on the
// seed and i, so 30 authorities are the first 30 of 300.
import { scopedKey, slugify } from '../graph/keys.js';
import { createRandom, hashSeed, type Random } from './random.js';
import {
  CLIENT_GROUP_CELLS,
  COUNCIL_KINDS,
  COUNTY_NAMES,
  COUNTY_PARTIES,
  GLOSSARY,
  LOCAL_BOARDS,
  LOCAL_CHARITIES,
  LOCAL_ROLES,
  LOCAL_TEAMS,
  MEASURE_FORUMS,
  MEASURE_PERIODS,
  MEASURE_TEMPLATES,
  MEASURES,
  MONTHS,
  NATIONAL_FUNDING,
  NATIONAL_PARTIES,
  OBJECTIVES,
  PLAN_ONLY_PARTIES,
  SERVICE_AREAS,
  SERVICE_TEMPLATES,
  TASK_OBJECTS,
  TASK_PURPOSES,
  TASK_VERBS,
  TOWN_ENDS,
  TOWN_STARTS,
} from './vocabulary.js';

export interface GenerateOptions {
  authorities: number;
  seed: number | string;
}

export interface CuratedParty {
  key: string;
  name: string;
  label: 'Organisation' | 'Board' | 'Role';
  kind: string | null;
  aliases: string[];
  /** Authority key for a council's own party; null for shared ones. */
  authority: string | null;
}

export interface SharedData {
  source: { key: string; document: string; title: string };
  parties: CuratedParty[];
  funding: { key: string; name: string; aliases: string[]; description: string }[];
}

export interface AuthorityStructure {
  source: { key: string; document: string; title: string };
  authority: { key: string; name: string; aliases: string[]; county: string };
  parties: CuratedParty[];
  /** [from key, relationship type, to key] for PART_OF, WORKS_IN, MEMBER_OF, REPORTS_TO. */
  links: [string, string, string][];
  serviceAreas: { key: string; name: string }[];
  services: {
    key: string;
    name: string;
    description: string;
    statutory: boolean;
    providers: string[];
    clientGroups: string[];
    funding: string[];
  }[];
  pathways: {
    key: string;
    name: string;
    description: string;
    clientGroups: string[];
    steps: string[];
  }[];
}

export interface GeneratedAuthority {
  key: string;
  name: string;
  county: string;
  planFile: string;
  structureFile: string;
  title: string;
  startYear: number;
}

export interface Manifest {
  seed: string;
  authorities: GeneratedAuthority[];
  shared: string;
}

export interface GeneratedDataset {
  manifest: Manifest;
  /** Relative path → content. */
  files: Map<string, string>;
}

interface Town {
  town: string;
  council: string;
  county: string;
}

/** The towns of a seed: distinct names, shuffled once per seed, ten authorities to a county. */
export function townsFor(seed: string, count: number): Town[] {
  const names: string[] = [];
  for (const start of TOWN_STARTS) for (const end of TOWN_ENDS) names.push(start + end);
  if (count > names.length)
    throw new RangeError(`At most ${names.length} authorities can be generated, not ${count}.`);
  const order = createRandom(hashSeed(seed, 'towns')).shuffle(names);
  return order.slice(0, count).map((town, i) => {
    const random = createRandom(hashSeed(seed, 'council', i));
    return {
      town,
      council: `${town} ${random.pick(COUNCIL_KINDS)}`,
      county: COUNTY_NAMES[Math.floor(i / 10) % COUNTY_NAMES.length] as string,
    };
  });
}

function weighted(random: Random, items: [string, number][]): string {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let roll = random.next() * total;
  for (const [item, w] of items) {
    roll -= w;
    if (roll < 0) return item;
  }
  return items[items.length - 1]?.[0] ?? '';
}

function timescale(random: Random, startYear: number): string {
  const year = startYear + random.int(0, 2);
  const month = random.int(0, 11);
  const yy = String(year % 100).padStart(2, '0');
  switch (random.int(0, 9)) {
    case 0:
      return 'Ongoing';
    case 1:
      return `${(MONTHS[month] ?? 'April').slice(0, 3)}-${yy}`;
    case 2:
      return `Q${random.int(1, 4)} ${year}`;
    case 3:
      return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
    default:
      return `${MONTHS[month]} ${year}`;
  }
}

function sharedParties(counties: string[]): CuratedParty[] {
  const national = NATIONAL_PARTIES.map((p) => ({
    key: p.key ?? scopedKey(p.label === 'Board' ? 'board' : 'org', p.name),
    name: p.name,
    label: p.label,
    kind: p.kind,
    aliases: p.aliases,
    authority: null,
  }));
  const county = counties.flatMap((c) => [
    {
      key: scopedKey('org', `${c} County Council`),
      name: `${c} County Council`,
      label: 'Organisation' as const,
      kind: 'council',
      aliases: [],
      authority: null,
    },
    ...COUNTY_PARTIES.map((p) => {
      const name = p.name.replace('{C}', c);
      return {
        key: scopedKey(p.label === 'Board' ? 'board' : 'org', name),
        name,
        label: p.label,
        kind: p.kind,
        aliases: p.aliases,
        authority: null,
      };
    }),
  ]);
  return [...national, ...county];
}

interface PlanContext {
  random: Random;
  town: Town;
  roles: string[];
  teams: string[];
  charities: string[];
  planOnly: string[];
  countyWritten: string[];
}

function raciCell(ctx: PlanContext): string {
  const { random } = ctx;
  const r = random.sample([...ctx.roles, ...ctx.teams], random.chance(0.3) ? 2 : 1);
  // Mostly one Accountable; now and then none or two, as real plans have (the analysis finds them).
  const accountablePool = ['Head of Housing', 'Housing Board', 'Housing Committee'];
  const roll = random.next();
  const a =
    roll < 0.04
      ? []
      : roll < 0.07
        ? random.sample(accountablePool, 2)
        : [random.pick(accountablePool)];
  const consultedPool = [
    ...ctx.charities,
    ...ctx.countyWritten,
    ...ctx.planOnly,
    'Shelter',
    'Citizens Advice',
    'DWP',
    'Probation',
    "Women's Aid",
  ];
  const c = random.sample(consultedPool, random.int(2, 5));
  if (random.chance(0.55)) c.push('PLE');
  const informedPool = [
    'Corporate Leadership Team',
    'Housing Committee',
    'Homelessness Forum',
    'DLUHC',
    ...ctx.countyWritten.slice(0, 2),
  ];
  const i = random.sample(informedPool, random.int(1, 3)).filter((x) => !a.includes(x));
  const parts = [`R: ${r.join('; ')}`];
  if (a.length) parts.push(`A: ${a.join('; ')}`);
  parts.push(`C: ${c.join('; ')}`);
  if (i.length) parts.push(`I: ${i.join('; ')}`);
  return parts.join(' ');
}

/**
 * A task's measures (none for 6% of tasks, else one to three): mostly written for its own work
 * (MEASURE_TEMPLATES), one in ten a stock phrase shared across plans. Two tasks of a plan with
 * the same object, or the same stock phrase, give the duplicate-measure rule its findings, at
 * about the Worcester plan's rate rather than on most pairs of tasks (drawing every measure from
 * fourteen stock phrases made nearly every second task a duplicate of another).
 */
function measuresOf(random: Random, object: string, startYear: number): string[] {
  const count = random.chance(0.06) ? 0 : random.int(1, 3);
  const what = object.replace(/^(a|an|the) /i, '');
  const out: string[] = [];
  for (const template of random.sample(MEASURE_TEMPLATES, count)) {
    const text = random.chance(0.1)
      ? random.pick(MEASURES)
      : template
          .replace('{Object}', what.charAt(0).toUpperCase() + what.slice(1))
          .replace('{object}', what)
          .replace('{month}', `${random.pick(MONTHS)} ${startYear + random.int(0, 2)}`)
          .replace('{period}', random.pick(MEASURE_PERIODS))
          .replace('{forum}', random.pick(MEASURE_FORUMS));
    const measure = text.replace('{n}', String(random.int(5, 60)));
    if (!out.includes(measure)) out.push(measure);
  }
  return out;
}

function taskRow(ctx: PlanContext, used: Set<string>, startYear: number): string[] {
  const { random, town } = ctx;
  const group = weighted(random, CLIENT_GROUP_CELLS);
  let title = '';
  let object = '';
  for (let attempt = 0; attempt < 20 && (!title || used.has(title)); attempt += 1) {
    const objects = TASK_OBJECTS[group] ?? TASK_OBJECTS.All ?? [];
    object = random.pick(objects);
    const purpose = random.pick(TASK_PURPOSES);
    const place = random.chance(0.3) ? ` in ${town.town}` : '';
    title = `${random.pick(TASK_VERBS)} ${object}${place}${purpose ? ` ${purpose}` : ''}`;
  }
  if (used.has(title)) title = `${title} (phase ${used.size + 1})`;
  used.add(title);
  const measures = measuresOf(random, object, startYear);
  return [title, group, measures.join('  '), raciCell(ctx), timescale(random, startYear)];
}

function planTsv(ctx: PlanContext, startYear: number): string {
  const { random } = ctx;
  const header = [
    'Strategic Objective',
    'Tasks',
    'Client Group',
    'Measure of Success',
    'Responsible Accountable Consulted Informed',
    'Timescale',
  ].join('\t');
  const objectives = [
    ...random.sample(OBJECTIVES.slice(0, -1), random.int(4, 6)),
    OBJECTIVES[OBJECTIVES.length - 1] as string,
  ];
  const used = new Set<string>();
  const lines: string[] = ['', ''];
  for (const objective of objectives) {
    lines.push(header);
    const tasks = objective === 'Governance' ? 1 : random.int(3, 7);
    for (let t = 0; t < tasks; t += 1) {
      lines.push([t === 0 ? objective : '', ...taskRow(ctx, used, startYear)].join('\t'));
    }
    lines.push('', '', '');
  }
  lines.push('### **Glossary of Abbreviations**', '');
  for (let g = 0; g < GLOSSARY.length; g += 2) {
    const pair = GLOSSARY.slice(g, g + 2).map(([abbr, full]) => `${abbr} - ${full}`);
    lines.push(`${pair.join('\t')}\t\t`);
  }
  return `${lines.join('\n')}\n`;
}

function structureFor(seed: string, index: number, town: Town): AuthorityStructure {
  const random = createRandom(hashSeed(seed, 'structure', index));
  const authorityKey = scopedKey('org', town.council);
  const slug = slugify(town.town);
  const local = (type: string, name: string) => scopedKey(type, name, authorityKey);
  const parties: CuratedParty[] = [
    ...LOCAL_ROLES.map((name) => ({
      key: local('role', name),
      name,
      label: 'Role' as const,
      kind: null,
      aliases: [],
      authority: authorityKey,
    })),
    ...LOCAL_TEAMS.map((name) => ({
      key: local('org', name),
      name,
      label: 'Organisation' as const,
      kind: 'team',
      aliases: [],
      authority: authorityKey,
    })),
    ...LOCAL_BOARDS.map((b) => ({
      key: local('board', b.name),
      name: b.name,
      label: 'Board' as const,
      kind: b.kind,
      aliases: [],
      authority: authorityKey,
    })),
    ...LOCAL_CHARITIES.map((c) => {
      const name = c.replace('{T}', town.town);
      return {
        key: scopedKey('org', name),
        name,
        label: 'Organisation' as const,
        kind: 'vcs',
        aliases: [],
        authority: null,
      };
    }),
  ];
  const charityKeys = parties.filter((p) => p.kind === 'vcs').map((p) => p.key);
  const serviceAreas = SERVICE_AREAS.map((name) => ({ key: local('servicearea', name), name }));
  const links: [string, string, string][] = [
    ...serviceAreas.map((a): [string, string, string] => [a.key, 'PART_OF', authorityKey]),
    [local('org', 'Housing Options Team'), 'PART_OF', serviceAreas[0]?.key ?? ''],
    [local('org', 'Strategic Housing Team'), 'PART_OF', serviceAreas[1]?.key ?? ''],
    [local('org', 'Private Sector Housing Team'), 'PART_OF', serviceAreas[2]?.key ?? ''],
    [local('org', 'Revenues and Benefits Service'), 'PART_OF', authorityKey],
    [local('org', 'Planning Service'), 'PART_OF', authorityKey],
    [local('role', 'Head of Housing'), 'WORKS_IN', authorityKey],
    [local('role', 'Housing Options Manager'), 'WORKS_IN', local('org', 'Housing Options Team')],
    [
      local('role', 'Homelessness Prevention Officer'),
      'WORKS_IN',
      local('org', 'Housing Options Team'),
    ],
    [
      local('role', 'Rough Sleeping Co-ordinator'),
      'WORKS_IN',
      local('org', 'Strategic Housing Team'),
    ],
    [
      local('role', 'Strategic Housing Manager'),
      'WORKS_IN',
      local('org', 'Strategic Housing Team'),
    ],
    [local('role', 'Housing Enabling Officer'), 'WORKS_IN', local('org', 'Strategic Housing Team')],
    [
      local('role', 'Private Sector Housing Manager'),
      'WORKS_IN',
      local('org', 'Private Sector Housing Team'),
    ],
    [local('role', 'Tenancy Sustainment Officer'), 'WORKS_IN', serviceAreas[2]?.key ?? ''],
    [local('board', 'Housing Board'), 'REPORTS_TO', local('board', 'Housing Committee')],
    [local('board', 'Homelessness Forum'), 'REPORTS_TO', local('board', 'Housing Board')],
    [scopedKey('board', `${town.county} Strategic Housing Partnership`), 'MEMBER_OF', ''],
  ].filter(([, , to]) => to !== '') as [string, string, string][];
  // Most charities sit on the forum; one or two never do (disengaged-party has work to do).
  for (const key of charityKeys)
    if (random.chance(0.75)) links.push([key, 'MEMBER_OF', local('board', 'Homelessness Forum')]);
  links.push([
    authorityKey,
    'MEMBER_OF',
    scopedKey('board', `${town.county} Strategic Housing Partnership`),
  ]);

  const services = random
    .sample(SERVICE_TEMPLATES, random.int(6, SERVICE_TEMPLATES.length))
    .map((template) => {
      const area = serviceAreas[template.area ?? 0]?.key ?? '';
      const provider = template.provider === 'area' ? area : random.pick(charityKeys);
      // About one service in six has no recorded funding (unfunded-service has work to do).
      const funding = random.chance(0.17) ? [] : template.funding;
      return {
        key: local('service', template.name),
        name: template.name,
        description: template.description,
        statutory: Boolean(template.statutory),
        providers: [provider],
        clientGroups: template.clientGroups,
        funding,
      };
    });
  const has = (name: string) => services.find((s) => s.name === name)?.key;
  const pathways: AuthorityStructure['pathways'] = [];
  const route = (name: string, group: string, steps: (string | undefined)[]) => {
    const present = steps.filter((s): s is string => Boolean(s));
    if (present.length >= 2)
      pathways.push({
        key: local('pathway', name),
        name,
        description: `${name} in ${town.town}, as the council's housing services describe it.`,
        clientGroups: [group],
        steps: present,
      });
  };
  route('Rough sleeper route', 'clientgroup:rough-sleepers', [
    has('Rough Sleeper Outreach'),
    has('Night Shelter'),
    random.chance(0.6) ? has('Move-on Accommodation') : undefined,
  ]);
  route('Homeless household into temporary accommodation', 'clientgroup:homeless-households', [
    has('Housing Options Service'),
    has('Temporary Accommodation'),
    random.chance(0.5) ? has('Rent Deposit Scheme') : undefined,
  ]);
  route('Prison release', 'clientgroup:prison-leavers', [
    has('Prison Release Housing Support'),
    has('Housing Options Service'),
  ]);
  return {
    source: {
      key: `source:${slug}-housing-services`,
      document: `${slug}-housing-services.json`,
      title: `${town.council}: housing services, structure and pathways`,
    },
    authority: {
      key: authorityKey,
      name: town.council,
      aliases: [`${town.town} Council`],
      county: town.county,
    },
    parties,
    links,
    serviceAreas,
    services,
    pathways,
  };
}

/** Generates `authorities` authorities for `seed`: the files and the manifest that lists them. */
export function generateDataset(options: GenerateOptions): GeneratedDataset {
  const seed = String(options.seed);
  if (!Number.isInteger(options.authorities) || options.authorities < 1)
    throw new RangeError('authorities must be a whole number of at least 1.');
  const towns = townsFor(seed, options.authorities);
  const counties = [...new Set(towns.map((t) => t.county))];
  const files = new Map<string, string>();
  const shared: SharedData = {
    source: {
      key: 'source:generated-shared-parties',
      document: 'shared.json',
      title: 'National and county bodies shared by the generated plans',
    },
    parties: sharedParties(counties),
    funding: NATIONAL_FUNDING,
  };
  files.set('shared.json', `${JSON.stringify(shared, null, 2)}\n`);
  const authorities: GeneratedAuthority[] = towns.map((town, index) => {
    const slug = slugify(town.town);
    const structure = structureFor(seed, index, town);
    const random = createRandom(hashSeed(seed, 'plan', index));
    const startYear = 2023 + random.int(0, 2);
    const ctx: PlanContext = {
      random,
      town,
      roles: [...LOCAL_ROLES],
      teams: [...LOCAL_TEAMS],
      charities: LOCAL_CHARITIES.map((c) => c.replace('{T}', town.town)),
      planOnly: PLAN_ONLY_PARTIES.map((c) => c.replace('{T}', town.town)),
      countyWritten: COUNTY_PARTIES.map((p) => p.written.replace('{C}', town.county)),
    };
    const planFile = `plans/${slug}-homelessness-action-plan.tsv`;
    const structureFile = `structure/${slug}.json`;
    files.set(planFile, planTsv(ctx, startYear));
    files.set(structureFile, `${JSON.stringify(structure, null, 2)}\n`);
    return {
      key: structure.authority.key,
      name: town.council,
      county: town.county,
      planFile,
      structureFile,
      title: 'Homelessness and Rough Sleeping Action Plan',
      startYear,
    };
  });
  const manifest: Manifest = { seed, authorities, shared: 'shared.json' };
  files.set('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, files };
}
