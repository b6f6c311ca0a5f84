// Plans write timescales every way there is (`December 2023`, `Jun-23`, `Q2 2024`, `2024/25`,
// `Year 1`, `Ongoing`); this reads one cell to a month or a span of months, keeping the text.
import type { DueDate, IssueDraft } from './types.js';
import { collapseWhitespace } from './normalise-text.js';

export interface ParseDueDateOptions {
  /** Calendar year the plan starts in: 'Year 1' is April startYear to March startYear + 1. */
  startYear?: number;
}

export interface DueDateResult {
  due: DueDate;
  issue?: IssueDraft;
}

interface Month {
  year: number;
  month: number;
}

interface Period {
  start: Month;
  end: Month;
  kind: 'month' | 'range' | 'quarter' | 'financial-year';
  note?: IssueDraft;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

const ONGOING = /^(on-?\s?going|continuous(ly)?|continual(ly)?|throughout)\b/i;
const PREFIX = /^(by the end of|by end of|the end of|end of|by|before|due|end)\s+/i;

/** Read a timescale cell. Never throws: what it cannot read comes back as kind 'unparsed' with a warning. */
export function parseDueDate(raw: string, options: ParseDueDateOptions = {}): DueDateResult {
  const text = collapseWhitespace(raw.replace(/[\u2013\u2014]/g, '-')).replace(/[.;,]+$/, '');
  const due = (kind: DueDate['kind'], start: Month | null = null, end: Month | null = null) => ({
    raw,
    kind,
    start: start && format(start),
    end: end && format(end),
  });

  if (text === '') {
    return {
      due: due('none'),
      issue: { severity: 'info', code: 'NO_DUE_DATE', message: 'No timescale is given.' },
    };
  }
  if (ONGOING.test(text)) {
    return {
      due: due('ongoing'),
      issue: {
        severity: 'info',
        code: 'DUE_ONGOING',
        message: `The timescale "${raw.trim()}" is ongoing: the task has no due month.`,
      },
    };
  }
  const planYear = readPlanYear(text, options);
  if (planYear) {
    if ('issue' in planYear) return { due: due('unparsed'), issue: planYear.issue };
    return { due: due(planYear.kind, planYear.start, planYear.end) };
  }
  const period =
    readPeriod(stripPrefix(text)) ?? readRange(stripPrefix(text)) ?? readExcelSerial(text);
  if (period) {
    const result: DueDateResult = { due: due(period.kind, period.start, period.end) };
    if (period.note) result.issue = period.note;
    return result;
  }
  return {
    due: due('unparsed'),
    issue: {
      severity: 'warning',
      code: 'DUE_UNPARSED',
      message: `Could not read the timescale "${raw.trim()}" as a month, range, quarter or financial year; it is kept as written with no date.`,
    },
  };
}

/** `By end of March 2024` reads as `March 2024`. */
function stripPrefix(text: string): string {
  let current = text;
  while (PREFIX.test(current)) current = current.replace(PREFIX, '');
  return current;
}

function format({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

function isMonth(value: Month | null): value is Month {
  return (
    value !== null &&
    value.month >= 1 &&
    value.month <= 12 &&
    value.year >= 1990 &&
    value.year <= 2100
  );
}

function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function single(value: Month | null): Period | null {
  return isMonth(value) ? { start: value, end: value, kind: 'month' } : null;
}

/** 'Year 1' and 'Years 1-3', which need the plan's start year. */
function readPlanYear(
  text: string,
  options: ParseDueDateOptions,
): { kind: 'financial-year' | 'range'; start: Month; end: Month } | { issue: IssueDraft } | null {
  const number = '(\\d{1,2}|one|two|three|four|five)';
  const match = new RegExp(
    `^(?:years?|yrs?)\\s*${number}(?:\\s*(?:-|to|and|&)\\s*(?:years?\\s*)?${number})?$`,
    'i',
  ).exec(text);
  if (!match) return null;
  const first = toNumber(match[1] ?? '');
  const last = match[2] ? toNumber(match[2]) : first;
  if (options.startYear === undefined) {
    return {
      issue: {
        severity: 'warning',
        code: 'DUE_NEEDS_START_YEAR',
        message: `The timescale "${text}" counts years from the start of the plan; give the plan's start year (startYear) to date it. Kept as written with no date.`,
      },
    };
  }
  const start = { year: options.startYear + first - 1, month: 4 };
  const end = { year: options.startYear + last, month: 3 };
  return { kind: first === last ? 'financial-year' : 'range', start, end };
}

function toNumber(text: string): number {
  return NUMBER_WORDS[text.toLowerCase()] ?? Number(text);
}

/** One period: a month, a quarter, a financial year, or a calendar year. */
function readPeriod(text: string): Period | null {
  return readMonth(text) ?? readFinancialYear(text) ?? readQuarter(text) ?? readYear(text);
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

function readMonth(text: string): Period | null {
  let match = new RegExp(`^${MONTH}[\\s\\-/,']*(\\d{4}|\\d{2})$`, 'i').exec(text);
  if (match) return single({ year: fullYear(match[2] ?? ''), month: monthNumber(match[1] ?? '') });
  match = new RegExp(
    `^(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+${MONTH},?[\\s\\-]+(\\d{4}|\\d{2})$`,
    'i',
  ).exec(text);
  if (match) return single({ year: fullYear(match[3] ?? ''), month: monthNumber(match[2] ?? '') });
  match = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i').exec(text);
  if (match) return single({ year: fullYear(match[3] ?? ''), month: monthNumber(match[1] ?? '') });
  // 06/2023, 6-2023
  match = /^(\d{1,2})[/\-.](\d{4})$/.exec(text);
  if (match) return single({ year: Number(match[2]), month: Number(match[1]) });
  // 2023-06, but not 2023-24, which is a financial year
  match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match && !isFinancialYearPair(match[1] ?? '', match[2] ?? '')) {
    return single({ year: Number(match[1]), month: Number(match[2]) });
  }
  // 2023-06-30, as Excel date cells are written out
  match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return single({ year: Number(match[1]), month: Number(match[2]) });
  // 30/06/2023: UK order, day first
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (match) return single({ year: fullYear(match[3] ?? ''), month: Number(match[2]) });
  return null;
}

function isFinancialYearPair(first: string, second: string): boolean {
  const start = Number(first);
  const end = second.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(second) === end;
}

/** 2024/25, 2024-25, 2024/2025, FY24/25: April of the first year to March of the next. */
function readFinancialYear(text: string): Period | null {
  const match =
    /^(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i.exec(text) ??
    /^fy\s*(\d{2})\s*[/-]?\s*(\d{2})$/i.exec(text);
  if (!match) return null;
  const first = match[1] ?? '';
  const second = match[2] ?? '';
  if (!isFinancialYearPair(first, second)) return null;
  const year = fullYear(first);
  const start = { year, month: 4 };
  const end = { year: year + 1, month: 3 };
  return isMonth(start) ? { start, end, kind: 'financial-year' } : null;
}

/**
 * UK plans usually mean calendar quarters when they write `Q2 2024` (April to June 2024), and
 * financial-year quarters only when they name the financial year: `Q2 2024/25` is July to
 * September 2024, because Q1 of a financial year is April to June.
 */
function readQuarter(text: string): Period | null {
  const financial =
    /^(?:q|quarter\s*)([1-4])\s*(?:of\s*)?(?:fy\s*)?(\d{4}|\d{2})\s*[/-]\s*(\d{2}|\d{4})$/i.exec(
      text,
    );
  if (financial && isFinancialYearPair(financial[2] ?? '', financial[3] ?? '')) {
    const quarter = Number(financial[1]);
    const start = addMonths({ year: fullYear(financial[2] ?? ''), month: 4 }, (quarter - 1) * 3);
    return isMonth(start) ? { start, end: addMonths(start, 2), kind: 'quarter' } : null;
  }
  const quarterFirst = /^(?:q|quarter\s*)([1-4])\s*(?:of\s*)?(\d{4})$/i.exec(text);
  const yearFirst = /^(\d{4})\s*(?:q|quarter\s*)([1-4])$/i.exec(text);
  if (!quarterFirst && !yearFirst) return null;
  const quarter = Number(quarterFirst ? quarterFirst[1] : yearFirst?.[2]);
  const year = Number(quarterFirst ? quarterFirst[2] : yearFirst?.[1]);
  const start = { year, month: (quarter - 1) * 3 + 1 };
  if (!isMonth(start)) return null;
  return {
    start,
    end: addMonths(start, 2),
    kind: 'quarter',
    note: {
      severity: 'info',
      code: 'DUE_CALENDAR_QUARTER',
      message: `"${text}" is read as a calendar quarter; write it as "Q${quarter} ${year}/${String((year + 1) % 100).padStart(2, '0')}" if the plan means a financial-year quarter.`,
    },
  };
}

function readYear(text: string): Period | null {
  const match = /^(\d{4})$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const start = { year, month: 1 };
  return isMonth(start) ? { start, end: { year, month: 12 }, kind: 'range' } : null;
}

/**
 * A date cell whose date format was lost shows Excel's day count (45078 is 1 June 2023). Only
 * numbers that fall between 1990 and 2100 are read this way.
 */
function readExcelSerial(text: string): Period | null {
  if (!/^\d{5}(\.\d+)?$/.test(text)) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000);
  const month = single({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 });
  if (!month) return null;
  return {
    ...month,
    note: {
      severity: 'info',
      code: 'DUE_EXCEL_SERIAL',
      message: `The timescale ${text} is read as an Excel date number (${format(month.start)}); give the cell a date format in the workbook to be sure.`,
    },
  };
}

/** `April 2024 - March 2025`, `April 2024-March 2025`, `April to June 2024`. */
function readRange(text: string): Period | null {
  const spaced = /^(.+?)\s+(?:-|to|until|till)\s+(.+)$/i.exec(text);
  const candidates: [string, string][] = [];
  if (spaced) candidates.push([spaced[1] ?? '', spaced[2] ?? '']);
  for (let index = text.indexOf('-'); index > 0; index = text.indexOf('-', index + 1)) {
    candidates.push([text.slice(0, index).trim(), text.slice(index + 1).trim()]);
  }
  for (const [left, right] of candidates) {
    const end = readPeriod(right);
    if (!end) continue;
    const start = readPeriod(left) ?? monthBefore(left, end.end);
    if (!start) continue;
    const period: Period = { start: start.start, end: end.end, kind: 'range' };
    if (compare(start.start, end.end) > 0) {
      period.note = {
        severity: 'warning',
        code: 'DUE_RANGE_REVERSED',
        message: `The timescale "${text}" ends before it starts; kept as written.`,
      };
    }
    return period;
  }
  return null;
}

/** The start of `April to June 2024`: a month name with its year taken from the end. */
function monthBefore(text: string, end: Month): Period | null {
  const match = new RegExp(`^${MONTH}$`, 'i').exec(text);
  if (!match) return null;
  const month = monthNumber(match[1] ?? '');
  const year = month > end.month ? end.year - 1 : end.year;
  return single({ year, month });
}

function compare(a: Month, b: Month): number {
  return a.year * 12 + a.month - (b.year * 12 + b.month);
}
