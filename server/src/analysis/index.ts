// The gap and duplication analysis as a library: the rule catalogue, runAnalysis, and
// linkMentions. The GraphQL API and the evidence pack call these.
export type {
  AnalysisOptions,
  AnalysisParameters,
  AnalysisResult,
  Evidence,
  Finding,
  FindingNode,
  ParameterDefinition,
  ResolvedParameters,
  RuleCategory,
  RuleDefinition,
  Severity,
} from './types.js';
export { rules } from './rules.js';
export { runAnalysis } from './run-analysis.js';
export { linkMentions, type LinkMentionsResult } from './link-mentions.js';
export { AnalysisError, type AnalysisErrorCode } from './errors.js';
export type { ExtraParameters } from './resolve-parameters.js';
