// Findings grouped by rule and ordered by severity (high first), filtered by severity,
// category and text, for the Gaps and duplication list and its CSV.
import type { AnalysisRule, Finding } from './findings.query';

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORY_NAMES: Record<string, string> = {
  gap: 'Gaps',
  duplication: 'Duplication',
  risk: 'Risks',
  'data-quality': 'Data quality',
};

export function severityRank(severity: string): number {
  const i = (SEVERITIES as readonly string[]).indexOf(severity);
  return i < 0 ? SEVERITIES.length : i;
}

export interface FindingGroup {
  rule: AnalysisRule;
  findings: Finding[];
  /** The most severe finding in the group. */
  severity: string;
}

export interface FindingFilter {
  severities: string[];
  category: string | null;
  text: string;
}

/** True when a finding passes the filter (empty severities means all). */
export function matchesFilter(
  f: Finding,
  rule: AnalysisRule | undefined,
  filter: FindingFilter,
): boolean {
  if (filter.severities.length > 0 && !filter.severities.includes(f.severity)) return false;
  if (filter.category && rule?.category !== filter.category) return false;
  const text = filter.text.trim().toLowerCase();
  if (text) {
    const haystack = [f.title, f.sentence, rule?.title ?? '', ...f.nodes.map((n) => n.name)]
      .join(' ')
      .toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

/** Groups findings by rule; groups ordered by their worst severity, then rule title. */
export function groupFindings(
  findings: readonly Finding[],
  rules: readonly AnalysisRule[],
  filter: FindingFilter,
): FindingGroup[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const rule = byId.get(f.ruleId) ?? {
      id: f.ruleId,
      title: f.ruleId,
      severity: f.severity,
      category: 'other',
      explanation: '',
    };
    if (!matchesFilter(f, rule, filter)) continue;
    const g = groups.get(rule.id) ?? { rule, findings: [], severity: f.severity };
    g.findings.push(f);
    if (severityRank(f.severity) < severityRank(g.severity)) g.severity = f.severity;
    groups.set(rule.id, g);
  }
  for (const g of groups.values()) {
    g.findings.sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) || a.title.localeCompare(b.title),
    );
  }
  return [...groups.values()].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      a.rule.title.localeCompare(b.rule.title),
  );
}

/** How many findings of each severity, for the summary line. */
export function countBySeverity(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  return counts;
}
