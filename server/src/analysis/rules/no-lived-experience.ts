// Tasks decided without people with lived experience.
import { evidenceOf, queryAnalysis, queryRule, type Rule } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { quote } from '../wording.js';

interface Row {
  key: string;
  title: string;
  row: number | null;
  onlyInformed: boolean;
  /** The task's Consulted parties' names, sorted. */
  consulted: string[];
  source: string | null;
}

interface Principle {
  description: string;
  source: string | null;
  locator: string | null;
}

export const noLivedExperience: Rule = {
  id: 'no-lived-experience',
  title: 'People with lived experience not consulted',
  severity: 'medium',
  category: 'gap',
  explanation:
    "Worcester Cares commits to involving people with lived experience in developing the system; a task decided without them breaks the alliance's own principle.",
  parameters: SCOPE,
  async run(context) {
    const [tasks, principles] = await Promise.all([
      queryRule<Row>(context, 'no-lived-experience'),
      queryAnalysis<Principle>(context, 'no-lived-experience/principle.cypher', {}),
    ]);
    const principle = principles.map((p) => evidenceOf('text', p.description, p.source, p.locator));
    return tasks.map((r) => ({
      nodes: [{ key: r.key, label: 'Task', name: r.title }],
      sentence:
        `People with lived experience are not consulted on ${quote(r.title)}${r.row ? ` (row ${r.row})` : ''}` +
        (r.onlyInformed ? ': they are only Informed.' : '.'),
      evidence: [
        evidenceOf(
          'row',
          `Row ${r.row ?? '?'}: "${r.title}"; Consulted: ${r.consulted.join(', ') || 'nobody'}`,
          r.source,
          r.row === null ? null : `row ${r.row}`,
        ),
        ...principle,
      ],
    }));
  },
};
