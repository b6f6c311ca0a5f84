// The funding-bid evidence pack on the seed graph: built for a client group, an objective and
// the whole plan, and written by `npm run report` against the test database.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';
import { importSeedPlans, loadCuratedSeed } from '../server/src/seed/load-seed.js';
import { buildEvidencePack, renderCsv, type EvidencePack } from '../server/src/report/index.js';
import { projectRoot } from '../server/src/config.js';

const run = promisify(execFile);
const db = useTestDatabase({ isolation: 'file' });

async function reportCommand(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, username, password, database } = db.connection;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server/src/report/cli.ts'), ...args],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          NEO4J_URI: uri,
          NEO4J_USERNAME: username,
          NEO4J_PASSWORD: password,
          ...(database ? { NEO4J_DATABASE: database } : {}),
        },
        maxBuffer: 20 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let roughSleepers: EvidencePack;

beforeAll(async () => {
  await loadCuratedSeed(db.driver, db.database);
  await importSeedPlans(db.driver, db.database);
  roughSleepers = await buildEvidencePack(
    db.driver,
    { kind: 'clientGroup', key: 'Rough Sleepers' },
    { today: '2023-12-31' },
    { database: db.database },
  );
});

describe('the evidence pack for rough sleepers', () => {
  it('covers the tasks for rough sleepers or naming them, in due-date order', () => {
    expect(roughSleepers.scope).toEqual({
      kind: 'clientGroup',
      key: 'clientgroup:rough-sleepers',
      name: 'Rough Sleepers',
    });
    expect(roughSleepers.tasks.map((t) => t.row)).toEqual([7, 9, 14, 4, 15, 5, 8, 16, 6]);
    expect(roughSleepers.tasks.filter((t) => t.overdue).map((t) => t.row)).toEqual([7, 9, 14]);
    expect(roughSleepers.summary).toMatchObject({ tasks: 9, overdue: 3 });
  });

  it('lists the current provision: services, funding streams, partners and pathways', () => {
    const services = roughSleepers.provision.services.map((s) => s.name);
    expect(services).toEqual(
      expect.arrayContaining(['Housing First', 'No Second Night Out', 'Peer mentoring services']),
    );
    expect(roughSleepers.provision.fundingStreams.map((f) => f.aliases[0])).toEqual([
      'RSAP',
      'RSI',
    ]);
    expect(roughSleepers.provision.partners[0]).toMatchObject({
      name: 'Rough Sleeping Co-ordinator',
      responsible: 6,
    });
    expect(roughSleepers.provision.pathways.map((p) => p.name)).toEqual([
      'Rough sleeper accommodation route',
    ]);
  });

  it('carries the findings with their evidence, and a summary that names the unmet need', () => {
    const rules = new Set(roughSleepers.findings.map((f) => f.ruleId));
    for (const id of [
      'unserved-client-group',
      'raci-accountable-count',
      'duplicate-measure',
      'overlapping-provision',
    ]) {
      expect(rules.has(id), id).toBe(true);
    }
    expect(rules.has('alias-duplicate')).toBe(false);
    expect(roughSleepers.summary.paragraphs.join('\n')).toContain(
      'Unmet need: Female rough sleepers are named in the plan (row 7)',
    );
  });

  it('exports every finding and provision row to CSV', () => {
    const rows = renderCsv(roughSleepers).trimEnd().split('\r\n');
    expect(rows.filter((r) => r.startsWith('"finding"'))).toHaveLength(
      roughSleepers.findings.length,
    );
    expect(rows.filter((r) => r.startsWith('"service"'))).toHaveLength(
      roughSleepers.provision.services.length,
    );
  });
});

describe('other scopes', () => {
  it('an objective by the start of its title', async () => {
    const pack = await buildEvidencePack(
      db.driver,
      {
        kind: 'objective',
        key: 'Improve the supply and reduce the use of temporary accommodation',
      },
      { today: '2023-12-31' },
      { database: db.database, linkMentions: false },
    );
    expect(pack.tasks.map((t) => t.row).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      32, 33, 34, 35,
    ]);
    expect(pack.provision.services.map((s) => s.name)).toEqual(
      expect.arrayContaining(['B&B accommodation', 'Temporary and emergency accommodation']),
    );
    expect(pack.findings.some((f) => f.ruleId === 'duplicate-measure')).toBe(true);
    expect(pack.findings.some((f) => f.ruleId === 'pathway-dead-end')).toBe(false);
  });

  it('the whole plan', async () => {
    const pack = await buildEvidencePack(
      db.driver,
      { kind: 'plan' },
      { today: '2023-12-31' },
      { database: db.database, linkMentions: false },
    );
    expect(pack.tasks).toHaveLength(29);
    expect(pack.title).toBe('Evidence pack: Homelessness and Rough Sleeping Action Plan');
    expect(pack.findings.some((f) => f.ruleId === 'alias-duplicate')).toBe(true);
  });

  it('refuses a client group that does not exist', async () => {
    await expect(
      buildEvidencePack(
        db.driver,
        { kind: 'clientGroup', key: 'Martians' },
        {},
        { database: db.database },
      ),
    ).rejects.toThrow('No client group is called "Martians".');
  });
});

describe('npm run report', () => {
  it('writes the Markdown pack for rough sleepers to standard output', async () => {
    const result = await reportCommand(
      '--client-group',
      'Rough Sleepers',
      '--format',
      'md',
      '--today',
      '2023-12-31',
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Evidence pack: Rough Sleepers\n/);
    for (const heading of [
      '## Summary',
      '## Findings',
      '## Current provision',
      '## Measures of success',
      '## Timeline',
    ]) {
      expect(result.stdout).toContain(heading);
    }
    expect(result.stdout).toContain(
      'Housing Board and Worcestershire Strategic Housing Officers Group',
    );
  });

  it('writes a printable HTML page to a file with --out', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hkg-report-')), 'pack.html');
    const result = await reportCommand(
      '--objective',
      'Governance',
      '--format',
      'html',
      '--out',
      out,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Wrote .*pack\.html: 1 tasks/);
    const html = fs.readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h1>Evidence pack: Governance</h1>');
  });

  it('says what is wrong and exits 1 for an unknown client group, 2 for a bad format', async () => {
    const unknown = await reportCommand('--client-group', 'Martians');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'No evidence pack was written. No client group is called "Martians".',
    );
    const badFormat = await reportCommand('--format', 'pdf');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('--format must be one of md, csv, html');
  });
});

// Last in the file: it adds a second council to the graph.
describe('a plan’s pack with another council in the graph', () => {
  const plan = {
    kind: 'plan' as const,
    key: 'plan:worcester-city-council/homelessness-and-rough-sleeping-action-plan',
  };
  const build = (scope: Parameters<typeof buildEvidencePack>[1]) =>
    buildEvidencePack(
      db.driver,
      scope,
      { today: '2023-12-31' },
      { database: db.database, linkMentions: false },
    );

  it('leaves out the other council’s own services and pathways', async () => {
    const before = await build(plan);
    await db.query(`
      MATCH (g:ClientGroup {key: 'clientgroup:rough-sleepers'})
      MATCH (f:FundingStream)<-[:FUNDED_BY]-(:Service)
      WITH g, f LIMIT 1
      CREATE (:Organisation:Party {key: 'org:oc', name: 'Other Council', kind: 'council', aliases: []})
      CREATE (s:Service {key: 'service:oc/other-hub', name: 'Other hub', description: 'Elsewhere.'})
      CREATE (s)-[:SERVES]->(g)
      CREATE (s)-[:FUNDED_BY]->(f)
      CREATE (s)-[:FROM {locator: 'services'}]->(:Source {key: 'source:oc-services', title: 'Other Council services', document: 'oc.json', kind: 'structure'})
      CREATE (:Pathway {key: 'pathway:oc/other-route', name: 'Other route'})-[:STEP {order: 1}]->(s)
      // A shared (county) scheme for rough sleepers that only the other council's team runs,
      // paid from the same stream.
      CREATE (county:Service {key: 'service:oc-county-scheme', name: 'County scheme', description: 'Elsewhere.'})
      CREATE (county)-[:SERVES]->(g)
      CREATE (county)-[:FUNDED_BY]->(f)
      CREATE (:Organisation:Party {key: 'org:oc/team', name: 'Other Team', kind: 'team', aliases: [], authority: 'org:oc'})-[:PROVIDES]->(county)`);
    const after = await build(plan);
    const keys = (items: { key: string }[]) => items.map((i) => i.key);
    expect(before.provision.services.length).toBeGreaterThan(0);
    expect(keys(after.provision.services)).toEqual(keys(before.provision.services));
    expect(keys(after.provision.pathways)).toEqual(keys(before.provision.pathways));
    // A stream the other council's services are paid from lists only this council's network's.
    expect(after.provision.fundingStreams).toEqual(before.provision.fundingStreams);
    // Its Sources are the documents it cites, each named by what cites it.
    expect(after.sources).toEqual(before.sources);
    const cited = new Set([
      ...after.tasks.map((t) => t.source),
      ...after.provision.services.map((s) => s.source),
      ...after.findings.flatMap((f) => f.evidence.map((e) => e.source)),
    ]);
    expect(after.sources.length).toBeGreaterThan(0);
    expect(after.sources.every((s) => cited.has(s.key))).toBe(true);
    // The pack of every plan has it.
    const every = await build({ kind: 'plan' });
    expect(keys(every.provision.services)).toContain('service:oc/other-hub');
    expect(keys(every.provision.services)).toContain('service:oc-county-scheme');
    expect(keys(every.provision.pathways)).toContain('pathway:oc/other-route');
    expect(every.provision.fundingStreams.flatMap((f) => f.funds)).toEqual(
      expect.arrayContaining(['Other hub', 'County scheme']),
    );
    expect(keys(every.sources)).toContain('source:oc-services');
  });
});
