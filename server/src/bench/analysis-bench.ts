// Times the gap and duplication analysis: bringing the mentions up to date, the full analysis
// (every rule, as the API runs it), and every rule on its own.
import type { Driver } from 'neo4j-driver';
import { linkMentions, rules, runAnalysis } from '../analysis/index.js';
import { summarise, type Timing } from './measure.js';
import { MARKER_WRITE } from './background-writes.js';

export interface AnalysisFigures {
  /** First linkMentions after loading (writes the MENTIONS of the new texts). */
  linkMentionsMs: number;
  /** runAnalysis as the API runs it (mentions checked, every rule), nothing written since the last run. */
  full: Timing;
  /** The same right after a write (any write makes the mentions be read and recognised again). */
  fullAfterWrite: Timing;
  /** The rules alone, without the mentions step. */
  fullRulesOnly: Timing;
  findings: number;
  perRule: { rule: string; timing: Timing; findings: number }[];
}

const TODAY = '2024-09-30';

async function repeat<T>(
  n: number,
  fn: () => Promise<T>,
): Promise<{ timing: Timing; last: T; samples: T[] }> {
  const times: number[] = [];
  const samples: T[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    samples.push(await fn());
    times.push(performance.now() - start);
  }
  return { timing: summarise(times), last: samples[samples.length - 1] as T, samples };
}

export async function benchAnalysis(
  driver: Driver,
  options: { repeats: number; log: (line: string) => void },
): Promise<AnalysisFigures> {
  let start = performance.now();
  await linkMentions(driver);
  const linkMentionsMs = Math.round(performance.now() - start);
  options.log(`    linkMentions ${linkMentionsMs} ms`);
  // One run untimed, as the reads get warm-up calls: the first analysis after a load also pays
  // for Neo4j planning two dozen statements, the JIT compiling their code and the store's pages
  // coming into the cache, which inflated the first figure below against the later ones.
  await runAnalysis(driver, { today: TODAY });
  const full = await repeat(options.repeats, () => runAnalysis(driver, { today: TODAY }));
  options.log(
    `    full analysis p50 ${full.timing.p50} ms (${full.last.findings.length} findings)`,
  );
  // A write the analysis ignores (a marker node): the mentions step then reads every text again.
  const afterWrite = await repeat(options.repeats, async () => {
    await driver.executeQuery(MARKER_WRITE);
    const start = performance.now();
    await runAnalysis(driver, { today: TODAY });
    return performance.now() - start;
  });
  const fullAfterWrite = summarise(afterWrite.samples);
  options.log(`    full analysis after a write p50 ${fullAfterWrite.p50} ms`);
  const rulesOnly = await repeat(options.repeats, () =>
    runAnalysis(driver, { today: TODAY }, { linkMentions: false }),
  );
  const perRule: AnalysisFigures['perRule'] = [];
  for (const rule of rules) {
    start = performance.now();
    const r = await repeat(options.repeats, () =>
      runAnalysis(driver, { today: TODAY, rules: [rule.id] }, { linkMentions: false }),
    );
    perRule.push({ rule: rule.id, timing: r.timing, findings: r.last.findings.length });
  }
  return {
    linkMentionsMs,
    full: full.timing,
    fullAfterWrite,
    fullRulesOnly: rulesOnly.timing,
    findings: full.last.findings.length,
    perRule,
  };
}
