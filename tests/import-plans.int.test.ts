// Many plan files imported together (several to a transaction, as the generated load does) must
// land exactly as if each were imported alone: the same graph, the same report per file, a later
// file seeing what an earlier one created; a bad file fails alone and writes nothing.
import { describe, expect, it } from 'vitest';
import { useTestDatabase, wipe } from './helpers/neo4j.js';
import { graphSnapshot } from './helpers/graph-snapshot.js';
import { importPlans } from '../server/src/import/import-plans.js';
import { importPlan } from '../server/src/import/import-plan.js';
import type { ImportOptions } from '../server/src/import/import-options.js';
import { recordingDriver } from './helpers/recording-driver.js';
import { importCypher } from '../server/src/import/import-cypher.js';

const db = useTestDatabase();

const HEADER =
  'Strategic Objective\tTasks\tClient Group\tMeasure of Success\tResponsible Accountable Consulted Informed\tTimescale';

/** A small plan of a council; `consulted` names who is consulted on its second task. */
function plan(council: string, consulted: string): string {
  return [
    HEADER,
    `Prevent homelessness\tReview the ${council} allocations policy\tRough Sleepers\tPolicy adopted\tR: Head of Housing A: ${council} C: Shelter\tMarch 2025`,
    `\tOpen a ${council} hub\tCare Leavers\tHub open\tR: Head of Housing A: ${council} C: ${consulted}\tJune 2025`,
  ].join('\n');
}

/**
 * Three councils' plans, each depending on the one before: the first makes Shelter, the second
 * gives it the alias SH through its glossary, the third writes only SH.
 */
const files: ImportOptions[] = [
  { fileName: 'malvern.tsv', content: plan('Malvern', 'Open Door Trust'), authority: 'Malvern' },
  {
    fileName: 'wychavon.tsv',
    content: plan('Wychavon', 'Shelter'),
    authority: 'Wychavon',
    glossary: { fileName: 'glossary.txt', content: 'SH - Shelter' },
  },
  { fileName: 'redditch.tsv', content: plan('Redditch', 'SH'), authority: 'Redditch' },
];

/** The graph as sorted lines: nodes without a key may come in any order. */
async function snapshot(): Promise<string> {
  return (await graphSnapshot(db)).split('\n').sort().join('\n');
}

async function planKeys(): Promise<string[]> {
  const rows = await db.query<{ key: string }>('MATCH (p:Plan) RETURN p.key AS key ORDER BY key');
  return rows.map((row) => row.key);
}

describe('importing several plans together', () => {
  it('lands them exactly as one by one, each with its own report', async () => {
    const together = await importPlans(db.driver, files, { batchSize: 10 });
    const graphTogether = await snapshot();
    await wipe(db.driver);
    const alone = await importPlans(db.driver, files, { batchSize: 1 });
    expect(await snapshot()).toBe(graphTogether);
    expect(together).toEqual(alone);

    const [first, second, third] = together.map((outcome) => outcome.report);
    expect(first?.resolved.parties.created.map((p) => p.key)).toContain('org:shelter');
    expect(second?.resolved.parties.created.map((p) => p.key)).not.toContain('org:shelter');
    expect(second?.resolved.aliasesAdded).toEqual([{ key: 'org:shelter', aliases: ['SH'] }]);
    expect(third?.resolved.mentions.find((m) => m.written === 'SH')).toMatchObject({
      key: 'org:shelter',
      by: 'alias',
    });
  });

  it('changes nothing when the same files are imported together again', async () => {
    await importPlans(db.driver, files, { batchSize: 10 });
    const before = await snapshot();
    const again = await importPlans(db.driver, files, { batchSize: 10 });
    expect(again.map((outcome) => outcome.report?.changed)).toEqual([false, false, false]);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a file that is not a plan alone; the others in its batch land', async () => {
    const notAPlan: ImportOptions = {
      fileName: 'notes.tsv',
      content: 'just some notes\nwith no header row',
      authority: 'Pershore',
    };
    const [first, bad, third] = await importPlans(
      db.driver,
      [files[0] as ImportOptions, notAPlan, files[2] as ImportOptions],
      { batchSize: 10 },
    );
    expect(first?.report?.changes.added).toHaveLength(2);
    expect(bad?.error?.name).toBe('PlanFormatError');
    expect(third?.report?.changes.added).toHaveLength(2);
    expect(await planKeys()).toEqual(['plan:malvern/malvern', 'plan:redditch/redditch']);
  });

  it('when one file fails to write, lands the others and writes nothing of that one', async () => {
    // A node squatting on the key the second file's first measure will need makes the batch's
    // one write-tasks statement fail: the batch is rolled back and imported file by file.
    const dry = await importPlan(db.driver, { ...(files[1] as ImportOptions), dryRun: true });
    const victim = dry.changes.added[0]?.key ?? '';
    await db.query('CREATE (:Measure {key: $key, text: "squatter"})', {
      key: `measure:${victim.slice('task:'.length)}/1`,
    });
    const outcomes = await importPlans(db.driver, files, { batchSize: 10 });
    expect(outcomes.map((o) => o.file)).toEqual(['malvern.tsv', 'wychavon.tsv', 'redditch.tsv']);
    expect(outcomes[1]?.error?.message).toMatch(/already exists/);
    expect(outcomes[0]?.report?.changes.added).toHaveLength(2);
    expect(outcomes[2]?.report?.changes.added).toHaveLength(2);
    expect(await planKeys()).toEqual(['plan:malvern/malvern', 'plan:redditch/redditch']);
    // Nothing of the failed file: no task of its council, and Shelter without its glossary alias.
    const [left] = await db.query<{ tasks: number; aliases: string[] }>(
      `MATCH (s:Organisation {key: 'org:shelter'})
       RETURN COUNT { (t:Task) WHERE t.key STARTS WITH 'task:wychavon' } AS tasks, s.aliases AS aliases`,
    );
    expect(left).toEqual({ tasks: 0, aliases: [] });
    // The third file, alone after the failure, did not see the alias: SH is a party of its own.
    expect(outcomes[2]?.report?.resolved.mentions.find((m) => m.written === 'SH')?.by).toBe(
      'created',
    );
  });

  it('reads each file once and writes the tasks and removals of a batch in one statement each', async () => {
    // Councils given by their keys, as bulk loads give them: the council is chosen in the read.
    const councils = () =>
      db.query(
        `UNWIND ['Malvern', 'Wychavon', 'Redditch'] AS name
         CREATE (:Organisation:Party {key: 'org:' + toLower(name), name: name, kind: 'council', aliases: []})`,
      );
    const keyed = files.map((file) => ({
      ...file,
      authority: `org:${file.authority?.toLowerCase()}`,
    }));
    await councils();
    const recording = recordingDriver(db.driver);
    const together = await importPlans(recording.driver, keyed, { batchSize: 10 });
    const sent = (cypherFile: string) =>
      recording.statements.filter((statement) => statement === importCypher(cypherFile)).length;
    expect(
      ['read-plan', 'write-frame', 'write-tasks', 'remove-gone'].map((name) =>
        sent(`import/${name}.cypher`),
      ),
    ).toEqual([3, 3, 1, 1]);
    const graphTogether = await snapshot();
    await wipe(db.driver);
    await councils();
    const alone = await importPlans(db.driver, keyed, { batchSize: 1 });
    expect(await snapshot()).toBe(graphTogether);
    expect(together).toEqual(alone);
  });

  it("writes an earlier file's tasks before reading the same plan again in one batch", async () => {
    const first = {
      fileName: 'malvern.tsv',
      authority: 'Malvern',
      content: plan('Malvern', 'Shelter'),
    };
    const edited = {
      ...first,
      content: plan('Malvern', 'Open Door Trust').replace('hub', 'centre'),
    };
    const recording = recordingDriver(db.driver);
    const together = await importPlans(recording.driver, [first, edited], { batchSize: 10 });
    // In the batch, not by the file-by-file retry (which would write each frame again).
    const frames = recording.statements.filter(
      (s) => s === importCypher('import/write-frame.cypher'),
    );
    expect(frames).toHaveLength(2);
    const graphTogether = await snapshot();
    await wipe(db.driver);
    const alone = await importPlans(db.driver, [first, edited], { batchSize: 1 });
    expect(await snapshot()).toBe(graphTogether);
    expect(together).toEqual(alone);
    expect(together[1]?.report?.changes.removed.map((r) => r.title)).toEqual([
      'Open a Malvern hub',
    ]);
  });

  it('removes the tasks a file no longer has, their measures, and objectives left empty', async () => {
    const twoObjectives = [
      HEADER,
      'Prevent homelessness\tReview the allocations policy\tRough Sleepers\tPolicy adopted\tR: Shelter A: Malvern\tMarch 2025',
      'End rough sleeping\tOpen a hub\tRough Sleepers\tHub open\tR: Shelter A: Malvern\tJune 2025',
    ];
    const file = { fileName: 'malvern.tsv', authority: 'Malvern' };
    await importPlans(db.driver, [{ ...file, content: twoObjectives.join('\n') }]);
    const [again] = await importPlans(db.driver, [
      { ...file, content: twoObjectives.slice(0, 2).join('\n') },
    ]);
    expect(again?.report?.changes.removed.map((r) => r.title)).toEqual(['Open a hub']);
    const [left] = await db.query<{ tasks: number; measures: string[]; objectives: string[] }>(
      `RETURN COUNT { (:Task) } AS tasks, COLLECT { MATCH (m:Measure) RETURN m.text } AS measures,
         COLLECT { MATCH (o:Objective) RETURN o.title } AS objectives`,
    );
    expect(left).toEqual({
      tasks: 1,
      measures: ['Policy adopted'],
      objectives: ['Prevent homelessness'],
    });
  });
});
