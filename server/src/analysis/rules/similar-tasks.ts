// Tasks of one council that say nearly the same thing for the same client group.
import type { Rule } from '../rule.js';
import { evidenceOf, queryRule } from '../rule.js';
import { PARAMETERS, SCOPE } from '../parameters.js';
import { indexTexts } from '../text-similarity.js';
import { list, quote } from '../wording.js';

interface Row {
  key: string;
  title: string;
  row: number | null;
  plan: string;
  authority: string | null;
  forAll: boolean;
  groups: { key: string; name: string }[];
  source: string | null;
  inScope: boolean;
}

/** The client groups two tasks share: a common group, or 'All' for two tasks for everyone. */
export function sharedGroups(
  a: Pick<Row, 'groups' | 'forAll'>,
  b: Pick<Row, 'groups' | 'forAll'>,
): string[] | null {
  const common = a.groups.filter((g) => b.groups.some((h) => h.key === g.key)).map((g) => g.name);
  if (common.length > 0) return common;
  if (a.forAll && b.forAll) return ['everyone'];
  return null;
}

export const similarTasks: Rule = {
  id: 'similar-tasks',
  title: 'Similar tasks for the same people',
  severity: 'medium',
  category: 'duplication',
  explanation:
    'Two tasks that say nearly the same thing for the same client group split effort and accountability; each partner assumes the other is doing it.',
  parameters: [PARAMETERS.similarityThreshold, ...SCOPE],
  async run(context) {
    const all = await queryRule<Row>(context, 'similar-tasks');
    // Each council's tasks among themselves, with that council's word weights: two councils'
    // plans naming the same job is not duplicated effort.
    const byCouncil = new Map<string, Row[]>();
    for (const t of all) {
      const council = t.authority ?? t.plan;
      const group = byCouncil.get(council);
      if (group) group.push(t);
      else byCouncil.set(council, [t]);
    }
    const found = [];
    for (const tasks of byCouncil.values()) {
      if (!tasks.some((t) => t.inScope)) continue;
      const index = indexTexts(tasks.map((t) => t.title));
      for (let i = 0; i < tasks.length; i += 1) {
        for (let j = i + 1; j < tasks.length; j += 1) {
          const a = tasks[i];
          const b = tasks[j];
          if (!a || !b || !(a.inScope || b.inScope)) continue;
          // The score first: it allocates nothing, and few pairs pass it.
          const score = index.similarity(i, j);
          if (score < context.params.similarityThreshold) continue;
          const groups = sharedGroups(a, b);
          if (!groups) continue;
          const pair =
            a.row && b.row
              ? `Rows ${a.row} and ${b.row}`
              : `${quote(a.title, 60)} and ${quote(b.title, 60)}`;
          found.push({
            nodes: [a, b].map((t) => ({ key: t.key, label: 'Task', name: t.title })),
            sentence: `${pair} say nearly the same thing (similarity ${score.toFixed(2)}, sharing ${list(
              index
                .sharedTokens(i, j)
                .slice(0, 5)
                .map((w) => `"${w}"`),
            )}) for ${list(groups)}: one job, or two that must be told apart.`,
            evidence: [a, b].map((t) =>
              evidenceOf(
                'row',
                `Row ${t.row ?? '?'}: "${t.title}" (for ${t.forAll ? 'All' : list(t.groups.map((g) => g.name)) || 'no group'})`,
                t.source,
                t.row ? `row ${t.row}` : null,
              ),
            ),
          });
        }
      }
    }
    return found;
  },
};
