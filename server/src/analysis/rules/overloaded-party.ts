// Parties Responsible for far more tasks than the median Responsible party.
import type { Rule } from '../rule.js';
import { evidenceOf, queryParameters, queryAnalysis } from '../rule.js';
import { PARAMETERS, SCOPE } from '../parameters.js';
import { rows } from '../wording.js';

interface Row {
  key: string;
  label: string;
  name: string;
  count: number;
}

interface TasksRow {
  key: string;
  tasks: { key: string; title: string; row: number | null; source: string; locator: string }[];
}

/** How many parties (the most loaded first) the evidence lists with their counts. */
const LISTED_PARTIES = 30;

/** The median of a list of numbers (the mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The entries whose count is more than factor × the median count of all entries. */
export function findOverloaded<T extends { count: number }>(
  entries: readonly T[],
  factor: number,
): { median: number; limit: number; overloaded: T[] } {
  const m = median(entries.map((e) => e.count));
  const limit = factor * m;
  return { median: m, limit, overloaded: entries.filter((e) => e.count > limit) };
}

export const overloadedParty: Rule = {
  id: 'overloaded-party',
  title: 'Overloaded party',
  severity: 'medium',
  category: 'risk',
  explanation:
    'A post or team Responsible for far more tasks than usual is a bottleneck: if it is vacant or stretched, all of those tasks stall together.',
  parameters: [PARAMETERS.overloadFactor, ...SCOPE],
  async run(context) {
    // Counts first; the tasks only of the parties over the limit.
    const parties = await queryAnalysis<Row>(
      context,
      'overloaded-party.cypher',
      queryParameters(context),
    );
    const { median: m, overloaded: over } = findOverloaded(parties, context.params.overloadFactor);
    const tasks = over.length
      ? await queryAnalysis<TasksRow>(context, 'overloaded-party/tasks.cypher', {
          ...queryParameters(context),
          keys: over.map((p) => p.key),
        })
      : [];
    const tasksOf = new Map(tasks.map((p) => [p.key, p.tasks]));
    const overloaded = over.map((p) => ({ ...p, tasks: tasksOf.get(p.key) ?? [] }));
    // Every party's count at a county or country scale would be thousands of names: the highest.
    const listed = parties.slice(0, LISTED_PARTIES);
    const others = parties.length - listed.length;
    const medianText = Number.isInteger(m) ? String(m) : m.toFixed(1);
    return overloaded.map((party) => ({
      nodes: [{ key: party.key, label: party.label, name: party.name }],
      sentence:
        `${party.name} is Responsible for ${party.count} tasks (${rows(party.tasks.map((t) => t.row))}), ` +
        `more than ${context.params.overloadFactor} times the median of ${medianText} across the ${parties.length} Responsible parties: a bottleneck if the post is vacant or stretched.`,
      evidence: [
        {
          kind: 'text' as const,
          description: `Responsible parties and their task counts: ${listed.map((p) => `${p.name} ${p.count}`).join('; ')}${others > 0 ? ` and ${others} more` : ''} (median ${medianText}).`,
        },
        ...party.tasks.map((t) =>
          evidenceOf(
            'relationship',
            `${party.name} RESPONSIBLE_FOR row ${t.row ?? '?'}: "${t.title}"`,
            t.source,
            t.locator,
          ),
        ),
      ],
    }));
  },
};
