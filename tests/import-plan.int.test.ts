// The importer against the real database: the seed plan lands whole and exactly, a re-import
// changes nothing, a changed file updates what changed, and a failure writes nothing at all.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { graphSnapshot } from './helpers/graph-snapshot.js';
import { importSeedPlans, loadCuratedSeed } from '../server/src/seed/load-seed.js';
import { importPlan } from '../server/src/import/import-plan.js';
import { projectRoot } from '../server/src/config.js';

const db = useTestDatabase();
const seedPlan = path.join(projectRoot, 'cypher/seed/plans/worcester-homelessness-action-plan.tsv');
const PLAN = 'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan';

/** The 1-based line of the seed plan that holds `text`: the row the importer must report. */
function lineOf(text: string): number {
  return (
    fs
      .readFileSync(seedPlan, 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

async function seed() {
  await loadCuratedSeed(db.driver);
  const [report] = await importSeedPlans(db.driver);
  if (!report) throw new Error('no seed plan');
  return report;
}

async function taskByTitleStart(start: string) {
  const [row] = await db.query<Record<string, unknown>>(
    `MATCH (t:Task)-[:IN_PLAN]->(:Plan {key: $plan}) WHERE t.title STARTS WITH $start
     RETURN t.title AS title, t.row AS row, toString(t.due) AS due, t.dueRaw AS dueRaw, t.forAll AS forAll, t.status AS status,
       [(t)-[:UNDER]->(o) | o.title][0] AS objective,
       [(t)-[:SERVES]->(c) | c.name] AS clientGroups,
       [m IN apoc.coll.sortNodes([(t)-[:MEASURED_BY]->(m) | m], '^order') | m.text] AS measures,
       apoc.coll.sort([(p)-[:RESPONSIBLE_FOR]->(t) | p.name]) AS R,
       apoc.coll.sort([(p)-[:ACCOUNTABLE_FOR]->(t) | p.name]) AS A,
       apoc.coll.sort([(p)-[:CONSULTED_ON]->(t) | p.name]) AS C,
       apoc.coll.sort([(p)-[:INFORMED_OF]->(t) | p.name]) AS I`,
    { plan: PLAN, start },
  );
  return row;
}

describe('importing the seed action plan', () => {
  it('lands every task row with its objective, and six objectives in plan order', async () => {
    const report = await seed();
    expect(report.read.tasks).toBe(29);
    const [counts] = await db.query<{ tasks: number; objectives: string[] }>(
      `MATCH (p:Plan {key: $plan})
       RETURN COUNT { (t:Task)-[:IN_PLAN]->(p) WHERE (t)-[:UNDER]->(:Objective) } AS tasks,
         [o IN apoc.coll.sortNodes([(o:Objective)-[:IN_PLAN]->(p) | o], '^order') | o.title] AS objectives`,
      { plan: PLAN },
    );
    expect(Number(counts?.tasks)).toBe(29);
    expect(counts?.objectives).toEqual([
      'Make best use of funding to support and extend services for rough sleepers, with the aim of ensuring homelessness is rare, brief and non-recurrent',
      'Maximise relationships and contributions from partnerships and other agencies, including the VCS',
      'Increase the supply of affordable homes to meet a range of needs',
      'Improve the supply and reduce the use of temporary accommodation',
      'Prevent people from becoming homeless',
      'Governance',
    ]);
  });

  it('reads the safe-house row exactly as the plan wrote it', async () => {
    await seed();
    expect(await taskByTitleStart('Deliver 10 units of safe house')).toEqual({
      title: 'Deliver 10 units of safe house accommodation in Worcester City',
      row: lineOf('Deliver 10 units of safe house'),
      due: '2023-06-01',
      dueRaw: 'June 2023',
      forAll: false,
      status: 'not_started',
      objective: 'Increase the supply of affordable homes to meet a range of needs',
      clientGroups: ['Domestic Abuse'],
      measures: [
        '10 units of suitable safe accommodation available for victims of domestic abuse to receive accommodation based support',
        'Successful outcomes for safe house occupants',
      ],
      R: ['Strategic Housing Team Manager'],
      A: ['Head of Homes and Communities'],
      C: expect.arrayContaining(['Platform', "Women's Aid"]) as unknown,
      I: expect.arrayContaining(['Housing Board']) as unknown,
    });
  });

  it('splits run-together parties with the glossary and keeps both Accountables it was given', async () => {
    await seed();
    const task = await taskByTitleStart('Monitor outcomes from RSI');
    expect(task?.R).toHaveLength(2);
    expect(task?.A).toHaveLength(2);
    const parties = await db.query<{ key: string }>(
      `MATCH (p:Party)-[:RESPONSIBLE_FOR]->(t:Task) WHERE t.title STARTS WITH 'Monitor outcomes from RSI' RETURN p.key AS key ORDER BY key`,
    );
    expect(parties.map((p) => p.key)).toEqual([
      'board:homelessness-and-rough-sleeping-group',
      'board:wshog',
    ]);
  });

  it('resolves an abbreviation and its full name to one party, never two', async () => {
    await seed();
    const rows = await db.query<{ n: number }>(
      "MATCH (p:Party) WHERE p.name IN ['HWOT', 'Housing and Welfare Options Team', 'Housing and Welfare Options Teams'] OR 'HWOT' IN p.aliases RETURN count(p) AS n",
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('reads the timescale Jun-23 as June 2023, keeping the text as written', async () => {
    await seed();
    expect(
      await taskByTitleStart('Adopt and embed the Complex Adult Risk Management'),
    ).toMatchObject({
      due: '2023-06-01',
      dueRaw: 'Jun-23',
    });
  });

  it('reports each oddity it repaired with its row', async () => {
    const report = await seed();
    const codes = (code: string) => report.issues.filter((i) => i.code === code).map((i) => i.row);
    expect(codes('RACI_MULTIPLE_ACCOUNTABLE')).toEqual([5]);
    expect(codes('MISSING_CLIENT_GROUP')).toEqual([43]);
    expect(codes('ROW_SHIFTED')).toEqual([35]);
    expect(codes('PARTIES_RUN_TOGETHER')).toEqual(expect.arrayContaining([4, 9, 16]));
  });

  it('gives every imported relationship its source document and row', async () => {
    await seed();
    const [row] = await db.query<{ missing: number; total: number }>(
      `MATCH (t:Task)-[:IN_PLAN]->(:Plan {key: $plan})
       MATCH (t)-[r:IN_PLAN|UNDER|SERVES|MEASURED_BY|RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF]-()
       RETURN count(r) AS total, count(CASE WHEN r.source IS NULL OR r.row IS NULL THEN 1 END) AS missing`,
      { plan: PLAN },
    );
    expect(Number(row?.total)).toBeGreaterThan(29 * 4);
    expect(Number(row?.missing)).toBe(0);
  });
});

describe('what the import stores', () => {
  it('stores rows and orders as integers and cites rows as "row N"', async () => {
    await seed();
    const [types] = await db.query<{
      rows: string[];
      orders: string[];
      locators: string[];
      sources: string[];
    }>(
      `MATCH (t:Task)-[:IN_PLAN]->(:Plan {key: $plan})
       MATCH (t)-[r:RESPONSIBLE_FOR|MEASURED_BY]-(x)
       RETURN collect(DISTINCT valueType(t.row)) AS rows,
         collect(DISTINCT valueType(CASE WHEN x:Measure THEN x.order END)) AS orders,
         collect(DISTINCT r.locator) AS locators, collect(DISTINCT r.source) AS sources`,
      { plan: PLAN },
    );
    expect(types?.rows).toEqual(['INTEGER NOT NULL']);
    expect(types?.orders).toContain('INTEGER NOT NULL');
    expect(types?.locators.every((l) => /^row \d+$/.test(l))).toBe(true);
    expect(types?.sources).toEqual(['source:worcester-homelessness-action-plan']);
  });
});

describe('re-importing', () => {
  it('changes nothing when the same file is imported again', async () => {
    await seed();
    const before = await graphSnapshot(db);
    const [again] = await importSeedPlans(db.driver);
    expect(again?.changed).toBe(false);
    expect(again?.changes).toMatchObject({ added: [], updated: [], removed: [], unchanged: 29 });
    expect(await graphSnapshot(db)).toBe(before);
  });

  it('updates only what changed in a changed file and reports it', async () => {
    await seed();
    await db.query(
      "MATCH (t:Task) WHERE t.title STARTS WITH 'Deliver 10 units' SET t.status = 'in_progress'",
    );
    const original = fs.readFileSync(seedPlan, 'utf8');
    const changed = original
      .replace(
        /(Deliver 10 units of safe house accommodation in Worcester City[^\n]*)June 2023/,
        '$1December 2023',
      )
      .replace(/\n[^\n]*Explore opportunities to link homeless households[^\n]*\n/, '\n\n');
    const report = await importPlan(db.driver, {
      fileName: seedPlan,
      content: changed,
      authority: 'Worcester City Council',
    });
    expect(report.changes.added).toEqual([]);
    expect(report.changes.removed.map((r) => r.title)).toEqual([
      'Explore opportunities to link homeless households into meaningful activity and services to reduce social isolation and loneliness',
    ]);
    // The removed row is left blank, so no other row moves: exactly one task is updated.
    expect(report.changes.updated.map((u) => [u.title.slice(0, 16), u.fields])).toEqual([
      ['Deliver 10 units', ['due']],
    ]);
    expect(report.changes.unchanged).toBe(27);
    const task = await taskByTitleStart('Deliver 10 units');
    expect(task).toMatchObject({
      due: '2023-12-01',
      dueRaw: 'December 2023',
      status: 'in_progress',
    });
  });

  it('writes nothing in a dry run', async () => {
    await loadCuratedSeed(db.driver);
    const before = await graphSnapshot(db);
    const report = await importPlan(db.driver, {
      fileName: seedPlan,
      content: fs.readFileSync(seedPlan),
      authority: 'Worcester City Council',
      dryRun: true,
    });
    expect(report.changes.added).toHaveLength(29);
    expect(await graphSnapshot(db)).toBe(before);
  });

  it('rolls the whole file back when a write fails part-way', async () => {
    await loadCuratedSeed(db.driver);
    const before = await graphSnapshot(db);
    // A node squatting on the key the 20th task's first measure will need makes that write fail.
    const dry = await importPlan(db.driver, {
      fileName: seedPlan,
      content: fs.readFileSync(seedPlan),
      authority: 'Worcester City Council',
      dryRun: true,
    });
    const victim = dry.changes.added[19]?.key ?? '';
    const squatter = `measure:${victim.slice('task:'.length)}/1`;
    await db.query('CREATE (:Measure {key: $key, text: "squatter"})', { key: squatter });
    const withSquatter = await graphSnapshot(db);
    await expect(
      importPlan(db.driver, {
        fileName: seedPlan,
        content: fs.readFileSync(seedPlan),
        authority: 'Worcester City Council',
      }),
    ).rejects.toThrow(/already exists/);
    expect(await graphSnapshot(db)).toBe(withSquatter);
    expect(withSquatter).not.toBe(before);
  });
});

describe('two councils', () => {
  /** A small plan whose every task is led by the council's Head of Housing. */
  function planFor(council: string): string {
    return [
      'Strategic Objective\tTasks\tClient Group\tMeasure of Success\tResponsible Accountable Consulted Informed\tTimescale',
      `Prevent homelessness\tReview the ${council} allocations policy\tRough Sleepers\tPolicy adopted\tR: Head of Housing A: Head of Housing C: Shelter\tMarch 2025`,
      `\tOpen a ${council} hub for rough sleepers\tRough Sleepers\tHub open\tR: Head of Housing A: ${council} C: Shelter\tJune 2025`,
    ].join('\n');
  }

  async function holdersOfHeadOfHousing() {
    return db.query<{ plan: string; posts: string[] }>(
      `MATCH (p:Plan)<-[:IN_PLAN]-(t:Task)<-[:RESPONSIBLE_FOR]-(r:Role {name: 'Head of Housing'})
       RETURN p.authority AS plan, apoc.coll.sort(collect(DISTINCT r.key + ' ' + r.authority)) AS posts
       ORDER BY plan`,
    );
  }

  it("gives each council's plan its own Head of Housing, never the other council's", async () => {
    const first = await importPlan(db.driver, {
      fileName: 'malvern-plan.tsv',
      content: planFor('Malvern Hills District Council'),
      authority: 'Malvern Hills District Council',
    });
    const second = await importPlan(db.driver, {
      fileName: 'wychavon-plan.tsv',
      content: planFor('Wychavon District Council'),
      authority: 'Wychavon District Council',
    });
    expect(first.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(second.resolved.parties.created.map((p) => p.key)).toContain(
      'role:wychavon-district-council/head-of-housing',
    );
    expect(await holdersOfHeadOfHousing()).toEqual([
      {
        plan: 'org:malvern-hills-district-council',
        posts: [
          'role:malvern-hills-district-council/head-of-housing org:malvern-hills-district-council',
        ],
      },
      {
        plan: 'org:wychavon-district-council',
        posts: ['role:wychavon-district-council/head-of-housing org:wychavon-district-council'],
      },
    ]);
  });

  it('writes every character of a task and its measures as the file has them', async () => {
    const title = 'Agree the "Housing First" offer \\ with café owners 😀 — ½ of beds';
    const measure = 'Offer signed: "yes" \\ nø';
    const report = await importPlan(db.driver, {
      fileName: 'odd-text.tsv',
      content: [
        'Strategic Objective\tTasks\tClient Group\tMeasure of Success\tResponsible Accountable Consulted Informed\tTimescale',
        `Prevent homelessness\t${title}\tRough Sleepers\t${measure}\tR: Shelter A: Shelter\tMarch 2025`,
      ].join('\n'),
      authority: 'Malvern Hills District Council',
    });
    expect(report.changes.added.map((t) => t.title)).toEqual([title]);
    const [task] = await db.query<{ title: string; measures: string[]; row: string }>(
      `MATCH (t:Task {key: $key})
       RETURN t.title AS title, [(t)-[:MEASURED_BY]->(m) | m.text] AS measures,
         apoc.meta.cypher.type(t.row) AS row`,
      { key: report.changes.added[0]?.key },
    );
    expect(task).toEqual({ title, measures: [measure], row: 'INTEGER' });
  });

  it('shares a party that belongs to no council between both plans', async () => {
    await importPlan(db.driver, {
      fileName: 'malvern-plan.tsv',
      content: planFor('Malvern Hills District Council'),
      authority: 'Malvern Hills District Council',
    });
    const second = await importPlan(db.driver, {
      fileName: 'wychavon-plan.tsv',
      content: planFor('Wychavon District Council'),
      authority: 'Wychavon District Council',
    });
    expect(second.resolved.mentions.filter((m) => m.written === 'Shelter')).toEqual([
      expect.objectContaining({ key: 'org:shelter', by: 'name' }),
      expect.objectContaining({ key: 'org:shelter', by: 'name' }),
    ]);
    const [shelter] = await db.query<{ plans: string[] }>(
      `MATCH (:Organisation {key: 'org:shelter'})-[:CONSULTED_ON]->(:Task)-[:IN_PLAN]->(p:Plan)
       RETURN apoc.coll.sort(collect(DISTINCT p.authority)) AS plans`,
    );
    expect(shelter?.plans).toEqual([
      'org:malvern-hills-district-council',
      'org:wychavon-district-council',
    ]);
  });
});
