// The part of an import that only reads: what the graph knows (councils, the plan's earlier
// import, the names the plan may resolve against, the plan's tasks), the file parsed, its names
// resolved and its tasks compared with the graph's. The result is the report and, unless nothing
// changed, the writes that make the graph match the file (see write-import.ts).
import crypto from 'node:crypto';
import path from 'node:path';
import { parsePlan } from './parse-plan.js';
import { readGlossaryFile } from './parse-glossary.js';
import type { GlossaryEntry, ImportIssue, ParsedPlan, RaciLetter } from './types.js';
import { RACI_LETTERS } from './types.js';
import {
  NameResolver,
  type KnownNode,
  type NewNode,
  type Resolution,
} from './graph/resolve-names.js';
import { diffTasks, type TaskState } from './graph/diff-tasks.js';
import { objectiveKey, planKey, scopedKey, sourceKey, taskKey } from '../graph/keys.js';
import { toNameKey } from './name-key.js';
import type { ImportReport } from './import-report.js';
import { findOverlongNames } from './find-overlong-names.js';
import { ImportError, type ImportOptions } from './import-options.js';
import type { SharedParties } from './shared-parties.js';

/** Runs one read statement of cypher/import/ and returns its single row. */
export type ReadGraph = (
  file: string,
  params: Record<string, unknown>,
) => Promise<Record<string, unknown> | undefined>;

/** Everything the write statements need: the frame, the new names and the tasks to (re)write. */
export interface PlanWrites {
  source: { key: string; document: string; title: string; checksum: string };
  authority: { key: string; name: string; created: boolean };
  plan: { key: string; title: string; startYear: number | undefined; glossary: string[] };
  newParties: NewNode[];
  newGroups: NewNode[];
  aliasAdditions: { key: string; aliases: string[] }[];
  objectives: { key: string; title: string; order: number; rows: number[] }[];
  tasks: TaskState[];
  removed: string[];
}

export interface PreparedImport {
  report: ImportReport;
  /** Undefined in a dry run and when the graph already matches the file. */
  writes: PlanWrites | undefined;
}

/** The context read-plan.cypher returns: the names a plan may resolve against and the plan's tasks. */
interface Context {
  own: KnownNode[];
  shared: KnownNode[];
  clientGroups: KnownNode[];
  provision: KnownNode[];
  tasks: Record<string, unknown>[];
}

interface PreviousPlan {
  key: string;
  title: string;
  authority: string;
  startYear: number | null;
}

function titleFromFileName(fileName: string): string {
  const base = path
    .basename(fileName)
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return base.charAt(0).toUpperCase() + base.slice(1);
}

function chooseAuthority(
  wanted: string | undefined,
  councils: KnownNode[],
  previous: string | undefined,
): { key: string; name: string; created: boolean } {
  if (wanted) {
    const k = toNameKey(wanted);
    // A key names one council whatever the others are called.
    const found =
      councils.find((c) => c.key === wanted) ??
      councils.find((c) => [c.name, ...c.aliases].some((n) => toNameKey(n) === k));
    if (found) return { key: found.key, name: found.name, created: false };
    return { key: scopedKey('org', wanted), name: wanted, created: true };
  }
  const before = previous ? councils.find((c) => c.key === previous) : undefined;
  if (before) return { key: before.key, name: before.name, created: false };
  const only = councils.length === 1 ? councils[0] : undefined;
  if (only) return { key: only.key, name: only.name, created: false };
  throw new ImportError(
    'AUTHORITY_REQUIRED',
    councils.length
      ? `Say which council this plan belongs to with --authority (one of: ${councils.map((c) => c.name).join(', ')}).`
      : 'The graph has no council yet: say which council this plan belongs to with --authority "Name of council".',
  );
}

/** The parameters of read-plan.cypher that say whose context to read. */
function contextParams(
  authority: string | null,
  plan: string,
  sharedKeys: string[] | null,
): Record<string, unknown> {
  return {
    authority,
    servicePrefix: authority ? `service:${authority.replace(/^[a-z]+:/, '')}/` : '',
    plan,
    sharedKeys,
  };
}

function toMonthDate(month: string | null): string | null {
  return month ? `${month}-01` : null;
}

/** Reads, parses and compares; writes nothing. Throws PlanFormatError or ImportError for a file that cannot be imported. */
export async function prepareImport(
  read: ReadGraph,
  options: ImportOptions,
  /** The shared parties as files before this one in the same transaction left them. */
  sharedParties?: SharedParties,
): Promise<PreparedImport> {
  const progress = options.onProgress ?? (() => {});
  const checksum = crypto.createHash('sha256').update(options.content).digest('hex');
  const source = {
    key: sourceKey(options.fileName),
    document: path.basename(options.fileName),
    title: titleFromFileName(options.fileName),
    checksum,
  };

  progress({ phase: 'reading the graph', done: 0, total: 1 });
  // One read when the council is given by its key (as bulk loads give it): the context is read
  // for the council and plan guessed from the options, and read again only if the choice below
  // turns out otherwise (a council given by name, a title taken from an earlier import).
  const guess = options.authority
    ? {
        authority: options.authority,
        plan: planKey(options.authority, options.title ?? titleFromFileName(options.fileName)),
      }
    : undefined;
  const sharedKeys = sharedParties?.keysToRead() ?? null;
  const first = await read('import/read-plan.cypher', {
    source: source.key,
    wanted: options.authority ?? null,
    councils: true,
    ...contextParams(guess?.authority ?? null, guess?.plan ?? '', sharedKeys),
  });
  const councils = (first?.councils ?? []) as KnownNode[];
  const previousPlan = (first?.previous ?? undefined) as PreviousPlan | undefined;

  // Which council and plan: chosen now, so only that council's names are read, but a missing
  // council is reported after parsing, so an unreadable file is reported as such first.
  let authority: ReturnType<typeof chooseAuthority> | undefined;
  let authorityError: unknown;
  try {
    authority = chooseAuthority(options.authority, councils, previousPlan?.authority);
  } catch (error) {
    authorityError = error;
  }
  const title = options.title ?? previousPlan?.title ?? titleFromFileName(options.fileName);
  const plan = authority ? planKey(authority.key, title) : '';
  let context: Context = { own: [], shared: [], clientGroups: [], provision: [], tasks: [] };
  if (
    authority &&
    first?.withContext === true &&
    authority.key === guess?.authority &&
    plan === guess.plan
  ) {
    context = first as unknown as Context;
  } else if (authority) {
    context = (await read('import/read-plan.cypher', {
      source: source.key,
      wanted: null,
      councils: false,
      ...contextParams(authority.key, plan, sharedKeys),
    })) as unknown as Context;
  }
  if (sharedParties && authority) context.shared = sharedParties.update(context.shared);
  const knownParties = [...context.own, ...context.shared];

  const startYear =
    options.startYear ??
    (previousPlan?.startYear != null ? Number(previousPlan.startYear) : undefined);

  const issues: ImportIssue[] = [];
  let fileGlossary: GlossaryEntry[] = [];
  if (options.glossary) {
    const read = readGlossaryFile(options.glossary.content);
    fileGlossary = read.entries;
    issues.push(
      ...read.issues.map((i) => ({ ...i, message: `${options.glossary?.fileName}: ${i.message}` })),
    );
  }

  progress({ phase: 'parsing', done: 0, total: 1 });
  const parsed: ParsedPlan = await parsePlan(options.content, {
    fileName: options.fileName,
    knownPartyNames: knownParties.flatMap((p) => [p.name, ...p.aliases]),
    glossary: fileGlossary,
    ...(startYear !== undefined ? { startYear } : {}),
  });
  issues.push(...parsed.issues);
  // A row naming a party or client group too long for Neo4j's indexes is reported, not written.
  const overlong = parsed.tasks.map(findOverlongNames);
  issues.push(...overlong.filter((issue) => issue !== undefined));
  parsed.tasks = parsed.tasks.filter((_, index) => overlong[index] === undefined);
  if (parsed.tasks.length === 0) {
    throw new ImportError(
      'NO_TASKS',
      `${options.fileName}: no task rows were found, so nothing was imported.`,
    );
  }

  if (!authority) throw authorityError;

  const glossary = parsed.glossary;
  const parties = new NameResolver({
    type: 'party',
    known: knownParties,
    glossary,
    authority: authority.key,
  });
  const groups = new NameResolver({
    type: 'clientgroup',
    known: context.clientGroups,
    glossary,
    authority: authority.key,
  });
  const provision = new NameResolver({
    type: 'party',
    known: context.provision,
    glossary,
    authority: authority.key,
  });
  const mentions: ImportReport['resolved']['mentions'] = [];
  let partiesMatched = 0;
  let groupsMatched = 0;

  const wanted: TaskState[] = [];
  const seenKeys = new Map<string, number>();
  for (const task of parsed.tasks) {
    let key = taskKey(plan, task.title);
    const firstRow = seenKeys.get(key);
    if (firstRow !== undefined) {
      issues.push({
        row: task.row,
        severity: 'warning',
        code: 'DUPLICATE_TASK',
        message: `This task repeats the task on row ${firstRow} word for word; it was kept as a separate task.`,
      });
      key = `${key}-row${task.row}`;
    }
    seenKeys.set(key, task.row);
    const raci = {} as Record<RaciLetter, string[]>;
    for (const letter of RACI_LETTERS) {
      const keys = new Set<string>();
      for (const mention of task.raci[letter]) {
        // A glossary abbreviation for a service (DWAS) written in a RACI cell is still a party to
        // the work: it is matched to the service's provider name if the graph knows it as a party.
        const r: Resolution = parties.resolve(mention.name, task.row);
        if (r.by === 'created') {
          const asProvision = provision.resolve(mention.name, task.row);
          if (asProvision.by !== 'created') {
            issues.push({
              row: task.row,
              column: 'RACI',
              severity: 'warning',
              code: 'SERVICE_AS_PARTY',
              message: `"${mention.name}" under ${letter} is a service or funding stream in the graph (${asProvision.key}); it was added as a party of the same name so the letter is kept.`,
            });
          }
        } else partiesMatched += 1;
        mentions.push({ row: task.row, written: mention.name, key: r.key, by: r.by });
        keys.add(r.key);
      }
      raci[letter] = [...keys];
    }
    const clientGroups = task.clientGroups.map((name) => {
      const r = groups.resolve(name, task.row);
      if (r.by !== 'created') groupsMatched += 1;
      return r.key;
    });
    wanted.push({
      key,
      title: task.title,
      row: task.row,
      dueRaw: task.due.raw || null,
      due: toMonthDate(task.due.start),
      dueEnd: toMonthDate(task.due.end),
      dueKind: task.due.kind,
      forAll: task.forAll,
      objective: task.objective ? objectiveKey(plan, task.objective) : null,
      clientGroups: [...new Set(clientGroups)],
      measures: task.measures,
      raci,
    });
  }

  // Glossary entries become aliases of whatever they name, or stay on the plan when nothing is named.
  for (const entry of glossary) {
    const attached = [parties, groups, provision].map((resolver) =>
      resolver.attachGlossaryEntry(entry),
    );
    if (!attached.some(Boolean)) {
      issues.push({
        row: entry.row,
        severity: 'info',
        code: 'GLOSSARY_UNATTACHED',
        message: `"${entry.abbreviation} - ${entry.fullName}" names nothing in the graph yet; it is kept in the plan's glossary.`,
      });
    }
  }

  const existing: TaskState[] = context.tasks.map((o) => {
    const measures = (o.measures as { order: unknown; text: string }[])
      .sort((a, b) => Number(a.order) - Number(b.order))
      .map((m) => m.text);
    return {
      key: o.key as string,
      title: o.title as string,
      row: Number(o.row),
      dueRaw: (o.dueRaw as string | null) ?? null,
      due: (o.due as string | null) ?? null,
      dueEnd: (o.dueEnd as string | null) ?? null,
      dueKind: (o.dueKind as string) ?? 'none',
      forAll: Boolean(o.forAll),
      objective: (o.objectives as string[])[0] ?? null,
      clientGroups: o.clientGroups as string[],
      measures,
      raci: { R: o.R as string[], A: o.A as string[], C: o.C as string[], I: o.I as string[] },
    };
  });
  const diff = diffTasks(existing, wanted);

  const newParties = parties.newNodes();
  const newGroups = groups.newNodes();
  const aliasAdditions = [
    ...parties.newAliases(),
    ...groups.newAliases(),
    ...provision.newAliases(),
  ];
  const planChanged =
    previousPlan === undefined ||
    previousPlan.title !== title ||
    previousPlan.authority !== authority.key;
  const changed =
    planChanged ||
    diff.added.length +
      diff.changed.length +
      diff.removed.length +
      newParties.length +
      newGroups.length +
      aliasAdditions.length >
      0;

  const report: ImportReport = {
    file: path.basename(options.fileName),
    format: parsed.format,
    layout: parsed.layout,
    dryRun: Boolean(options.dryRun),
    authority,
    plan: { key: plan, title },
    read: {
      rows: parsed.rows?.length ?? parsed.tasks.length,
      tasks: parsed.tasks.length,
      objectives: parsed.objectives.length,
      glossaryEntries: glossary.length,
    },
    resolved: {
      parties: {
        matched: partiesMatched,
        created: newParties.map((p) => ({
          key: p.key,
          name: p.name,
          label: p.label ?? 'Organisation',
        })),
      },
      clientGroups: {
        matched: groupsMatched,
        created: newGroups.map((g) => ({ key: g.key, name: g.name })),
      },
      mentions,
      aliasesAdded: aliasAdditions,
    },
    changes: {
      added: diff.added.map((t) => ({ key: t.key, title: t.title, row: t.row })),
      updated: diff.changed.map((c) => ({
        key: c.task.key,
        title: c.task.title,
        row: c.task.row,
        fields: c.fields,
      })),
      removed: diff.removed,
      unchanged: diff.unchanged,
    },
    issues: [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    changed,
  };
  if (options.dryRun || !changed) return { report, writes: undefined };
  return {
    report,
    writes: {
      source,
      authority,
      plan: {
        key: plan,
        title,
        startYear,
        glossary: glossary.map((g) => `${g.abbreviation} = ${g.fullName}`),
      },
      newParties,
      newGroups,
      aliasAdditions,
      objectives: parsed.objectives.map((o) => ({
        key: objectiveKey(plan, o.title),
        title: o.title,
        order: o.order,
        rows: o.rows,
      })),
      tasks: [...diff.added, ...diff.changed.map((c) => c.task)],
      removed: diff.removed.map((r) => r.key),
    },
  };
}
