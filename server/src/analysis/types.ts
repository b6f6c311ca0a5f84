// The public shapes of the gap and duplication analysis: rule definitions, findings and their
// evidence, and the parameters a caller may set. The GraphQL API and the evidence pack use these.

export type Severity = 'high' | 'medium' | 'low';

export type RuleCategory = 'gap' | 'duplication' | 'risk' | 'data-quality';

export interface ParameterDefinition {
  name: string;
  description: string;
  default: string | number | null;
  type: 'date' | 'number' | 'string';
}

export interface RuleDefinition {
  id: string;
  title: string;
  /** The usual severity; a finding may be raised or lowered (an overdue task a year late is high). */
  severity: Severity;
  /** Why a planner cares. */
  explanation: string;
  category: RuleCategory;
  /** The analysis parameters this rule reads (scope parameters included). */
  parameters: ParameterDefinition[];
}

/** A node a finding is about. `label` is the node's own label (Task, Board, ClientGroup…), never Party. */
export interface FindingNode {
  key: string;
  label: string;
  name: string;
}

export interface Evidence {
  kind: 'row' | 'relationship' | 'node' | 'text';
  description: string;
  /** The Source key the fact came from (source:worcester-homelessness-action-plan). */
  source?: string;
  /** Where in the source: `row 5`, a heading. */
  locator?: string;
}

export interface Finding {
  /** Stable across runs: the rule id and the sorted keys of the nodes. */
  id: string;
  ruleId: string;
  severity: Severity;
  title: string;
  /** A sentence a planner can read. */
  sentence: string;
  nodes: FindingNode[];
  evidence: Evidence[];
}

export interface AnalysisParameters {
  /** YYYY-MM-DD; default: the day the analysis runs. */
  today?: string;
  /** A party is overloaded when Responsible for more than this many times the median; default 2. */
  overloadFactor?: number;
  /** TF-IDF cosine from which two texts count as near-duplicates; default 0.6. */
  similarityThreshold?: number;
  /** A council: key, name or alias. Rules about tasks look only at plans BY it. */
  authority?: string;
  /** A client group: key, name or alias. Rules about tasks look only at tasks for or naming it. */
  clientGroup?: string;
  /** An objective: key or title. Rules about tasks look only at its tasks. */
  objective?: string;
  /**
   * Rule ids to run. Default: all, except that with a scope (authority, objective or client
   * group) only the rules that honour it run; naming rules here runs them whatever the scope.
   */
  rules?: string[];
}

/** The parameters as the rules saw them: defaults filled in, scope names resolved to keys. */
export interface ResolvedParameters {
  today: string;
  overloadFactor: number;
  similarityThreshold: number;
  authority: string | null;
  clientGroup: string | null;
  objective: string | null;
  rules: string[];
}

export interface AnalysisResult {
  findings: Finding[];
  ranRules: string[];
  parameters: ResolvedParameters;
}

export interface AnalysisOptions {
  database?: string;
  /**
   * Recognise mentions (linkMentions) before running the rules, so the unserved-client-group
   * rule sees the current texts. Default true; pass false on a read-only connection.
   */
  linkMentions?: boolean;
}
