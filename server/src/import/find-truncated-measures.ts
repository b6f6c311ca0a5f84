// A measure cut off mid-sentence (`Additional units of temporary`) is kept as written, but
// flagged: it ends on a joining word, or it is the start of a longer measure elsewhere in the plan.
import type { ImportIssue } from './types.js';
import { toNameKey } from './name-key.js';

const JOINING_END = new Set(
  'of the and to for in with a an by on at from or into including such as than'.split(' '),
);

/** MEASURE_TRUNCATED warnings for the measures of every task (pass all tasks so prefixes are found). */
export function findTruncatedMeasures(tasks: { row: number; measures: string[] }[]): ImportIssue[] {
  const all = tasks.flatMap((task) =>
    task.measures.map((measure) => ({ row: task.row, measure, words: wordKeys(measure) })),
  );
  const issues: ImportIssue[] = [];
  for (const item of all) {
    if (/[.!?)"]$/.test(item.measure)) continue;
    const lastWord = item.words[item.words.length - 1] ?? '';
    const longer = all.find(
      (other) =>
        other.words.length > item.words.length &&
        item.words.every((word, index) => other.words[index] === word),
    );
    if (!longer && !JOINING_END.has(lastWord)) continue;
    issues.push({
      row: item.row,
      severity: 'warning',
      code: 'MEASURE_TRUNCATED',
      message: longer
        ? `The measure "${item.measure}" looks cut off: row ${longer.row} has "${longer.measure}". It is kept as written.`
        : `The measure "${item.measure}" ends on "${lastWord}" and looks cut off. It is kept as written.`,
    });
  }
  return issues;
}

function wordKeys(text: string): string[] {
  return text
    .split(/\s+/)
    .map(toNameKey)
    .filter((word) => word !== '');
}
