// The pure half of the action-plan importer: a plan file (TSV, CSV, XLSX or Markdown) in, its
// objectives, tasks, RACI, glossary and every problem found out. No database, no I/O.
import type {
  GlossaryEntry,
  ImportIssue,
  ParseOptions,
  ParsedPlan,
  ParsedTask,
  RaciLetter,
  RowRole,
} from './types.js';
import { readSource } from './read-source.js';
import { matchHeaderRow } from './match-header-row.js';
import { findTableBlocks } from './find-table-blocks.js';
import { readBlockRows, type BlockLayout, type PlanRow } from './read-block-rows.js';
import { readGlossaryRows } from './read-glossary-rows.js';
import { joinContinuationRows } from './join-continuation-rows.js';
import { mergeGlossary } from './merge-glossary.js';
import { assignObjectives } from './assign-objectives.js';
import { collectRaciMentions, type RaciMention } from './collect-raci-mentions.js';
import { findStandaloneNames, settleRaci } from './settle-raci.js';
import { buildTask } from './build-task.js';
import { findTruncatedMeasures } from './find-truncated-measures.js';
import { toNameKey } from './name-key.js';
import { collapseWhitespace } from './normalise-text.js';
import { PlanFormatError } from './plan-format-error.js';

export { parseGlossary } from './parse-glossary.js';
export { PlanFormatError } from './plan-format-error.js';

/** The largest plan file read (the API's limit too): real plans are a few hundred kilobytes. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;

/** A parsed plan whose `rows` account for every non-blank row of the source. */
export type ParsedPlanWithRows = ParsedPlan & Required<Pick<ParsedPlan, 'rows'>>;

/**
 * Parse an action plan. Throws PlanFormatError when the file as a whole cannot be read (empty,
 * binary, not UTF-8, no header row, no task column, unsupported format); a bad row never throws.
 */
export async function parsePlan(
  input: Uint8Array | string,
  options: ParseOptions,
): Promise<ParsedPlanWithRows> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_PLAN_BYTES) {
    throw new PlanFormatError({
      code: 'TOO_LARGE',
      fileName: options.fileName,
      message: `is ${(size / 1024 / 1024).toFixed(1)} MB; a plan file may be at most ${MAX_PLAN_BYTES / 1024 / 1024} MB. Check that it is the plan (not an export of a whole workbook or a log), or split it into one file per plan.`,
    });
  }
  const source = await readSource(input, {
    fileName: options.fileName,
    isHeaderRow: (cells) => matchHeaderRow(cells) !== null,
  });
  const issues: ImportIssue[] = [...source.issues];
  const roles = new Map<number, RowRole>();
  const sections = findTableBlocks(source.rows, { fileName: options.fileName });

  for (const row of [...sections.before, ...sections.prose]) {
    roles.set(row.row, 'reported');
    const text = clip(row.cells.filter((cell) => cell.trim() !== '').join(' | '));
    issues.push({
      row: row.row,
      severity: 'info',
      code: row.outsideTable ? 'TEXT_OUTSIDE_TABLE' : 'TEXT_BEFORE_TABLE',
      message: `"${text}" is ${row.outsideTable ? 'outside the plan table' : 'above the plan table'} and was not imported.`,
    });
  }

  const planGlossary = readGlossaryRows(sections.glossary);
  issues.push(...planGlossary.issues);
  if (sections.glossaryHeading) roles.set(sections.glossaryHeading.row, 'glossary');
  for (const row of sections.glossary) {
    roles.set(row.row, planGlossary.readRows.includes(row.row) ? 'glossary' : 'reported');
  }

  const layouts: BlockLayout[] = [];
  const blockRows: PlanRow[] = [];
  sections.blocks.forEach((block, index) => {
    roles.set(block.header.row, 'header');
    const read = readBlockRows(block, index);
    layouts.push(read.layout);
    // A loop, not push(...rows): spreading a very long table overflows the call stack.
    for (const row of read.rows) blockRows.push(row);
    issues.push(...read.issues);
  });
  const continued = joinContinuationRows(blockRows);
  const planRows = continued.rows;
  issues.push(...continued.issues);
  for (const row of continued.joined) roles.set(row, 'continuation');

  const objectives = assignObjectives({
    cells: planRows.map((row) => ({ row: row.row, block: row.block, objective: row.objective })),
    blocks: layouts.map((layout) => ({
      block: layout.block,
      headerRow: layout.headerRow,
      hasObjectiveColumn: layout.hasObjectiveColumn,
    })),
  });
  issues.push(...objectives.issues);

  // RACI, first pass: lists cut into names, with what is known before the plan is read.
  const extraGlossary = (options.glossary ?? []).map((entry): GlossaryEntry => ({
    ...entry,
    origin: entry.origin ?? 'glossary-file',
  }));
  const knownBefore = nameKeys([
    ...(options.knownPartyNames ?? []),
    ...[...planGlossary.entries, ...extraGlossary].flatMap((e) => [e.abbreviation, e.fullName]),
  ]);
  const taskRows = planRows.filter((row) => collapseWhitespace(row.task) !== '');
  const mentionsByRow = new Map<number, RaciMention[]>();
  const partyGlossary: GlossaryEntry[] = [];
  for (const row of taskRows) {
    const collected = collectRaciMentions({ row: row.row, sources: row.raci, known: knownBefore });
    mentionsByRow.set(row.row, collected.mentions);
    partyGlossary.push(...collected.glossary);
    issues.push(...collected.issues);
  }

  const glossary = mergeGlossary([...planGlossary.entries, ...extraGlossary, ...partyGlossary]);
  issues.push(...glossary.issues);
  const known = nameKeys([
    ...(options.knownPartyNames ?? []),
    ...glossary.entries.flatMap((entry) => [entry.abbreviation, entry.fullName]),
  ]);
  const expansions = new Map(glossary.entries.map((e) => [toNameKey(e.abbreviation), e.fullName]));
  const seen = findStandaloneNames([...mentionsByRow.values()].flat(), {
    known,
    glossary: expansions,
  });

  // RACI, second pass, and the tasks.
  const tasks: ParsedTask[] = [];
  for (const row of planRows) {
    if (collapseWhitespace(row.task) === '') {
      roles.set(row.row, reportRowWithoutTask(row, issues));
      continue;
    }
    const layout = layouts[row.block] as BlockLayout;
    const settled = settleRaci(row.row, mentionsByRow.get(row.row) ?? [], {
      known,
      seen,
      glossary: expansions,
      letters: layout.letters,
    });
    issues.push(...settled.issues);
    const built = buildTask(row, {
      objective: objectives.objectiveOf.get(row.row) ?? null,
      headers: layout.headers,
      raci: settled.raci,
      ...(options.startYear === undefined ? {} : { startYear: options.startYear }),
    });
    issues.push(...built.issues);
    tasks.push(built.task);
    roles.set(row.row, 'task');
  }
  issues.push(...findTruncatedMeasures(tasks));
  if (tasks.length === 0) {
    issues.push({
      row: null,
      severity: 'warning',
      code: 'NO_TASKS',
      message: 'The plan table has a header but no row with a task, so nothing was imported.',
    });
  }
  issues.push(...reportMissingColumns(layouts, planRows));

  return {
    layout: layouts.some((layout) => layout.matrix) ? 'matrix' : 'columns',
    format: source.format,
    objectives: objectives.objectives,
    tasks,
    glossary: glossary.entries,
    issues: sortIssues(issues),
    rows: [...roles.entries()].sort(([a], [b]) => a - b).map(([row, role]) => ({ row, role })),
  };
}

function nameKeys(names: string[]): Set<string> {
  return new Set(names.map(toNameKey).filter((key) => key !== ''));
}

/** A row with no task: an objective row, or skipped with an error that lists what it held. */
function reportRowWithoutTask(row: PlanRow, issues: ImportIssue[]): RowRole {
  const held = [
    row.clientGroup ?? '',
    ...row.measures,
    ...row.raci.map((source) =>
      source.kind === 'matrix' ? `${source.column}: ${source.text}` : source.text,
    ),
    row.due ?? '',
  ]
    .map(collapseWhitespace)
    .filter((text) => text !== '');
  const hasObjective = collapseWhitespace(row.objective) !== '';
  if (held.length === 0) {
    if (hasObjective) return 'objective';
    // Everything the row held was in cells already reported (extra cells, unread columns).
    return 'reported';
  }
  issues.push({
    row: row.row,
    severity: 'error',
    code: 'ROW_SKIPPED',
    message: hasObjective
      ? `The row has no task: its objective is read, but its other cells ("${clip(held.join('", "'))}") were not imported.`
      : `The row has no task, so it was not imported ("${clip(held.join('", "'))}"). If it continues the row above, join the two in the source.`,
  });
  return hasObjective ? 'objective' : 'reported';
}

/** Table-wide gaps, reported once at the first header that shows them rather than on every row. */
function reportMissingColumns(layouts: BlockLayout[], rows: PlanRow[]): ImportIssue[] {
  const reported = new Set<string>();
  const issues: ImportIssue[] = [];
  const report = (
    layout: BlockLayout,
    code: string,
    severity: ImportIssue['severity'],
    message: string,
  ) => {
    if (reported.has(code)) return;
    reported.add(code);
    issues.push({ row: layout.headerRow, severity, code, message });
  };
  for (const layout of layouts) {
    const hasTasks = rows.some(
      (row) => row.block === layout.block && collapseWhitespace(row.task) !== '',
    );
    if (!hasTasks) continue;
    const letters = layout.letters;
    if (!Object.values(letters).some(Boolean)) {
      report(
        layout,
        'NO_RACI_COLUMNS',
        'warning',
        'The table has no RACI, Lead or Partners column: no task has a party.',
      );
      continue;
    }
    const missing = (['R', 'A'] as RaciLetter[]).filter((letter) => !letters[letter]);
    for (const letter of missing) {
      report(
        layout,
        letter === 'R' ? 'NO_RESPONSIBLE_COLUMN' : 'NO_ACCOUNTABLE_COLUMN',
        'warning',
        letter === 'R'
          ? 'The table has no Responsible or Lead column: no task has a Responsible party.'
          : 'The table has no Accountable column: no task has an Accountable party, and none is invented.',
      );
    }
    if (!layout.hasClientGroupColumn) {
      report(
        layout,
        'NO_CLIENT_GROUP_COLUMN',
        'warning',
        'The table has no client-group column: no task has a client group.',
      );
    }
    if (!rows.some((row) => row.block === layout.block && row.due !== null)) {
      report(
        layout,
        'NO_TIMESCALE_COLUMN',
        'info',
        'The table has no timescale column: no task has a due date.',
      );
    }
  }
  return issues;
}

/** File-wide issues first, then by row; the order within a row is the order they were found. */
function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.index - b.index)
    .map(({ issue }) => issue);
}

function clip(text: string): string {
  const plain = collapseWhitespace(text);
  return plain.length > 120 ? `${plain.slice(0, 117)}...` : plain;
}
