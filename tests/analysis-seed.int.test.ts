// The gap and duplication rules on the seed graph (the curated Worcester data and its action
// plan): findings a planner would agree with, rule by rule. The seed is loaded once.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { importSeedPlans, loadCuratedSeed } from '../server/src/seed/load-seed.js';
import { linkMentions, rules, runAnalysis, type Finding } from '../server/src/analysis/index.js';

const db = useTestDatabase({ isolation: 'file' });
let findings: Finding[] = [];

const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
const names = (f: Finding, label?: string) =>
  f.nodes.filter((n) => !label || n.label === label).map((n) => n.name);
const rowsOf = (list: Finding[]) =>
  list
    .flatMap((f) => f.evidence.map((e) => e.locator))
    .filter((l): l is string => !!l && /^row \d+$/.test(l));

beforeAll(async () => {
  await loadCuratedSeed(db.driver, db.database);
  await importSeedPlans(db.driver, db.database);
  ({ findings } = await runAnalysis(db.driver, { today: '2023-12-31' }, { database: db.database }));
});

describe('the rules on the Worcester seed', () => {
  it('recognises mentions once and changes nothing on a second run', async () => {
    const again = await linkMentions(db.driver, { database: db.database });
    expect(again.created).toBe(0);
    expect(again.removed).toBe(0);
    const [row] = await db.query<{ groups: string[] }>(
      `MATCH (x)-[:MENTIONS {recognisedBy: 'vocabulary'}]->(g:ClientGroup)
       WHERE x:Task OR x:Measure OR x:Service
       RETURN collect(DISTINCT g.name) AS groups`,
    );
    expect(row?.groups).toEqual(
      expect.arrayContaining([
        'Female rough sleepers',
        'Care leavers',
        'Prison leavers',
        'Former military personnel',
        'People with no recourse to public funds',
        'Families in B&B',
        'Single homeless',
        'Children and young people',
        'People with complex needs',
      ]),
    );
  });

  it('reads nothing while the database is unchanged, and sees a change written by anyone', async () => {
    await linkMentions(db.driver, { database: db.database });
    expect(await linkMentions(db.driver, { database: db.database })).toMatchObject({
      created: 0,
      removed: 0,
      unchanged: true,
    });
    // A title edited through another connection (as the importer or a planner would).
    const task = 'task:worcester-city-council/homelessness-and-rough-sleeping-action-plan/x-test';
    const mentions = () =>
      db.query<{ to: string }>(`MATCH (:Task {key: $task})-[:MENTIONS]->(g) RETURN g.key AS to`, {
        task,
      });
    await db.query(
      `MATCH (p:Plan) WITH p LIMIT 1
      CREATE (:Task {key: $task, title: 'Beds for care leavers'})-[:IN_PLAN]->(p)`,
      { task },
    );
    const after = await linkMentions(db.driver, { database: db.database });
    expect(after.unchanged).toBeUndefined();
    expect(after.created).toBe(1);
    expect((await mentions()).map((m) => m.to)).toEqual(['clientgroup:care-leavers']);
    // And the change undone is seen too: the mention goes with the text.
    await db.query(`MATCH (t:Task {key: $task}) SET t.title = 'Beds'`, { task });
    expect((await linkMentions(db.driver, { database: db.database })).removed).toBe(1);
    await db.query(`MATCH (t:Task {key: $task}) DETACH DELETE t`, { task });
    expect(await mentions()).toEqual([]);
  });

  it('finds a new name in a text it has already read (texts are remembered between runs)', async () => {
    const task = 'task:worcester-city-council/homelessness-and-rough-sleeping-action-plan/x-hostel';
    const group = 'clientgroup:x-hostel-dwellers';
    await db.query(
      `MATCH (p:Plan) WITH p LIMIT 1
      CREATE (:Task {key: $task, title: 'Move-on for hostel dwellers'})-[:IN_PLAN]->(p)`,
      { task },
    );
    try {
      await linkMentions(db.driver, { database: db.database });
      // The text is unchanged; the graph learns a name it uses.
      await db.query(`CREATE (:ClientGroup {key: $group, name: 'Hostel dwellers'})`, { group });
      expect((await linkMentions(db.driver, { database: db.database })).created).toBe(1);
      const [row] = await db.query<{ to: string[] }>(
        `MATCH (:Task {key: $task})-[:MENTIONS]->(g) RETURN collect(g.key) AS to`,
        { task },
      );
      expect(row?.to).toEqual([group]);
    } finally {
      await db.query(`MATCH (x) WHERE x.key IN [$task, $group] DETACH DELETE x`, { task, group });
      await linkMentions(db.driver, { database: db.database });
    }
  });

  it('finds the client groups the documents name but nobody serves', () => {
    expect(
      byRule('unserved-client-group')
        .map((f) => names(f)[0])
        .sort(),
    ).toEqual([
      'Care leavers',
      'Female rough sleepers',
      'Former military personnel',
      'People with no recourse to public funds',
      'Prison leavers',
      'Private renters',
    ]);
    const female = byRule('unserved-client-group').find(
      (f) => names(f)[0] === 'Female rough sleepers',
    );
    expect(female?.severity).toBe('high');
    expect(female?.sentence).toContain('rows 7 and 26');
  });

  it('finds the Renters Reform task (row 43) with no client group', () => {
    const [finding, ...rest] = byRule('missing-client-group');
    expect(rest).toEqual([]);
    expect(finding?.nodes[0]?.name).toMatch(
      /^Prepare for the implementation of the Renters Reform Act/,
    );
    expect(finding?.sentence).toContain('(row 43)');
    expect(finding?.sentence).toContain('Private renters');
  });

  it('finds row 5 accountable to both the Housing Board and WSHOG', () => {
    const [finding, ...rest] = byRule('raci-accountable-count');
    expect(rest).toEqual([]);
    expect(names(finding as Finding, 'Task')[0]).toMatch(/^Monitor outcomes from RSI/);
    expect(names(finding as Finding, 'Board').sort()).toEqual([
      'Housing Board',
      'Worcestershire Strategic Housing Officers Group',
    ]);
    expect(rowsOf([finding as Finding])).toContain('row 5');
  });

  it('finds the Delivery Framework measures copied between rows 15 and 35', () => {
    const copies = byRule('duplicate-measure').filter((f) => f.severity === 'medium');
    expect(copies).toHaveLength(1);
    expect(copies[0]?.sentence).toMatch(/^Rows 15 and 35 share 3 measures/);
    expect(names(copies[0] as Finding, 'Measure')).toContain(
      'Delivery Framework produced, with clear direction on a range of possible delivery options.',
    );
    expect(names(copies[0] as Finding, 'Measure')).toContain('Additional units of temporary');
    // The prevention measures of rows 40-42 are alike but count different people: low.
    expect(
      byRule('duplicate-measure')
        .filter((f) => f.severity === 'low')
        .map((f) => f.sentence.slice(0, 17))
        .sort(),
    ).toEqual(['Rows 40 and 41 me', 'Rows 40 and 42 me', 'Rows 41 and 42 me']);
  });

  it('finds the tasks on which people with lived experience are not consulted', () => {
    expect(
      rowsOf(byRule('no-lived-experience'))
        .map((r) => Number(r.slice(4)))
        .sort((a, b) => a - b),
    ).toEqual([6, 9, 19, 25, 33, 35, 40, 41, 50]);
  });

  it('finds the tasks overdue at the end of 2023, the oldest as high', () => {
    const overdue = byRule('overdue');
    expect(
      rowsOf(overdue)
        .map((r) => Number(r.slice(4)))
        .sort((a, b) => a - b),
    ).toEqual([7, 9, 14, 19, 24, 25, 32, 44]);
    expect(overdue.find((f) => f.sentence.includes('(row 7)'))?.severity).toBe('high');
  });

  it('finds the two posts carrying most of the work', () => {
    expect(byRule('overloaded-party').map((f) => names(f)[0])).toEqual([
      'Strategic Housing Team Manager',
      'Rough Sleeping Co-ordinator',
    ]);
    expect(byRule('overloaded-party')[0]?.sentence).toContain('median of 2.5');
    expect(byRule('concentrated-accountability').map((f) => f.sentence)).toEqual([
      expect.stringMatching(/^Head of Homes and Communities is Accountable for 23 of the 29 tasks/),
    ]);
  });

  it('finds the Community Safety Detached Team as the only link to community safety governance', () => {
    expect(byRule('single-point-of-failure').map((f) => names(f)[0])).toEqual([
      'Community Safety Detached Team',
      'Safer Worcester Partnership',
    ]);
  });

  it('finds every pathway ending without a move-on, and the rough sleeper route nobody provides', () => {
    expect(byRule('pathway-dead-end')).toHaveLength(7);
    expect(byRule('pathway-no-provider').map((f) => names(f, 'Pathway')[0])).toEqual([
      'Rough sleeper accommodation route',
    ]);
  });

  it('finds the boards accountable for work done by parties not linked to them', () => {
    expect(
      byRule('accountable-board-unlinked').map((f) => [rowsOf([f])[0], names(f, 'Board')[0]]),
    ).toEqual([
      ['row 4', 'Housing Board'],
      ['row 5', 'Housing Board'],
      ['row 9', 'Worcestershire Strategic Housing Officers Group'],
      ['row 26', 'Worcestershire Strategic Housing Officers Group'],
      ['row 40', 'Worcestershire Strategic Housing Officers Group'],
    ]);
  });

  it('finds the funding that cannot be traced and the two rough sleeping streams that overlap', () => {
    expect(
      byRule('untraced-funding-stream')
        .map((f) => names(f)[0])
        .sort(),
    ).toEqual(['Rough Sleeping Accommodation Programme', 'Rough Sleeping Initiative']);
    const [overlap, ...rest] = byRule('overlapping-provision');
    expect(rest).toEqual([]);
    expect(names(overlap as Finding).sort()).toEqual([
      'Rough Sleepers',
      'Rough Sleeping Accommodation Programme',
      'Rough Sleeping Initiative',
    ]);
    const unfunded = byRule('unfunded-service').map((f) => names(f)[0]);
    expect(unfunded).toEqual(expect.arrayContaining(['Housing First', 'No Second Night Out']));
    expect(unfunded).not.toContain('Homes for Ukraine');
  });

  it('finds the data-quality slips: the DWAS scheme entered as a party and a party that lists four', () => {
    expect(byRule('alias-duplicate').map((f) => f.nodes.map((n) => n.label).sort())).toEqual([
      ['Organisation', 'Service'],
    ]);
    expect(byRule('alias-duplicate')[0]?.sentence).toContain('DWAS');
    expect(byRule('composite-party').map((f) => names(f).slice(1).sort())).toEqual([
      ['Finance Service', 'Legal Service', 'Planning Service', 'Property Services'],
    ]);
    const several = byRule('raci-several-letters');
    expect(
      several
        .filter((f) => f.severity === 'medium')
        .map((f) => names(f)[0])
        .sort(),
    ).toEqual([
      'Homes for Ukraine Officers',
      'Housing and Welfare Options Team',
      'Worcestershire Strategic Housing Officers Group',
    ]);
  });

  it('finds members with no part and parties only ever told', () => {
    expect(byRule('disengaged-party').map((f) => names(f)[0])).toEqual([
      'Community Safety Detached Team',
      'Safer Worcester Partnership',
    ]);
    expect(
      byRule('informed-never-consulted')
        .map((f) => names(f)[0])
        .sort(),
    ).toEqual([
      'Committee Chair and Vice Chair',
      'Communities Committee',
      'Corporate Leadership Team',
      'Health and Wellbeing Board',
    ]);
  });

  it('finds nothing for the rules the seed gives no cause for, as their headers say', () => {
    for (const id of [
      'raci-no-responsible',
      'no-measure',
      'objective-without-tasks',
      'similar-tasks',
    ]) {
      expect(byRule(id), id).toEqual([]);
    }
  });

  it('runs every rule, gives each finding a stable id, evidence and a sentence', async () => {
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(15);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    for (const f of findings) {
      expect(f.sentence.length, f.id).toBeGreaterThan(20);
      expect(f.evidence.length, f.id).toBeGreaterThan(0);
      expect(f.nodes.length, f.id).toBeGreaterThan(0);
    }
    const again = await runAnalysis(db.driver, { today: '2023-12-31' }, { database: db.database });
    expect(again.findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));
    expect(rules.map((r) => r.id)).toEqual(again.ranRules);
  });

  it('with its only council chosen, runs every rule and finds what it finds for every council', async () => {
    // A council scope reads as "this council's findings": with one council loaded, all of them.
    const own = await runAnalysis(
      db.driver,
      { authority: 'Worcester City Council', today: '2023-12-31' },
      { database: db.database },
    );
    expect(own.parameters.authority).toBe('org:worcester-city-council');
    expect(own.ranRules).toEqual(rules.map((r) => r.id));
    expect(own.findings).toEqual(findings);
  });

  it('focuses on one client group, by name, with only the rules that honour it', async () => {
    const result = await runAnalysis(
      db.driver,
      { clientGroup: 'rough sleepers', today: '2023-12-31' },
      { database: db.database },
    );
    expect(result.parameters.clientGroup).toBe('clientgroup:rough-sleepers');
    expect(result.ranRules).not.toContain('alias-duplicate');
    expect(
      result.findings
        .filter((f) => f.ruleId === 'unserved-client-group')
        .map((f) => f.nodes[0]?.name),
    ).toEqual(['Female rough sleepers']);
    expect(result.findings.some((f) => f.ruleId === 'missing-client-group')).toBe(false);
    expect(result.findings.filter((f) => f.ruleId === 'raci-accountable-count')).toHaveLength(1);
  });

  it('honours the overload factor and the similarity threshold', async () => {
    const strict = await runAnalysis(
      db.driver,
      {
        rules: ['overloaded-party', 'duplicate-measure'],
        overloadFactor: 5,
        similarityThreshold: 0.95,
      },
      { database: db.database, linkMentions: false },
    );
    expect(
      strict.findings.filter((f) => f.ruleId === 'overloaded-party').map((f) => f.nodes[0]?.name),
    ).toEqual(['Strategic Housing Team Manager']);
    expect(strict.findings.filter((f) => f.ruleId === 'duplicate-measure')).toHaveLength(1);
  });

  it('says what is wrong with a bad parameter or scope', async () => {
    await expect(
      runAnalysis(db.driver, { today: '31/12/2023' }, { database: db.database }),
    ).rejects.toThrow(/today must be a date written YYYY-MM-DD/);
    await expect(
      runAnalysis(db.driver, { clientGroup: 'Martians' }, { database: db.database }),
    ).rejects.toThrow('No client group is called "Martians".');
    await expect(
      runAnalysis(db.driver, { rules: ['no-such-rule'] }, { database: db.database }),
    ).rejects.toThrow(/No rule is called "no-such-rule"/);
  });
});
