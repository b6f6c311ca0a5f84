import { describe, expect, it } from 'vitest';
import { countBySeverity, groupFindings, type FindingFilter } from './group-findings';
import type { AnalysisRule, Finding } from './findings.query';

const rules: AnalysisRule[] = [
  {
    id: 'no-measure',
    title: 'Task without a measure',
    severity: 'low',
    category: 'gap',
    explanation: 'Cannot show impact.',
  },
  {
    id: 'overdue',
    title: 'Overdue task',
    severity: 'medium',
    category: 'risk',
    explanation: 'The plan has slipped.',
  },
];

const finding = (
  id: string,
  ruleId: string,
  severity: string,
  title: string,
  nodes: string[] = [],
): Finding => ({
  id,
  ruleId,
  severity,
  title,
  sentence: `${title}.`,
  nodes: nodes.map((n) => ({ key: n, label: 'Task', name: n })),
  evidence: [],
});

const findings = [
  finding('1', 'no-measure', 'low', 'Review allocations'),
  finding('2', 'overdue', 'medium', 'Safe house is late', ['Safe house']),
  finding('3', 'overdue', 'high', 'Hostel is a year late'),
];

const all: FindingFilter = { severities: [], category: null, text: '' };

describe('groupFindings', () => {
  it('groups by rule, most severe group first, most severe finding first within it', () => {
    const groups = groupFindings(findings, rules, all);
    expect(groups.map((g) => g.rule.id)).toEqual(['overdue', 'no-measure']);
    expect(groups[0]?.severity).toBe('high');
    expect(groups[0]?.findings.map((f) => f.id)).toEqual(['3', '2']);
  });

  it('filters by severity and drops groups left empty', () => {
    const groups = groupFindings(findings, rules, { ...all, severities: ['low'] });
    expect(groups.map((g) => g.rule.id)).toEqual(['no-measure']);
  });

  it('filters by category', () => {
    expect(
      groupFindings(findings, rules, { ...all, category: 'gap' }).map((g) => g.rule.id),
    ).toEqual(['no-measure']);
  });

  it('finds text in titles, sentences and node names', () => {
    const groups = groupFindings(findings, rules, { ...all, text: 'safe HOUSE' });
    expect(groups.flatMap((g) => g.findings.map((f) => f.id))).toEqual(['2']);
  });

  it('keeps a finding whose rule is not in the catalogue, under its rule id', () => {
    const groups = groupFindings([finding('9', 'new-rule', 'low', 'Something new')], rules, all);
    expect(groups[0]?.rule.title).toBe('new-rule');
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity(findings)).toEqual({ high: 1, medium: 1, low: 1 });
  });
});
