// The contract between the pure plan parser (this folder) and the code that writes a parsed
// plan to the graph. Everything here is plain data: no database, no I/O.

export type RaciLetter = 'R' | 'A' | 'C' | 'I';

export const RACI_LETTERS: readonly RaciLetter[] = ['R', 'A', 'C', 'I'];

export interface ImportIssue {
  /** 1-based line (text formats) or sheet row (xlsx) in the source; null for the whole file. */
  row: number | null;
  /** The column header (or a description like "column 7") the issue is about. */
  column?: string;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

export interface DueDate {
  /** The cell as written. */
  raw: string;
  kind: 'month' | 'range' | 'quarter' | 'financial-year' | 'ongoing' | 'none' | 'unparsed';
  /** 'YYYY-MM' */
  start: string | null;
  /** 'YYYY-MM' */
  end: string | null;
}

export interface PartyMention {
  /** Cleaned, as written, split from its neighbours. */
  name: string;
  /** The chunk of the cell it came from, before cleaning and splitting. */
  raw: string;
}

export interface ParsedTask {
  /** 1-based line or sheet row in the source. */
  row: number;
  objective: string | null;
  title: string;
  clientGroups: string[];
  /** True when the client-group cell says "All" (or "Everyone", "All client groups"). */
  forAll: boolean;
  measures: string[];
  raci: Record<RaciLetter, PartyMention[]>;
  due: DueDate;
}

export interface GlossaryEntry {
  abbreviation: string;
  fullName: string;
  /** Row in the file the entry came from (the plan, or the separate glossary file). */
  row: number | null;
  /** Where the entry came from; absent means a glossary written as such. */
  origin?: 'plan-glossary' | 'party-name' | 'glossary-file';
}

/**
 * What a non-blank row of the source was read as: 'continuation' is the second part of a row cut
 * by a page break, read into the task above; a 'reported' row has an issue saying why.
 */
export type RowRole = 'header' | 'task' | 'continuation' | 'objective' | 'glossary' | 'reported';

export interface ParsedPlan {
  layout: 'columns' | 'matrix';
  format: 'tsv' | 'csv' | 'xlsx' | 'markdown';
  /** `order` is 1-based, by first appearance; `rows` are the rows the title is written on. */
  objectives: { title: string; order: number; rows: number[] }[];
  tasks: ParsedTask[];
  glossary: GlossaryEntry[];
  issues: ImportIssue[];
  /** Every non-blank row of the source, in order, with what it was read as (parsePlan always sets it). */
  rows?: { row: number; role: RowRole }[];
}

export interface ParseOptions {
  fileName: string;
  /** Names and aliases of parties already in the graph. */
  knownPartyNames?: string[];
  /** Entries from a separate --glossary file. */
  glossary?: GlossaryEntry[];
  /** The calendar year the plan starts in, for 'Year 1' (= April startYear to March startYear+1). */
  startYear?: number;
}

/** An issue before it is pinned to a row: what the small parsers return. */
export type IssueDraft = Omit<ImportIssue, 'row'>;
