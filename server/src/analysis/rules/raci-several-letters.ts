// A party holding several letters on one task.
import { cypherRule, type RuleRow } from '../rule.js';
import { SCOPE } from '../parameters.js';
import { letterName, list, rows } from '../wording.js';

interface Row extends RuleRow {
  name: string;
  tasks: { row: number | null; letters: string[]; conflicting: boolean }[];
  conflicting: boolean;
}

export const raciSeveralLetters = cypherRule<Row>(
  {
    id: 'raci-several-letters',
    title: 'Party with several letters on one task',
    severity: 'medium',
    category: 'data-quality',
    explanation:
      'Responsible or Accountable and also Consulted or Informed means a party is asked about its own work: a copying slip or a muddled role. Consulted and Informed together is only redundant (low).',
    parameters: SCOPE,
  },
  (r) => {
    const shown = r.conflicting ? r.tasks.filter((t) => t.conflicting) : r.tasks;
    const byLetters = new Map<string, (number | null)[]>();
    for (const t of shown) {
      const combo = list(t.letters.map(letterName));
      byLetters.set(combo, [...(byLetters.get(combo) ?? []), t.row]);
    }
    const what = list(
      [...byLetters].map(([combo, taskRows]) => `${combo} on ${rows(taskRows) || 'a task'}`),
    );
    return r.conflicting
      ? {
          sentence: `${r.name} is ${what}: it is asked about, or told of, its own work.`,
          severity: 'medium',
        }
      : {
          sentence: `${r.name} is ${what}: being Consulted already means being Informed.`,
          severity: 'low',
        };
  },
);
