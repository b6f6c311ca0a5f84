// A board Accountable for work done by parties not linked to it.
import { evidenceOf, factRule } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { list, quote } from '../wording.js';

interface Row {
  key: string;
  title: string;
  row: number | null;
  boardKey: string;
  board: string;
  source: string | null;
  locator: string | null;
  /** The task's Responsible parties, none of them linked to the board. */
  doers: { name: string; source: string | null; locator: string | null }[];
}

export const accountableBoardUnlinked = factRule<Row>(
  {
    id: 'accountable-board-unlinked',
    title: 'Accountable board not linked to the doers',
    severity: 'medium',
    category: 'risk',
    explanation:
      'A board answers for work done by parties that, on record, neither sit on it nor report to it: the line of oversight exists only on paper.',
    parameters: SCOPE,
  },
  (r) => {
    const responsible = r.doers.map((d) => d.name).sort();
    return {
      nodes: [
        { key: r.key, label: 'Task', name: r.title },
        { key: r.boardKey, label: 'Board', name: r.board },
      ],
      sentence:
        `${r.board} is Accountable for ${quote(r.title, 70)}${r.row ? ` (row ${r.row})` : ''}, but ${list(responsible)}, ` +
        `${responsible.length === 1 ? 'which does' : 'which do'} the work, ${responsible.length === 1 ? 'is' : 'are'} not recorded as members of it or reporting to it.`,
      evidence: [
        evidenceOf(
          'relationship',
          `${r.board} ACCOUNTABLE_FOR row ${r.row ?? '?'}: "${r.title}"`,
          r.source,
          r.locator,
        ),
        ...r.doers.map((d) =>
          evidenceOf(
            'relationship',
            `${d.name} RESPONSIBLE_FOR the task; no MEMBER_OF, WORKS_IN, PART_OF or REPORTS_TO path to ${r.board}`,
            d.source,
            d.locator,
          ),
        ),
      ],
    };
  },
);
