// Councils name their columns differently (`Tasks`, `Action`, `Lead`, `Partners`, `Target date`);
// this maps a header row's cells to what the parser reads from each column.
import { collapseWhitespace } from './normalise-text.js';
import { parseDueDate } from './parse-due-date.js';

export type ColumnRole =
  | 'objective'
  | 'task'
  | 'clientGroup'
  | 'measure'
  | 'raci'
  | 'responsible'
  | 'accountable'
  | 'consulted'
  | 'informed'
  | 'due';

export interface HeaderColumn {
  /** 0-based position of the cell in its row. */
  index: number;
  /** The header as written. */
  header: string;
  /** What the column holds, or null when the parser does not read it. */
  role: ColumnRole | null;
}

export interface HeaderMatch {
  columns: HeaderColumn[];
}

const ROLES: [ColumnRole, RegExp][] = [
  [
    'objective',
    /^(strategic |key |our )?(objectives?|priority|priorities|themes?|aims?|goals?)( area)?$/,
  ],
  ['task', /^(key |specific )?(tasks?|actions?|activities|activity)( required| description)?$/],
  ['clientGroup', /^(client|target|customer) groups?$|^(client )?cohorts?$/],
  [
    'measure',
    /^(measures? of success|success measures?|measures?|(expected |key )?outcomes?|targets?|evidencing success|success criteria|kpis?|key performance indicators?)$/,
  ],
  ['raci', /^raci( matrix)?$|^r a c i$|^responsible accountable consulted (and )?informed$/],
  [
    'responsible',
    /^(lead|leads|lead (officer|agency|organisation|organization|partner|body)|responsibility|responsible|responsible (officer|party)|who|owner|action owner)$/,
  ],
  ['accountable', /^(accountable|accountability)$/],
  [
    'consulted',
    /^(consulted|consult|partners|key partners|partner (agencies|organisations|organizations)|supporting partners)$/,
  ],
  ['informed', /^(informed|inform|keep informed)$/],
  [
    'due',
    /^(timescales?|due dates?|due|target dates?|target completion( date)?|deadlines?|years?|when|by when|dates?|timeframes?|completion dates?|timeline)$/,
  ],
];

/** Roles a table has at most one column for; a second such column is not read. */
const SINGLE: ReadonlySet<ColumnRole> = new Set([
  'objective',
  'task',
  'clientGroup',
  'raci',
  'due',
]);

/** What a header cell names, or null. Case, punctuation and `(s)` plurals are ignored. */
export function classifyHeader(text: string): ColumnRole | null {
  const plain = collapseWhitespace(
    text
      .toLowerCase()
      .replace(/\(s\)/g, 's')
      .replace(/[^\p{L}\p{N}&\s]/gu, ' '),
  );
  if (plain === '') return null;
  return ROLES.find(([, pattern]) => pattern.test(plain))?.[0] ?? null;
}

/**
 * The columns of a header row, or null when the row is not one: a header names a task column and
 * at least one other, and holds no data (no `R:` RACI cell, no date).
 */
export function matchHeaderRow(cells: string[]): HeaderMatch | null {
  if (cells.some(looksLikeData)) return null;
  const seen = new Set<ColumnRole>();
  const columns = cells.map((header, index) => {
    let role = classifyHeader(header);
    if (role && SINGLE.has(role) && seen.has(role)) role = null;
    if (role) seen.add(role);
    return { index, header: collapseWhitespace(header), role };
  });
  const others = columns.filter((column) => column.role !== 'task' && column.header !== '');
  if (!seen.has('task') || others.length === 0) return null;
  return { columns };
}

/** A row that names two or more plan columns but no task column: the header of a table we cannot read. */
export function isHeaderWithoutTask(cells: string[]): boolean {
  const roles = new Set(cells.map(classifyHeader).filter((role) => role !== null));
  return !roles.has('task') && roles.size >= 2;
}

/** A cell no header would hold: a RACI cell or a timescale. */
function looksLikeData(cell: string): boolean {
  if (/^\s*(R|A|C|I)\s*:/.test(cell)) return true;
  const kind = parseDueDate(cell).due.kind;
  return kind !== 'none' && kind !== 'unparsed';
}
