// Every rule on small graphs built for it: a healthy plan on which no rule fires, then for each
// rule the one change that makes it fire, with the finding a planner would read.
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { rules, runAnalysis, type Finding } from '../server/src/analysis/index.js';

const db = useTestDatabase();

// A council's plan with two tasks for rough sleepers that break no rule: one Responsible, one
// Accountable board the doers belong to, lived experience consulted, a client group, a measure,
// a future due date; a funded service provided by two parties; a pathway ending in settled housing.
// Keys carry their council as the importer writes them (MODEL.md): task:tc/plan/t1 is Test Council's.
const HEALTHY = `
CREATE (src:Source {key: 'source:test', title: 'Test plan', document: 'test.tsv', kind: 'plan'})
CREATE (c:Organisation:Party {key: 'org:tc', name: 'Test Council', kind: 'council', aliases: ['TC']})
CREATE (p:Plan {key: 'plan:tc/plan', title: 'Test Plan', authority: 'org:tc'})-[:BY]->(c)
CREATE (p)-[:FROM {locator: 'whole document'}]->(src)
CREATE (o:Objective {key: 'objective:tc/plan/help', title: 'Help people off the street', order: 1})-[:IN_PLAN]->(p)
CREATE (rs:ClientGroup {key: 'clientgroup:rough-sleepers', name: 'Rough Sleepers', aliases: ['rough sleeping']})
CREATE (ple:Organisation:Party {key: 'org:ple', name: 'People with Lived Experience', kind: 'collective', aliases: ['PLE']})
CREATE (b:Board:Party {key: 'board:tb', name: 'Test Board', kind: 'board', aliases: []})
CREATE (team:Organisation:Party {key: 'org:tc/outreach-team', name: 'Outreach Team', kind: 'team', aliases: [], authority: 'org:tc'})
CREATE (charity:Organisation:Party {key: 'org:shelter-charity', name: 'Shelter Charity', kind: 'vcs', aliases: []})
CREATE (officer:Role:Party {key: 'role:tc/outreach-officer', name: 'Outreach Officer', aliases: [], authority: 'org:tc'})
CREATE (team)-[:MEMBER_OF {source: 'source:test', locator: 'row 1'}]->(b)
CREATE (officer)-[:WORKS_IN {source: 'source:test', locator: 'row 1'}]->(team)
CREATE (t1:Task {key: 'task:tc/plan/t1', title: 'Open a day centre for people sleeping rough in the city', row: 4, status: 'not_started', dueKind: 'month', due: date('2030-06-01'), dueRaw: 'June 2030', forAll: false})
CREATE (t2:Task {key: 'task:tc/plan/t2', title: 'Run winter shelter beds in church halls', row: 5, status: 'not_started', dueKind: 'month', due: date('2030-06-01'), dueRaw: 'June 2030', forAll: false})
WITH *
UNWIND [t1, t2] AS t
CREATE (t)-[:IN_PLAN]->(p)
CREATE (t)-[:UNDER {source: 'source:test', locator: 'row ' + t.row}]->(o)
CREATE (t)-[:SERVES {source: 'source:test', locator: 'row ' + t.row}]->(rs)
CREATE (t)-[:FROM {locator: 'row ' + t.row}]->(src)
CREATE (b)-[:ACCOUNTABLE_FOR {source: 'source:test', locator: 'row ' + t.row}]->(t)
CREATE (ple)-[:CONSULTED_ON {source: 'source:test', locator: 'row ' + t.row}]->(t)
WITH DISTINCT src, c, p, o, rs, ple, b, team, charity, officer, t1, t2
CREATE (team)-[:RESPONSIBLE_FOR {source: 'source:test', locator: 'row 4'}]->(t1)
CREATE (charity)-[:CONSULTED_ON {source: 'source:test', locator: 'row 4'}]->(t1)
CREATE (officer)-[:RESPONSIBLE_FOR {source: 'source:test', locator: 'row 5'}]->(t2)
CREATE (t1)-[:MEASURED_BY {source: 'source:test', locator: 'row 4'}]->(:Measure {key: 'measure:t1/1', text: 'Day centre open five days a week', order: 1})
CREATE (t2)-[:MEASURED_BY {source: 'source:test', locator: 'row 5'}]->(:Measure {key: 'measure:t2/1', text: 'Forty shelter beds every night from November to March', order: 1})
CREATE (fund:FundingStream {key: 'funding:test-fund', name: 'Test Fund', aliases: []})
CREATE (centre:Service {key: 'service:day-centre', name: 'Day centre', description: 'A place to wash, eat and get advice.', statutory: false})
CREATE (settled:Service {key: 'service:settled-housing', name: 'Settled housing', description: 'Move-on into a tenancy of their own.', statutory: false})
CREATE (centre)-[:SERVES {source: 'source:test', locator: 'row 4'}]->(rs)
CREATE (centre)-[:FUNDED_BY {source: 'source:test', locator: 'row 4'}]->(fund)
CREATE (settled)-[:FUNDED_BY {source: 'source:test', locator: 'row 4'}]->(fund)
CREATE (team)-[:PROVIDES {source: 'source:test', locator: 'row 4'}]->(centre)
CREATE (charity)-[:PROVIDES {source: 'source:test', locator: 'row 4'}]->(centre)
CREATE (team)-[:PROVIDES {source: 'source:test', locator: 'row 4'}]->(settled)
CREATE (charity)-[:PROVIDES {source: 'source:test', locator: 'row 4'}]->(settled)
CREATE (route:Pathway {key: 'pathway:tc/street-to-home', name: 'Street to home', description: 'Day centre, then settled housing.'})
CREATE (route)-[:FOR {source: 'source:test', locator: 'row 4'}]->(rs)
CREATE (route)-[:STEP {order: 1, source: 'source:test', locator: 'row 4'}]->(centre)
CREATE (route)-[:STEP {order: 2, source: 'source:test', locator: 'row 4'}]->(settled)
`;

async function healthyPlus(...changes: string[]): Promise<void> {
  await db.query(HEALTHY);
  for (const change of changes) await db.query(change);
}

// The rules that read the mentions linkMentions writes; the others skip that step.
const READ_MENTIONS = new Set([
  'unserved-client-group',
  'untraced-funding-stream',
  'unfunded-service',
]);

async function findingsOf(id: string, params: Record<string, unknown> = {}): Promise<Finding[]> {
  const result = await runAnalysis(
    db.driver,
    { rules: [id], today: '2024-01-15', ...params },
    { database: db.database, linkMentions: READ_MENTIONS.has(id) },
  );
  return result.findings;
}

const TASK = (key: string) => `MATCH (t:Task {key: '${key}'})`;

describe('a healthy plan', () => {
  it('gives no rule anything to report', async () => {
    await db.query(HEALTHY);
    const result = await runAnalysis(db.driver, { today: '2024-01-15' }, { database: db.database });
    expect(result.ranRules).toEqual(rules.map((r) => r.id));
    for (const id of result.ranRules) {
      expect(
        result.findings.filter((f) => f.ruleId === id).map((f) => f.sentence),
        id,
      ).toEqual([]);
    }
  });
});

describe('each rule fires on the change it looks for', () => {
  it('raci-no-responsible: a task nobody is Responsible for', async () => {
    await healthyPlus(`${TASK('task:tc/plan/t2')} MATCH ()-[r:RESPONSIBLE_FOR]->(t) DELETE r`);
    const [f, ...rest] = await findingsOf('raci-no-responsible');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('high');
    expect(f?.sentence).toBe(
      'Nobody is Responsible for "Run winter shelter beds in church halls" (row 5): no party is named to do it.',
    );
    expect(f?.id).toBe('raci-no-responsible:task:tc/plan/t2');
  });

  it('raci-accountable-count: none is high, two is medium', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t1')} MATCH ()-[r:ACCOUNTABLE_FOR]->(t) DELETE r`,
      `${TASK('task:tc/plan/t2')} MATCH (o:Role {key: 'role:tc/outreach-officer'}) CREATE (o)-[:ACCOUNTABLE_FOR {source: 'source:test', locator: 'row 5'}]->(t)`,
    );
    const found = await findingsOf('raci-accountable-count');
    expect(found.map((f) => [f.nodes[0]?.key, f.severity])).toEqual([
      ['task:tc/plan/t1', 'high'],
      ['task:tc/plan/t2', 'medium'],
    ]);
    expect(found[1]?.sentence).toContain('2 Accountable parties, Outreach Officer and Test Board');
  });

  it('unserved-client-group: a group a task names that nothing serves', async () => {
    await healthyPlus(
      `CREATE (:ClientGroup {key: 'clientgroup:care-leavers', name: 'Care leavers', aliases: ['care leaver']})`,
      `${TASK('task:tc/plan/t2')} SET t.title = 'Run winter shelter beds in church halls, with places for care leavers'`,
    );
    const [f, ...rest] = await findingsOf('unserved-client-group');
    expect(rest).toEqual([]);
    expect(f?.nodes).toEqual([
      { key: 'clientgroup:care-leavers', label: 'ClientGroup', name: 'Care leavers' },
    ]);
    expect(f?.sentence).toBe(
      'Care leavers are named in the plan (row 5), but no task or service serves them.',
    );
    expect(f?.evidence[0]).toMatchObject({ kind: 'text', source: 'source:test', locator: 'row 5' });
  });

  it('missing-client-group: a task for nobody, but not a task for All', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t2')} MATCH (t)-[r:SERVES]->() DELETE r`,
      `${TASK('task:tc/plan/t1')} MATCH (t)-[r:SERVES]->() DELETE r SET t.forAll = true`,
    );
    const found = await findingsOf('missing-client-group');
    expect(found.map((f) => f.nodes[0]?.key)).toEqual(['task:tc/plan/t2']);
  });

  it('no-lived-experience: lived experience only Informed', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t1')} MATCH (p:Party {key: 'org:ple'})-[r:CONSULTED_ON]->(t) DELETE r CREATE (p)-[:INFORMED_OF {source: 'source:test', locator: 'row 4'}]->(t)`,
    );
    const [f, ...rest] = await findingsOf('no-lived-experience');
    expect(rest).toEqual([]);
    expect(f?.sentence).toMatch(/not consulted on .*\(row 4\): they are only Informed\.$/);
  });

  it('overdue: past its month and not done; done and ongoing tasks are not', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t1')} SET t.due = date('2023-06-01'), t.dueRaw = 'June 2023'`,
      `${TASK('task:tc/plan/t2')} SET t.due = date('2023-06-01'), t.dueRaw = 'June 2023', t.status = 'done'`,
    );
    const found = await findingsOf('overdue');
    expect(found.map((f) => [f.nodes[0]?.key, f.severity])).toEqual([['task:tc/plan/t1', 'high']]);
    expect(found[0]?.sentence).toContain('was due by June 2023 and is 6 months late');
    expect(await findingsOf('overdue', { today: '2023-06-30' })).toEqual([]);
    const [medium] = await findingsOf('overdue', { today: '2023-08-01' });
    expect(medium?.severity).toBe('medium');
    await db.query(`${TASK('task:tc/plan/t1')} SET t.dueKind = 'ongoing'`);
    expect(await findingsOf('overdue')).toEqual([]);
  });

  it('overloaded-party: far above the median, with the factor a parameter', async () => {
    await healthyPlus(`
      MATCH (p:Plan), (o:Objective), (src:Source {key: 'source:test'}), (officer:Role)
      UNWIND range(1, 5) AS i
      CREATE (t:Task {key: 'task:tc/plan/extra-' + i, title: 'Extra task ' + i, row: 10 + i, status: 'not_started'})-[:IN_PLAN]->(p)
      CREATE (t)-[:UNDER]->(o)
      CREATE (officer)-[:RESPONSIBLE_FOR {source: 'source:test', locator: 'row ' + (10 + i)}]->(t)
      CREATE (:Organisation:Party {key: 'org:helper-' + i, name: 'Helper ' + i, aliases: []})-[:RESPONSIBLE_FOR {source: 'source:test', locator: 'row ' + (10 + i)}]->(t)`);
    // Outreach Officer 6 tasks; Outreach Team and five helpers 1 each: median 1.
    const [f, ...rest] = await findingsOf('overloaded-party');
    expect(rest).toEqual([]);
    expect(f?.nodes[0]?.name).toBe('Outreach Officer');
    expect(f?.sentence).toContain('Responsible for 6 tasks');
    expect(await findingsOf('overloaded-party', { overloadFactor: 6 })).toEqual([]);
  });

  it('concentrated-accountability: one party Accountable for most of five or more tasks', async () => {
    await healthyPlus(`
      MATCH (p:Plan), (b:Board)
      UNWIND range(1, 4) AS i
      CREATE (t:Task {key: 'task:tc/plan/more-' + i, title: 'More work ' + i, row: 20 + i})-[:IN_PLAN]->(p)
      CREATE (b)-[:ACCOUNTABLE_FOR {source: 'source:test', locator: 'row ' + (20 + i)}]->(t)`);
    const [f] = await findingsOf('concentrated-accountability');
    expect(f?.sentence).toBe(
      'Test Board is Accountable for 6 of the 6 tasks (100%): one post answers for most of the plan.',
    );
  });

  it('single-point-of-failure: the only party between a task and its board', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t2')} MATCH (b:Board)-[r:ACCOUNTABLE_FOR]->(t) DELETE r`,
      `${TASK('task:tc/plan/t2')} MATCH (:Party {key: 'org:ple'})-[r:CONSULTED_ON]->(t) DELETE r`,
    );
    // Task 2 now reaches the board only through the Outreach Officer, then the team.
    const found = await findingsOf('single-point-of-failure');
    expect(found.map((f) => [f.nodes[0]?.name, f.severity]).sort()).toEqual([
      ['Outreach Officer', 'high'],
      ['Outreach Team', 'high'],
    ]);
    expect(found[0]?.sentence).toContain(
      "is the only link between 1 piece of Test Council's work and any board",
    );
    // The council whose work it is, named and among the finding's nodes.
    expect(found[0]?.nodes.map((n) => n.key)).toContain('org:tc');
  });

  it('no-measure: a task with no measure of success', async () => {
    await healthyPlus(`${TASK('task:tc/plan/t1')} MATCH (t)-[:MEASURED_BY]->(m) DETACH DELETE m`);
    expect((await findingsOf('no-measure')).map((f) => f.nodes[0]?.key)).toEqual([
      'task:tc/plan/t1',
    ]);
  });

  it('unfunded-service: a service people use with no funding; a statutory one is left out', async () => {
    await healthyPlus(
      `MATCH (s:Service {key: 'service:day-centre'})-[r:FUNDED_BY]->() DELETE r`,
      `MATCH (rs:ClientGroup) CREATE (:Service {key: 'service:assessment', name: 'Statutory assessment', statutory: true})-[:SERVES]->(rs)`,
    );
    const [f, ...rest] = await findingsOf('unfunded-service');
    expect(rest).toEqual([]);
    expect(f?.sentence).toBe(
      'No funding stream is recorded for Day centre, which serves Rough Sleepers (provided by Outreach Team and Shelter Charity): how it is paid for, and for how long, is not known.',
    );
  });

  it('untraced-funding-stream: a stream a task names that pays for nothing', async () => {
    await healthyPlus(
      `CREATE (:FundingStream {key: 'funding:rsi', name: 'Rough Sleeping Initiative', aliases: ['RSI']})`,
      `${TASK('task:tc/plan/t2')} SET t.title = 'Run winter shelter beds from RSI money'`,
    );
    const [f, ...rest] = await findingsOf('untraced-funding-stream');
    expect(rest).toEqual([]);
    expect(f?.sentence).toBe(
      'Rough Sleeping Initiative (RSI) is named in the plan (row 5) but pays for no service on record: what it funds cannot be traced.',
    );
  });

  it('pathway-dead-end: a route that stops short of a move-on', async () => {
    await healthyPlus(`MATCH (:Pathway)-[r:STEP {order: 2}]->() DELETE r`);
    const [f, ...rest] = await findingsOf('pathway-dead-end');
    expect(rest).toEqual([]);
    expect(f?.sentence).toBe(
      'The Street to home pathway for Rough Sleepers ends at Day centre with no onward step or move-on: people have nowhere recorded to go next.',
    );
  });

  it('pathway-no-provider: a route none of whose steps anyone provides', async () => {
    await healthyPlus(`MATCH ()-[r:PROVIDES]->() DELETE r`);
    const [f, ...rest] = await findingsOf('pathway-no-provider');
    expect(rest).toEqual([]);
    expect(f?.nodes[0]?.name).toBe('Street to home');
  });

  it('disengaged-party: a board member with no letter', async () => {
    await healthyPlus(
      `MATCH (b:Board) CREATE (:Organisation:Party {key: 'org:quiet', name: 'Quiet Charity', aliases: []})-[:MEMBER_OF {source: 'source:test', locator: 'row 1'}]->(b)`,
    );
    const [f] = await findingsOf('disengaged-party');
    expect(f?.sentence).toBe(
      'Quiet Charity is a member of Test Board but holds no letter on any task: capacity the plan does not use.',
    );
  });

  it('informed-never-consulted: a party only ever Informed', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t1')} CREATE (:Board:Party {key: 'board:cabinet', name: 'Cabinet', aliases: []})-[:INFORMED_OF {source: 'source:test', locator: 'row 4'}]->(t)`,
    );
    const [f] = await findingsOf('informed-never-consulted');
    expect(f?.nodes[0]?.name).toBe('Cabinet');
    expect(f?.severity).toBe('low');
  });

  it('raci-several-letters: Responsible and Consulted on the same task', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t1')} MATCH (team:Organisation {key: 'org:tc/outreach-team'}) CREATE (team)-[:CONSULTED_ON {source: 'source:test', locator: 'row 4'}]->(t)`,
    );
    const [f] = await findingsOf('raci-several-letters');
    expect(f?.severity).toBe('medium');
    expect(f?.sentence).toBe(
      'Outreach Team is Consulted and Responsible on row 4: it is asked about, or told of, its own work.',
    );
  });

  it('accountable-board-unlinked: the doer is not linked to the board', async () => {
    await healthyPlus(
      `MATCH (:Organisation {key: 'org:tc/outreach-team'})-[r:MEMBER_OF]->() DELETE r`,
    );
    const found = await findingsOf('accountable-board-unlinked');
    expect(found.map((f) => f.nodes.map((n) => n.key))).toEqual([
      ['task:tc/plan/t1', 'board:tb'],
      ['task:tc/plan/t2', 'board:tb'],
    ]);
  });

  it('objective-without-tasks: an objective nothing delivers', async () => {
    await healthyPlus(
      `MATCH (p:Plan) CREATE (:Objective {key: 'objective:tc/plan/empty', title: 'Build more homes', order: 2})-[:IN_PLAN]->(p)`,
    );
    const [f] = await findingsOf('objective-without-tasks');
    expect(f?.sentence).toBe(
      'The objective "Build more homes" of Test Plan has no task under it: nothing delivers it.',
    );
  });

  it('duplicate-measure: a measure copied, and one cut off', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t2')} CREATE (t)-[:MEASURED_BY {source: 'source:test', locator: 'row 5'}]->(:Measure {key: 'measure:t2/2', text: 'Day centre open five days a week', order: 2})`,
    );
    const [f, ...rest] = await findingsOf('duplicate-measure');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('medium');
    expect(f?.sentence).toMatch(/^Rows 4 and 5 share 1 measure word for word/);
    await db.query(`MATCH (m:Measure {key: 'measure:t2/2'}) SET m.text = 'Day centre open five'`);
    expect((await findingsOf('duplicate-measure'))[0]?.evidence[1]?.description).toContain(
      'cut-off copy',
    );
  });

  it('similar-tasks: two tasks for the same people saying nearly the same thing', async () => {
    await healthyPlus(
      `${TASK('task:tc/plan/t2')} SET t.title = 'Open a day centre with showers for people who sleep rough in the city'`,
    );
    const [f] = await findingsOf('similar-tasks');
    expect(f?.nodes.map((n) => n.key)).toEqual(['task:tc/plan/t1', 'task:tc/plan/t2']);
    expect(f?.sentence).toMatch(/^Rows 4 and 5 say nearly the same thing \(similarity 0\.\d\d/);
    expect(await findingsOf('similar-tasks', { similarityThreshold: 0.99 })).toEqual([]);
  });

  it('overlapping-provision: two services for the same people and purpose', async () => {
    await healthyPlus(
      `MATCH (rs:ClientGroup) CREATE (:Service {key: 'service:drop-in', name: 'Drop-in centre', description: 'A day centre: a place to wash, eat and get advice.'})-[:SERVES {source: 'source:test', locator: 'row 6'}]->(rs)`,
    );
    const [f, ...rest] = await findingsOf('overlapping-provision');
    expect(rest).toEqual([]);
    expect(f?.nodes.map((n) => n.key)).toEqual([
      'service:day-centre',
      'service:drop-in',
      'clientgroup:rough-sleepers',
    ]);
  });

  it('alias-duplicate: the council name taken out, the rest is one group', async () => {
    await healthyPlus(
      `CREATE (:Board:Party {key: 'board:tc/rsg', name: 'TC Rough Sleeper Group', aliases: [], authority: 'org:tc'})`,
      `CREATE (:Board:Party {key: 'board:rsg', name: 'Rough Sleeper Group', aliases: []})`,
    );
    const [f, ...rest] = await findingsOf('alias-duplicate');
    expect(rest).toEqual([]);
    expect(f?.sentence).toContain('are probably one');
  });

  it('composite-party: a party whose name lists others', async () => {
    await healthyPlus(
      `CREATE (:Organisation:Party {key: 'org:fin', name: 'Finance Service', aliases: ['Finance']})`,
      `CREATE (:Organisation:Party {key: 'org:legal', name: 'Legal Service', aliases: ['Legal']})`,
      `${TASK('task:tc/plan/t1')} CREATE (:Organisation:Party {key: 'org:both', name: 'Finance and Legal services', aliases: []})-[:CONSULTED_ON {source: 'source:test', locator: 'row 4'}]->(t)`,
    );
    const [f] = await findingsOf('composite-party');
    expect(f?.nodes.map((n) => n.key)).toEqual(['org:both', 'org:fin', 'org:legal']);
    expect(f?.sentence).toContain('(row 4) lists 2 parties');
  });
});

describe('scope', () => {
  it('an objective keeps the task rules to its tasks', async () => {
    await healthyPlus(
      `MATCH (p:Plan) CREATE (o2:Objective {key: 'objective:tc/plan/other', title: 'Other things', order: 2})-[:IN_PLAN]->(p)
       WITH o2 MATCH (t:Task {key: 'task:tc/plan/t2'})-[r:UNDER]->() DELETE r CREATE (t)-[:UNDER]->(o2)`,
      `MATCH ()-[r:RESPONSIBLE_FOR]->(:Task) DELETE r`,
    );
    const all = await findingsOf('raci-no-responsible');
    expect(all).toHaveLength(2);
    const focused = await findingsOf('raci-no-responsible', { objective: 'Other things' });
    expect(focused.map((f) => f.nodes[0]?.key)).toEqual(['task:tc/plan/t2']);
    const byAuthority = await findingsOf('raci-no-responsible', { authority: 'TC' });
    expect(byAuthority).toHaveLength(2);
  });

  it('a council keeps the rows naming a shared service to its own plan', async () => {
    // Test Council's row 4 and another council's row 7 both name the unfunded day centre.
    await healthyPlus(
      `MATCH (s:Service {key: 'service:day-centre'})-[r:FUNDED_BY]->() DELETE r`,
      `MATCH (src:Source)
       CREATE (oc:Organisation:Party {key: 'org:oc', name: 'Other Council', kind: 'council', aliases: []})
       CREATE (p:Plan {key: 'plan:oc/plan', title: 'Other Plan', authority: 'org:oc'})-[:BY]->(oc)
       CREATE (t:Task {key: 'task:oc/plan/t7', title: 'Keep the day centre open at weekends', row: 7, status: 'not_started', forAll: false})-[:IN_PLAN]->(p)
       CREATE (t)-[:FROM {locator: 'row 7'}]->(src)`,
      `MATCH (t:Task {key: 'task:tc/plan/t1'}) SET t.title = 'Open a day centre for people sleeping rough'`,
    );
    const rowsOf = (found: Finding[]) =>
      found
        .filter((f) => f.nodes[0]?.key === 'service:day-centre')
        .flatMap((f) => f.evidence.filter((e) => e.kind === 'row').map((e) => e.locator));
    expect(rowsOf(await findingsOf('unfunded-service')).sort()).toEqual(['row 4', 'row 7']);
    expect(rowsOf(await findingsOf('unfunded-service', { authority: 'TC' }))).toEqual(['row 4']);
  });

  it('a council keeps the pathway rules to its own pathways', async () => {
    // Another council's route ends at its own hub, which nobody provides.
    await healthyPlus(
      `CREATE (:Organisation:Party {key: 'org:oc', name: 'Other Council', kind: 'council', aliases: []})
       CREATE (route:Pathway {key: 'pathway:oc/route', name: 'Other route', description: 'A hub.'})
       CREATE (route)-[:STEP {order: 1}]->(:Service {key: 'service:oc/hub', name: 'Other hub', statutory: false})`,
    );
    for (const id of ['pathway-dead-end', 'pathway-no-provider']) {
      expect(
        (await findingsOf(id)).map((f) => f.nodes[0]?.key),
        id,
      ).toEqual(['pathway:oc/route']);
      expect(await findingsOf(id, { authority: 'TC' }), id).toEqual([]);
      const other = await findingsOf(id, { authority: 'Other Council' });
      expect(
        other.map((f) => f.nodes[0]?.key),
        id,
      ).toEqual(['pathway:oc/route']);
    }
  });

  it('a council keeps the rules about parties and services to its own and the shared ones', async () => {
    await healthyPlus(
      // Another council's team sits on its board with no letter, and the council itself (with a
      // plan of its own) on its county's partnership, a shared board tied only to that council;
      // a shared charity and a county council with no plan sit on a shared board tied to no
      // council, in every council's network.
      `CREATE (oc:Organisation:Party {key: 'org:oc', name: 'Other Council', kind: 'council', aliases: []})
       CREATE (:Plan {key: 'plan:oc/plan', title: 'Other Plan', authority: 'org:oc'})-[:BY]->(oc)
       CREATE (oc)-[:MEMBER_OF]->(:Board:Party {key: 'board:oc-county', name: 'Other County Partnership', kind: 'board', aliases: []})
       CREATE (:Organisation:Party {key: 'org:oc/idle-team', name: 'Idle Team', kind: 'team', aliases: [], authority: 'org:oc'})
         -[:MEMBER_OF]->(:Board:Party {key: 'board:oc/board', name: 'Other Board', kind: 'board', aliases: [], authority: 'org:oc'})
       CREATE (:Organisation:Party {key: 'org:idle-charity', name: 'Idle Charity', kind: 'vcs', aliases: []})
         -[:MEMBER_OF]->(county:Board:Party {key: 'board:county', name: 'County Board', kind: 'board', aliases: []})
       CREATE (:Organisation:Party {key: 'org:county-council', name: 'County Council', kind: 'council', aliases: []})
         -[:MEMBER_OF]->(county)`,
      // The other council's two night shelters for rough sleepers and a county scheme it alone
      // provides (all three unfunded), its team entered twice, and a party that lists two of its
      // services.
      `MATCH (rs:ClientGroup)
       CREATE (:Service {key: 'service:oc/shelter', name: 'Night shelter', description: 'Emergency beds every night of the winter for people sleeping rough.'})-[:SERVES]->(rs)
       CREATE (:Service {key: 'service:oc/winter-beds', name: 'Winter night shelter', description: 'Emergency beds every night of the winter for people sleeping rough.'})-[:SERVES]->(rs)
       CREATE (cs:Service {key: 'service:county-scheme', name: 'County scheme', description: 'Advice.'})-[:SERVES]->(rs)
       CREATE (cs)<-[:PROVIDES]-(:Organisation:Party {key: 'org:oc/advice', name: 'Advice Team', kind: 'team', aliases: [], authority: 'org:oc'})
       CREATE (:Organisation:Party {key: 'org:oc/idle-team-2', name: 'IDLE TEAM', kind: 'team', aliases: [], authority: 'org:oc'})
       CREATE (:Organisation:Party {key: 'org:oc/fin', name: 'Finance Service', kind: 'team', aliases: [], authority: 'org:oc'})
       CREATE (:Organisation:Party {key: 'org:oc/legal', name: 'Legal Service', kind: 'team', aliases: [], authority: 'org:oc'})
       CREATE (:Organisation:Party {key: 'org:oc/both', name: 'Finance Service and Legal Service', kind: 'team', aliases: [], authority: 'org:oc'})`,
    );
    const keysOf = (found: Finding[]) => found.map((f) => f.nodes.map((n) => n.key).join(' '));
    const everyCouncil = [
      'org:county-council board:county',
      'org:idle-charity board:county',
      'org:oc board:oc-county',
      'org:oc/idle-team board:oc/board',
    ];
    expect(keysOf(await findingsOf('disengaged-party')).sort()).toEqual(everyCouncil);
    expect(keysOf(await findingsOf('disengaged-party', { authority: 'TC' })).sort()).toEqual([
      'org:county-council board:county',
      'org:idle-charity board:county',
    ]);
    const other = await findingsOf('disengaged-party', { authority: 'Other Council' });
    expect(keysOf(other).sort()).toEqual(everyCouncil);
    const unfunded = ['service:county-scheme', 'service:oc/shelter', 'service:oc/winter-beds'];
    expect(keysOf(await findingsOf('unfunded-service')).sort()).toEqual(unfunded);
    expect(await findingsOf('unfunded-service', { authority: 'TC' })).toEqual([]);
    const otherUnfunded = await findingsOf('unfunded-service', { authority: 'Other Council' });
    expect(keysOf(otherUnfunded).sort()).toEqual(unfunded);
    for (const id of ['overlapping-provision', 'alias-duplicate', 'composite-party']) {
      expect(await findingsOf(id), id).toHaveLength(1);
      expect(await findingsOf(id, { authority: 'TC' }), id).toEqual([]);
      expect(await findingsOf(id, { authority: 'Other Council' }), id).toHaveLength(1);
    }
  });

  it('a council keeps single-point-of-failure to its own work, not other councils’ pathways', async () => {
    // Another council's pathway reaches its board only through that council's team.
    await healthyPlus(
      `CREATE (:Organisation:Party {key: 'org:oc', name: 'Other Council', kind: 'council', aliases: []})
       CREATE (route:Pathway {key: 'pathway:oc/route', name: 'Other route', description: 'A hub.'})
       CREATE (hub:Service {key: 'service:oc/hub', name: 'Other hub', statutory: false})
       CREATE (team:Organisation:Party {key: 'org:oc/team', name: 'Other Team', kind: 'team', aliases: [], authority: 'org:oc'})
       CREATE (board:Board:Party {key: 'board:oc/board', name: 'Other Board', kind: 'board', aliases: [], authority: 'org:oc'})
       CREATE (route)-[:STEP {order: 1}]->(hub)
       CREATE (team)-[:PROVIDES]->(hub)
       CREATE (team)-[:MEMBER_OF]->(board)`,
    );
    const everyCouncil = await findingsOf('single-point-of-failure');
    expect(everyCouncil.map((f) => f.nodes[0]?.name)).toContain('Other Team');
    expect(await findingsOf('single-point-of-failure', { authority: 'TC' })).toEqual([]);
    const other = await findingsOf('single-point-of-failure', { authority: 'Other Council' });
    expect(other.map((f) => f.nodes[0]?.name)).toEqual(['Other Team']);
  });
});
