// The same or nearly the same measure on different tasks of one council, by TF-IDF cosine or a
// cut-off copy.
import type { Rule } from '../rule.js';
import { queryRule, queryAnalysis } from '../rule.js';
import { PARAMETERS, SCOPE } from '../parameters.js';
import { cutOffPairs, indexWords, words } from '../text-similarity.js';
import { cleanLocator, count, quote } from '../wording.js';

/** A task and its measures' texts, as duplicate-measure.cypher returns them. */
interface TaskRow {
  task: string;
  row: number | null;
  /** The plan's council (or the plan, when it names none). */
  council: string;
  inScope: boolean;
  texts: string[];
}

/** One measure, compared with the others of its council. */
interface Row {
  text: string;
  /** The task's key. */
  task: string;
  /** Where the measure is in the task's list (details.cypher gives its key and source in the same order). */
  position: number;
  row: number | null;
  council: string;
  inScope: boolean;
}

/** What details.cypher returns for a reported task. */
interface Details {
  key: string;
  title: string;
  measures: { key: string; source: string | null; locator: string | null }[];
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
    const split = group.map((m) => words(m.text));
    const index = indexWords(split);
    // Only pairs at or above the threshold or cut-off copies are reported: the index and the
    // opening words find those without scoring every pair of the council's measures.
    const candidates = new Map<number, boolean>();
    for (const [i, j] of index.similarPairs(threshold)) candidates.set(i * group.length + j, false);
    for (const [i, j] of cutOffPairs(split)) candidates.set(i * group.length + j, true);
    for (const pairIndex of [...candidates.keys()].sort((x, y) => x - y)) {
      const i = Math.floor(pairIndex / group.length);
      const j = pairIndex % group.length;
      const a = group[i];
      const b = group[j];
      if (!a || !b || a.task === b.task || !(a.inScope || b.inScope)) continue;
      out.push({ a, b, score: index.similarity(i, j), cutOff: candidates.get(pairIndex) === true });
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
    const measures = (await queryRule<TaskRow>(context, 'duplicate-measure')).flatMap(
      ({ texts, ...task }) => texts.map((text, position): Row => ({ ...task, text, position })),
    );
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
    const details = new Map(
      (await queryAnalysis<Details>(context, 'duplicate-measure/details.cypher', { keys })).map(
        (d) => [d.key, d],
      ),
    );
    const measureOf = (m: Row) => details.get(m.task)?.measures[m.position];
    /** One side of a matching pair as evidence: the measure's text and where it was read. */
    const evidence = (m: Row, description: string) => {
      const measure = measureOf(m);
      const locator = cleanLocator(measure?.locator);
      return {
        kind: 'row' as const,
        description,
        ...(measure?.source ? { source: measure.source } : {}),
        ...(locator ? { locator } : {}),
      };
    };
    const titleOf = (task: string) => details.get(task)?.title ?? '';
    return [...byTaskPair.values()].map((matches) => {
      const first = matches[0] as Match;
      const copies = matches.filter((m) => m.score >= 0.95 || m.cutOff);
      const strongest = Math.max(...matches.map((m) => m.score));
      const taskA = { key: first.a.task, row: first.a.row, title: titleOf(first.a.task) };
      const taskB = { key: first.b.task, row: first.b.row, title: titleOf(first.b.task) };
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
            { key: measureOf(m.a)?.key ?? '', label: 'Measure', name: m.a.text },
            { key: measureOf(m.b)?.key ?? '', label: 'Measure', name: m.b.text },
          ]),
        ].filter((n, i, all) => all.findIndex((x) => x.key === n.key) === i),
        sentence,
        evidence: matches.flatMap((m) => [
          evidence(m.a, `Row ${m.a.row ?? '?'} measure: "${m.a.text}"`),
          evidence(
            m.b,
            `Row ${m.b.row ?? '?'} measure: "${m.b.text}" (${m.cutOff ? 'cut-off copy' : `TF-IDF cosine ${m.score.toFixed(2)}`})`,
          ),
        ]),
      };
    });
  },
};
