// Bad files, all of them: every file of the malformed corpus through the real importer, what the
// notable ones must give, and a 50 MB file (made in a temporary folder, never committed) through
// the importer and through `npm run import`. The server stays healthy throughout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../helpers/neo4j.js';
import { useTestServer } from '../helpers/server.js';
import { graphSnapshot } from '../helpers/graph-snapshot.js';
import { importPlan } from '../../server/src/import/import-plan.js';
import { badPlanCorpus, planRows, type BadPlanFile } from './bad-plan-corpus.js';
import { expectClearOutcome, labelCounts } from './expect-clear-outcome.js';
import { runCli } from './run-cli.js';

const db = useTestDatabase({ isolation: 'file' });
const api = useTestServer(db, { seed: true });

const WCC = 'org:worcester-city-council';
const corpus = badPlanCorpus();
const outcomes = new Map<string, 'refused' | 'imported'>();
let seeded: Record<string, number> = {};
let dir = '';
let bigFile = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkg-bad-files-'));
  // 50 MB of plan rows: the same 2,000-row plan, header and all, written again and again.
  bigFile = path.join(dir, 'fifty-megabytes.tsv');
  const rows = planRows(Array.from({ length: 2000 }, () => ({})));
  const fd = fs.openSync(bigFile, 'w');
  let size = 0;
  while (size < 50 * 1024 * 1024) {
    fs.writeSync(fd, rows);
    size += Buffer.byteLength(rows);
  }
  fs.closeSync(fd);
});
beforeAll(async () => {
  seeded = await labelCounts(db);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the whole malformed plan corpus', () => {
  it.each(corpus.map((file) => [file.name, file] as const))(
    '%s: a clear refusal with nothing written, or a report with all of it written',
    async (_name, file) => {
      outcomes.set(file.fileName, await expectClearOutcome(db, file, WCC, seeded));
    },
  );

  it('refuses what cannot be a plan: empty, binary, wrongly encoded, fake workbooks, no table', () => {
    for (const name of [
      'empty.tsv',
      'blank.tsv',
      'noise.tsv',
      'noise.csv',
      'nul.tsv',
      'noise.xlsx',
      'text.xlsx',
      'junk.xlsx',
      'magic.xlsx',
      'latin1.tsv',
      'mixed.tsv',
      'header-only.tsv',
      'prose.txt',
      'no-task.tsv',
      'notes.md',
      'plan.pdf',
      'plan.docx',
      'plan.json',
    ])
      expect(outcomes.get(name), name).toBe('refused');
  });

  it('reads UTF-16 with a byte-order mark as Excel writes it', () => {
    expect(outcomes.get('utf16le.txt')).toBe('imported');
    expect(outcomes.get('utf16be.txt')).toBe('imported');
  });

  it('stores Cypher-, HTML- and formula-looking cells as the text they are', async () => {
    const rows = await db.query<{ title: string }>(
      'MATCH (t:Task) WHERE t.title IN $titles RETURN t.title AS title ORDER BY title',
      {
        titles: [
          "') DETACH DELETE n //",
          '<script>alert(document.cookie)</script>',
          "=cmd|' /C calc'!A0",
        ],
      },
    );
    expect(rows.map((r) => r.title)).toEqual([
      "') DETACH DELETE n //",
      '<script>alert(document.cookie)</script>',
      "=cmd|' /C calc'!A0",
    ]);
  });
});

describe('names too long to index (found by this corpus)', () => {
  it('reports the row with NAME_TOO_LONG, leaves it out and imports the rest', async () => {
    const file = corpus.find((f) => f.fileName === 'long-party.tsv') as BadPlanFile;
    const report = await importPlan(db.driver, {
      fileName: 'long-party-again.tsv',
      content: file.content,
      authority: WCC,
      dryRun: true,
    });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ row: 2, code: 'NAME_TOO_LONG', severity: 'error' }),
    );
    expect(report.read.tasks).toBe(1);
  });
});

describe('a 50 MB file', () => {
  it('is refused by the importer as too large, before anything is read or written', async () => {
    const before = await graphSnapshot(db);
    const content = fs.readFileSync(bigFile);
    expect(content.byteLength).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    await expect(
      importPlan(db.driver, { fileName: 'fifty-megabytes.tsv', content, authority: WCC }),
    ).rejects.toMatchObject({ name: 'PlanFormatError', code: 'TOO_LARGE' });
    expect(await graphSnapshot(db)).toBe(before);
  });

  it('is refused by npm run import with the reason and exit code 1', async () => {
    const result = await runCli(
      'server/src/import/cli.ts',
      [bigFile, '--authority', WCC],
      db.connection,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Nothing was imported\.[\s\S]*at most 10 MB/);
  });

  it('leaves the server answering /healthz and queries', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const { body } = await api.graphql('{ plans { key } }');
    expect(body.errors).toBeUndefined();
  });
});
