// Resolvers for analysis.graphql: the gap and duplication findings, and the evidence pack in
// one of its three formats. The work is done by server/src/analysis and server/src/report.
import {
  rules,
  runAnalysis,
  AnalysisError,
  type AnalysisParameters,
} from '../../analysis/index.js';
import {
  buildEvidencePack,
  renderEvidencePack,
  type EvidencePackFormat,
} from '../../report/index.js';
import type { GraphQLContext } from '../context.js';
import { badInput } from '../errors.js';

interface AnalysisInput {
  today?: string | null;
  overloadFactor?: number | null;
  similarityThreshold?: number | null;
  authority?: string | null;
  clientGroup?: string | null;
  objective?: string | null;
  rules?: string[] | null;
}

function parameters(input: AnalysisInput | null | undefined): AnalysisParameters {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input ?? {})) if (v !== null && v !== undefined) out[k] = v;
  return out as AnalysisParameters;
}

function asBadInput(error: unknown): never {
  if (error instanceof AnalysisError) throw badInput(error.message, error.parameter ?? 'input');
  throw error;
}

const ruleList = () =>
  rules.map((r) => ({
    id: r.id,
    title: r.title,
    severity: r.severity,
    category: r.category,
    explanation: r.explanation,
  }));

export const analysisResolvers = {
  Query: {
    analysis: async (_: unknown, args: { input?: AnalysisInput | null }, ctx: GraphQLContext) => {
      try {
        const result = await runAnalysis(ctx.app.driver, parameters(args.input), {
          ...(ctx.app.database ? { database: ctx.app.database } : {}),
        });
        return { findings: result.findings, rules: ruleList() };
      } catch (error) {
        return asBadInput(error);
      }
    },
    evidencePack: async (
      _: unknown,
      args: {
        scope: 'plan' | 'objective' | 'clientGroup';
        key?: string | null;
        format: EvidencePackFormat;
        today?: string | null;
      },
      ctx: GraphQLContext,
    ) => {
      try {
        const pack = await buildEvidencePack(
          ctx.app.driver,
          { kind: args.scope, ...(args.key ? { key: args.key } : {}) },
          args.today ? { today: args.today } : {},
          { ...(ctx.app.database ? { database: ctx.app.database } : {}) },
        );
        return renderEvidencePack(pack, args.format);
      } catch (error) {
        return asBadInput(error);
      }
    },
  },
};
