// What a rule is inside the server: its public definition plus the function that finds. Most
// rules run their cypher/analysis/<id>.cypher and turn each row into a finding: with `sentence`
// when the row carries the finding's nodes and evidence (cypherRule), or built from the row's
// facts (factRule) when a rule reports thousands of findings; the rules that compare texts or
// analyse the network compute in TypeScript over the rows.
import type { Driver } from 'neo4j-driver';
import type {
  Evidence,
  FindingNode,
  ResolvedParameters,
  RuleDefinition,
  Severity,
} from './types.js';
import { analysisCypher, runQuery } from './query.js';

export interface RuleContext {
  driver: Driver;
  database: string | undefined;
  params: ResolvedParameters & { accountableShare: number; moveOnPattern: string };
  /** Reads several rules of one run share (readShared), by name. */
  shared?: Map<string, Promise<unknown>>;
}

/**
 * A read made once per analysis run however many rules ask for it (two rules reading every
 * party's names at 300 councils sent the same megabytes twice). Without a run's `shared` map
 * (a rule run on its own) it simply reads.
 */
export function readShared<T>(
  context: RuleContext,
  name: string,
  read: () => Promise<T>,
): Promise<T> {
  if (!context.shared) return read();
  let promise = context.shared.get(name) as Promise<T> | undefined;
  if (!promise) {
    promise = read();
    context.shared.set(name, promise);
  }
  return promise;
}

/** A finding before its id, rule and title are filled in. */
export interface FindingDraft {
  nodes: FindingNode[];
  sentence: string;
  evidence: Evidence[];
  severity?: Severity;
}

export interface Rule extends RuleDefinition {
  run(context: RuleContext): Promise<FindingDraft[]>;
}

/** The parameters every rule query receives. */
export function queryParameters(context: RuleContext): Record<string, unknown> {
  const p = context.params;
  return {
    today: p.today,
    authority: p.authority,
    objective: p.objective,
    clientGroup: p.clientGroup,
    overloadFactor: p.overloadFactor,
    similarityThreshold: p.similarityThreshold,
    accountableShare: p.accountableShare,
    minTasks: 5,
    moveOnPattern: p.moveOnPattern,
  };
}

/** Runs cypher/analysis/<id>.cypher with the analysis parameters. */
export function queryRule<T>(context: RuleContext, id: string): Promise<T[]> {
  return queryAnalysis<T>(context, `${id}.cypher`, queryParameters(context));
}

/** Runs another file of cypher/analysis (a rule's follow-up read) with the given parameters. */
export function queryAnalysis<T>(
  context: RuleContext,
  relativePath: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  return runQuery<T>(context.driver, analysisCypher(relativePath), params, {
    database: context.database,
  });
}

/** The common row shape of the simple rules: nodes and evidence, plus the facts for the sentence. */
export interface RuleRow {
  nodes: FindingNode[];
  evidence: Evidence[];
}

/** A rule that is one query and one sentence per row. */
export function cypherRule<T extends RuleRow>(
  definition: RuleDefinition,
  describe: (row: T) => string | { sentence: string; severity?: Severity },
): Rule {
  return {
    ...definition,
    async run(context) {
      const rows = await queryRule<T>(context, definition.id);
      return rows.map((row) => {
        const described = describe(row);
        const { sentence, severity } =
          typeof described === 'string' ? { sentence: described, severity: undefined } : described;
        return {
          nodes: row.nodes,
          evidence: row.evidence,
          sentence,
          ...(severity ? { severity } : {}),
        };
      });
    },
  };
}

/**
 * A rule that is one query and one finding per row, the finding (nodes, evidence, sentence)
 * built here from the row's facts. For rules that report thousands of findings: a fact the
 * finding repeats (a task's title is in its sentence, nodes and evidence) crosses from Neo4j
 * once, and decoding the rows is most of an analysis's time at national scale.
 */
export function factRule<T>(definition: RuleDefinition, draft: (row: T) => FindingDraft): Rule {
  return {
    ...definition,
    async run(context) {
      return (await queryRule<T>(context, definition.id)).map(draft);
    },
  };
}

/**
 * An evidence item, with its source and locator when the graph has them. The locator is written
 * as the plan writes it (`row 4`, not `row 4.0`) when the draft becomes a finding
 * (run-analysis.ts toFinding), for every rule's evidence alike.
 */
export function evidenceOf(
  kind: Evidence['kind'],
  description: string,
  source: string | null | undefined,
  locator: string | null | undefined,
): Evidence {
  return {
    kind,
    description,
    ...(source ? { source } : {}),
    ...(locator ? { locator } : {}),
  };
}
