// runAnalysis: resolves the parameters, brings the recognised mentions up to date, runs the
// chosen rules and returns their findings, most severe first, each with a stable id.
import type { Driver } from 'neo4j-driver';
import type {
  AnalysisOptions,
  AnalysisParameters,
  AnalysisResult,
  Evidence,
  Finding,
  Severity,
} from './types.js';
import { RULES } from './rules.js';
import { resolveParameters, type ExtraParameters } from './resolve-parameters.js';
import { linkMentions } from './link-mentions.js';
import type { FindingDraft, Rule } from './rule.js';
import { cleanLocator, readableRelationships } from './wording.js';

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

function cleanEvidence(evidence: Evidence): Evidence {
  const out: Evidence = {
    kind: evidence.kind,
    description: readableRelationships(evidence.description),
  };
  if (evidence.source) out.source = evidence.source;
  const locator = cleanLocator(evidence.locator);
  if (locator) out.locator = locator;
  return out;
}

/** A draft made into a finding: rule, title, severity, and the id from the sorted node keys. */
export function toFinding(
  rule: Pick<Rule, 'id' | 'title' | 'severity'>,
  draft: FindingDraft,
): Finding {
  const nodes = draft.nodes.filter((n, i, all) => all.findIndex((m) => m.key === n.key) === i);
  const keys = [...new Set(nodes.map((n) => n.key))].sort();
  return {
    id: `${rule.id}:${keys.join('+')}`,
    ruleId: rule.id,
    severity: draft.severity ?? rule.severity,
    title: rule.title,
    sentence: draft.sentence,
    nodes,
    evidence: draft.evidence.map(cleanEvidence),
  };
}

export async function runAnalysis(
  driver: Driver,
  params: AnalysisParameters & ExtraParameters = {},
  options: AnalysisOptions = {},
): Promise<AnalysisResult> {
  const database = options.database;
  const resolved = await resolveParameters(
    driver,
    params,
    RULES.map((r) => r.id),
    database,
    (id, parameter) =>
      RULES.find((r) => r.id === id)?.parameters.some((p) => p.name === parameter) ?? false,
  );
  if (options.linkMentions !== false) await linkMentions(driver, { database });
  const chosen = RULES.filter((r) => resolved.rules.includes(r.id));
  const context = {
    driver,
    database,
    params: resolved,
    shared: new Map<string, Promise<unknown>>(),
  };
  const perRule = await Promise.all(
    chosen.map(async (rule, order) => {
      try {
        return (await rule.run(context)).map((draft) => ({
          finding: toFinding(rule, draft),
          order,
        }));
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 400);
        throw new Error(`The rule ${rule.id} failed: ${message}`, { cause: error });
      }
    }),
  );
  const seen = new Map<string, number>();
  const findings = perRule
    .flat()
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        a.order - b.order,
    )
    .map(({ finding }) => {
      const n = (seen.get(finding.id) ?? 0) + 1;
      seen.set(finding.id, n);
      return n === 1 ? finding : { ...finding, id: `${finding.id}#${n}` };
    });
  const { accountableShare: _share, moveOnPattern: _pattern, ...parameters } = resolved;
  return { findings, ranRules: chosen.map((r) => r.id), parameters };
}
