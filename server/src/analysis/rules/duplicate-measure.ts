// The same or nearly the same measure on different tasks of one council, by TF-IDF cosine or a
// cut-off copy.
import type { Rule } from '../rule.js';
import { evidenceOf, queryRule, queryAnalysis } from '../rule.js';
import { PARAMETERS, SCOPE } from '../parameters.js';
import {
  indexTokenLists,
  isCutOffWords,
  numberOf,
  tokensOfWords,
  words,
} from '../text-similarity.js';
import { count, quote } from '../wording.js';

interface Row {
  key: string;
  text: string;
  /** The task's key. */
  task: string;
  row: number | null;
  /** The plan's council (or the plan, when it names none). */
  council: string;
  inScope: boolean;
  source: string | null;
  locator: string | null;
}

interface Match {
  a: Row;
  b: Row;
  score: number;
  cutOff: boolean;
}

/**
 * Pairs of measures on different tasks of one council at or above the threshold, or one cut off
 * from the other. Each council's measures are compared among themselves, with the word weights
 * (TF-IDF) of that council's measures: two councils sharing a stock measure is not a copy.
 */
export function matchMeasures(measures: readonly Row[], threshold: number): Match[] {
  const byCouncil = new Map<string, Row[]>();
  for (const m of measures) {
    const group = byCouncil.get(m.council);
    if (group) group.push(m);
    else byCouncil.set(m.council, [m]);
  }
  const out: Match[] = [];
  for (const group of byCouncil.values()) {
    if (!group.some((m) => m.inScope)) continue;
    // Split once per measure, not once per pair: a council's measures make thousands of pairs.
    // The cut-off check compares words as numbers (stock measures share their first five words).
    const split = group.map((m) => words(m.text));
    const index = indexTokenLists(split.map(tokensOfWords));
    const wordNumbers = new Map<string, number>();
    const numbered = split.map((list) => list.map((word) => numberOf(word, wordNumbers)));
    // Tasks by number: two keys of one plan share a long prefix, slow to compare per pair.
    const taskNumbers = new Map<string, number>();
    const taskOf = group.map((m) => numberOf(m.task, taskNumbers));
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i];
        const b = group[j];
        if (!a || !b || taskOf[i] === taskOf[j] || !(a.inScope || b.inScope)) continue;
        const score = index.similarity(i, j);
        const cutOff = isCutOffWords(numbered[i] ?? [], numbered[j] ?? []);
        if (score >= threshold || cutOff) out.push({ a, b, score, cutOff });
      }
    }
  }
  return out;
}

export const duplicateMeasure: Rule = {
  id: 'duplicate-measure',
  title: 'Duplicate measure of success',
  severity: 'medium',
  category: 'duplication',
  explanation:
    'A measure copied onto a second task is a copy-paste slip or two tasks doing one job; either way progress is counted twice. Near-identical (cosine 0.95 or more) or cut-off copies are medium, looser matches low.',
  parameters: [PARAMETERS.similarityThreshold, ...SCOPE],
  async run(context) {
    const measures = await queryRule<Row>(context, 'duplicate-measure');
    const byTaskPair = new Map<string, Match[]>();
    for (const match of matchMeasures(measures, context.params.similarityThreshold)) {
      const [first, second] = [match.a, match.b].sort(
        (x, y) => (x.row ?? 0) - (y.row ?? 0) || x.task.localeCompare(y.task),
      ) as [Row, Row];
      const pair = `${first.task}|${second.task}`;
      const ordered = { ...match, a: first, b: second };
      const matches = byTaskPair.get(pair);
      if (matches) matches.push(ordered);
      else byTaskPair.set(pair, [ordered]);
    }
    if (byTaskPair.size === 0) return [];
    const keys = [
      ...new Set([...byTaskPair.values()].flatMap(([m]) => (m ? [m.a.task, m.b.task] : []))),
    ];
    const titles = new Map(
      (
        await queryAnalysis<{ key: string; title: string }>(
          context,
          'duplicate-measure/titles.cypher',
          { keys },
        )
      ).map((t) => [t.key, t.title]),
    );
    return [...byTaskPair.values()].map((matches) => {
      const first = matches[0] as Match;
      const copies = matches.filter((m) => m.score >= 0.95 || m.cutOff);
      const strongest = Math.max(...matches.map((m) => m.score));
      const taskA = { key: first.a.task, row: first.a.row, title: titles.get(first.a.task) ?? '' };
      const taskB = { key: first.b.task, row: first.b.row, title: titles.get(first.b.task) ?? '' };
      const pair =
        taskA.row && taskB.row
          ? `Rows ${taskA.row} and ${taskB.row}`
          : `${quote(taskA.title, 60)} and ${quote(taskB.title, 60)}`;
      const sentence =
        copies.length > 0
          ? `${pair} share ${count(copies.length, 'measure')} word for word or cut off (such as ${quote(copies[0]?.a.text ?? '', 70)}): a copy-paste slip, or two tasks doing one job.`
          : `${pair} measure success in nearly the same words (such as ${quote(first.a.text, 70)} and ${quote(first.b.text, 70)}, similarity ${strongest.toFixed(2)}): one shared measure may do, or the counts must be kept apart.`;
      return {
        severity: copies.length > 0 ? ('medium' as const) : ('low' as const),
        nodes: [
          { key: taskA.key, label: 'Task', name: taskA.title },
          { key: taskB.key, label: 'Task', name: taskB.title },
          ...matches.flatMap((m) => [
            { key: m.a.key, label: 'Measure', name: m.a.text },
            { key: m.b.key, label: 'Measure', name: m.b.text },
          ]),
        ].filter((n, i, all) => all.findIndex((x) => x.key === n.key) === i),
        sentence,
        evidence: matches.flatMap((m) => [
          evidenceOf(
            'row',
            `Row ${m.a.row ?? '?'} measure: "${m.a.text}"`,
            m.a.source,
            m.a.locator,
          ),
          evidenceOf(
            'row',
            `Row ${m.b.row ?? '?'} measure: "${m.b.text}" (${m.cutOff ? 'cut-off copy' : `TF-IDF cosine ${m.score.toFixed(2)}`})`,
            m.b.source,
            m.b.locator,
          ),
        ]),
      };
    });
  },
};
