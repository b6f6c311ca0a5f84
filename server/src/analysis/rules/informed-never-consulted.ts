// Parties only ever Informed.
import { evidenceOf, factRule } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { count, rows } from '../wording.js';

interface Row {
  key: string;
  label: string;
  name: string;
  /** The tasks it is Informed of, in row order. */
  informed: { row: number | null; title: string; source: string | null; locator: string | null }[];
}

export const informedNeverConsulted = factRule<Row>(
  {
    id: 'informed-never-consulted',
    title: 'Party only ever Informed',
    severity: 'low',
    category: 'gap',
    explanation:
      'A party only told what was decided has no voice in the work: right for some boards, a missed contribution for a partner.',
    parameters: SCOPE,
  },
  (r) => {
    const where = rows(r.informed.map((i) => i.row));
    return {
      nodes: [{ key: r.key, label: r.label, name: r.name }],
      sentence: `${r.name} is Informed of ${count(r.informed.length, 'task')}${where ? ` (${where})` : ''} but is never Responsible, Accountable or Consulted: it has no voice in the work.`,
      evidence: r.informed.map((i) =>
        evidenceOf(
          'relationship',
          `${r.name} INFORMED_OF row ${i.row ?? '?'}: "${i.title}"`,
          i.source,
          i.locator,
        ),
      ),
    };
  },
);
