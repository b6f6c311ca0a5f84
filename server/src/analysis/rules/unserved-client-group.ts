// Client groups the texts name that no task or service serves.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { list, rows } from '../wording.js';

interface Row extends RuleRow {
  name: string;
  mentions: { label: string; text: string; row: number | null }[];
  pathways: string[];
}

export const unservedClientGroup = cypherRule<Row>(
  {
    id: 'unserved-client-group',
    title: 'Client group named but not served',
    severity: 'high',
    category: 'gap',
    explanation:
      'The documents name these people, but no task and no service is for them: unmet need, and the classic gap for a funding bid.',
    parameters: SCOPE,
  },
  (r) => {
    const planRows = rows(r.mentions.map((m) => m.row));
    const services = r.mentions.filter((m) => m.label === 'Service').map((m) => m.text);
    const where = [
      planRows ? `the plan (${planRows})` : '',
      services.length > 0 ? `the description of ${list(services)}` : '',
    ].filter(Boolean);
    const route =
      r.pathways.length > 0
        ? ` A pathway is drawn for them (${list(r.pathways)}), but no service is theirs.`
        : '';
    return `${r.name} are named in ${list(where)}, but no task or service serves them.${route}`;
  },
);
