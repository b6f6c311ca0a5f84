// buildEvidencePack: the findings, current provision, partners, measures and timeline for the
// whole plan, one objective or one client group, with a summary a bid writer can paste.
import type { Driver } from 'neo4j-driver';
import type { AnalysisParameters, Finding, Severity } from '../analysis/types.js';
import { runAnalysis } from '../analysis/run-analysis.js';
import { AnalysisError } from '../analysis/errors.js';
import type { ExtraParameters } from '../analysis/resolve-parameters.js';
import { analysisCypher, runQuery } from '../analysis/query.js';
import { fetchCouncilNetwork } from '../analysis/council-network.js';
import { count, list } from '../analysis/wording.js';
import type {
  EvidencePack,
  EvidencePackScope,
  PackFundingStream,
  PackPartner,
  PackPathway,
  PackService,
  PackTask,
} from './types.js';

interface Context {
  clientGroup: { name: string; description: string | null } | null;
  objective: { name: string } | null;
  plans: { key: string; title: string; authority: string | null }[];
  sources: { key: string; title: string | null; document: string | null }[];
}

/** Who holds letters on the tasks, most Responsible first. */
export function partnersOf(tasks: readonly PackTask[]): PackPartner[] {
  const byName = new Map<string, PackPartner>();
  const add = (
    name: string,
    letter: 'responsible' | 'accountable' | 'consulted' | 'informed',
    row: number | null,
  ) => {
    const partner = byName.get(name) ?? {
      name,
      responsible: 0,
      accountable: 0,
      consulted: 0,
      informed: 0,
      rows: [],
    };
    partner[letter] += 1;
    if (row !== null && !partner.rows.includes(row)) partner.rows.push(row);
    byName.set(name, partner);
  };
  for (const task of tasks) {
    for (const letter of ['responsible', 'accountable', 'consulted', 'informed'] as const) {
      for (const name of task[letter]) add(name, letter, task.row);
    }
  }
  return [...byName.values()]
    .map((p) => ({ ...p, rows: p.rows.sort((a, b) => a - b) }))
    .sort(
      (a, b) =>
        b.responsible - a.responsible ||
        b.accountable - a.accountable ||
        b.consulted + b.informed - (a.consulted + a.informed) ||
        a.name.localeCompare(b.name),
    );
}

/** The summary paragraphs: the work, the provision, the findings, the unmet need. */
export function summarise(input: {
  scopeName: string;
  scopeKind: EvidencePackScope['kind'];
  plans: Context['plans'];
  today: string;
  tasks: readonly PackTask[];
  services: readonly PackService[];
  fundingStreams: readonly PackFundingStream[];
  partners: readonly PackPartner[];
  findings: readonly Finding[];
}): string[] {
  const { tasks, services, fundingStreams, partners, findings } = input;
  const planNames = list(
    input.plans.map((p) => `the ${p.title}${p.authority ? ` of ${p.authority}` : ''}`),
  );
  const focus =
    input.scopeKind === 'clientGroup'
      ? ` for ${input.scopeName} or naming them`
      : input.scopeKind === 'objective'
        ? ` under the objective "${input.scopeName}"`
        : '';
  const overdue = tasks.filter((t) => t.overdue).length;
  const dated = tasks.filter((t) => t.due).map((t) => t.dueEnd ?? t.due ?? '');
  const last = dated.sort().pop();
  const paragraphs = [
    `${planNames ? `${planNames[0]?.toUpperCase()}${planNames.slice(1)}` : 'The plan'} has ${count(tasks.length, 'task')}${focus}` +
      (last ? `, due by ${last.slice(0, 7)} at the latest` : '') +
      `. At ${input.today}, ${overdue === 0 ? 'none is overdue' : `${count(overdue, 'task is', 'tasks are')} overdue with no completion recorded`}.`,
  ];
  const funded = services.filter((s) => s.funding.length > 0);
  const lead = partners.filter((p) => p.responsible > 0).slice(0, 3);
  paragraphs.push(
    `Current provision: ${count(services.length, 'service')}${
      services.length
        ? ` (${
            services.length > 6
              ? `${services
                  .slice(0, 6)
                  .map((s) => s.name)
                  .join(', ')} and others`
              : list(services.map((s) => s.name))
          })`
        : ''
    }, ` +
      `${funded.length === 0 ? 'none of them with a funding stream on record' : `${funded.length} with a funding stream on record`}; ` +
      `${count(fundingStreams.length, 'funding stream')} named${fundingStreams.length ? ` (${list(fundingStreams.map((f) => f.aliases[0] ?? f.name))})` : ''}. ` +
      `${count(partners.length, 'partner')} hold a part in the work${lead.length ? `, led by ${list(lead.map((p) => `${p.name} (Responsible for ${count(p.responsible, 'task')})`))}` : ''}.`,
  );
  const bySeverity = (s: Severity) => findings.filter((f) => f.severity === s).length;
  paragraphs.push(
    `The gap and duplication analysis found ${bySeverity('high')} high, ${bySeverity('medium')} medium and ${bySeverity('low')} low findings.`,
  );
  const unmet = findings.filter((f) => f.ruleId === 'unserved-client-group');
  if (unmet.length > 0) {
    paragraphs.push(`Unmet need: ${unmet.map((f) => f.sentence).join(' ')}`);
  }
  const gaps = findings.filter(
    (f) => f.severity === 'high' && f.ruleId !== 'unserved-client-group' && f.ruleId !== 'overdue',
  );
  const keyFindings = [
    ...gaps,
    ...findings.filter((f) =>
      [
        'pathway-dead-end',
        'pathway-no-provider',
        'overlapping-provision',
        'untraced-funding-stream',
        'duplicate-measure',
      ].includes(f.ruleId),
    ),
  ].slice(0, 6);
  if (keyFindings.length > 0) {
    paragraphs.push(
      `Fragmented provision and gaps: ${keyFindings.map((f) => f.sentence).join(' ')}`,
    );
  }
  return paragraphs;
}

export async function buildEvidencePack(
  driver: Driver,
  scope: EvidencePackScope,
  params: Omit<AnalysisParameters, 'objective' | 'clientGroup'> & ExtraParameters = {},
  options: { database?: string; linkMentions?: boolean } = {},
): Promise<EvidencePack> {
  const database = options.database;
  const key = scope.key?.trim() || undefined;
  if (scope.kind !== 'plan' && !key) {
    throw new AnalysisError(
      'UNKNOWN_SCOPE',
      `An evidence pack for ${scope.kind === 'objective' ? 'an objective' : 'a client group'} needs its key or name.`,
      'key',
    );
  }
  let planKey: string | null = null;
  let authority = params.authority;
  if (scope.kind === 'plan' && key) {
    const [plan] = await runQuery<{ key: string; authority: string | null }>(
      driver,
      'MATCH (p:Plan) WHERE p.key = $key OR toLower(p.title) = toLower($key) RETURN p.key AS key, p.authority AS authority',
      { key },
      { database },
    );
    if (!plan) throw new AnalysisError('UNKNOWN_SCOPE', `No plan is called "${key}".`, 'key');
    planKey = plan.key;
    authority = plan.authority ?? authority;
  }
  const analysis = await runAnalysis(
    driver,
    {
      ...params,
      ...(authority ? { authority } : {}),
      ...(scope.kind === 'objective' ? { objective: key } : {}),
      ...(scope.kind === 'clientGroup' ? { clientGroup: key } : {}),
    },
    {
      ...(database ? { database } : {}),
      ...(options.linkMentions === false ? { linkMentions: false } : {}),
    },
  );
  const p = analysis.parameters;
  const scopeParams = {
    plan: planKey,
    authority: p.authority,
    objective: p.objective,
    clientGroup: p.clientGroup,
    today: p.today,
  };
  // The tasks, the council's network and the context are independent reads: made together.
  const [tasks, network, [context]] = await Promise.all([
    runQuery<PackTask>(driver, analysisCypher('evidence-pack/tasks.cypher'), scopeParams, {
      database,
    }),
    // With a council, what is in its network: not another county's schemes (council-network.ts).
    p.authority ? fetchCouncilNetwork(driver, p.authority, database) : null,
    runQuery<Context>(driver, analysisCypher('evidence-pack/context.cypher'), scopeParams, {
      database,
    }),
  ]);
  const [provision] = await runQuery<{
    services: PackService[];
    fundingStreams: PackFundingStream[];
    pathways: PackPathway[];
  }>(
    driver,
    analysisCypher('evidence-pack/provision.cypher'),
    {
      ...scopeParams,
      taskKeys: tasks.map((t) => t.key),
      elsewhere: network ? [...network.elsewhere] : [],
    },
    { database },
  );
  const nameOrder = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const services = (provision?.services ?? []).sort(nameOrder);
  const fundingStreams = (provision?.fundingStreams ?? []).sort(nameOrder);
  const pathways = (provision?.pathways ?? []).sort(nameOrder);
  const partners = partnersOf(tasks);
  const plans = context?.plans ?? [];
  const scopeName =
    scope.kind === 'clientGroup'
      ? (context?.clientGroup?.name ?? key ?? '')
      : scope.kind === 'objective'
        ? (context?.objective?.name ?? key ?? '')
        : plans.length === 1
          ? (plans[0]?.title ?? 'The plan')
          : 'All plans';
  const findings = analysis.findings;
  const severities: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) severities[f.severity] += 1;
  return {
    title: `Evidence pack: ${scopeName}`,
    generatedOn: p.today,
    scope: {
      kind: scope.kind,
      key:
        scope.kind === 'clientGroup'
          ? p.clientGroup
          : scope.kind === 'objective'
            ? p.objective
            : planKey,
      name: scopeName,
    },
    plans,
    summary: {
      tasks: tasks.length,
      overdue: tasks.filter((t) => t.overdue).length,
      findings: severities,
      paragraphs: summarise({
        scopeName,
        scopeKind: scope.kind,
        plans,
        today: p.today,
        tasks,
        services,
        fundingStreams,
        partners,
        findings,
      }),
    },
    findings,
    provision: { services, fundingStreams, partners, pathways },
    tasks,
    sources: citedSources(context?.sources ?? [], [
      ...tasks.map((t) => t.source),
      ...services.map((s) => s.source),
      ...fundingStreams.map((f) => f.source),
      ...findings.flatMap((f) => f.evidence.map((e) => e.source)),
    ]),
    parameters: p,
  };
}

/**
 * The sources the pack cites, in `all`'s order. Every source in the graph was one line a council
 * at first, and 600 with the country loaded.
 */
function citedSources<S extends { key: string }>(
  all: readonly S[],
  cited: readonly (string | null | undefined)[],
): S[] {
  const keys = new Set(cited);
  return all.filter((s) => keys.has(s.key));
}
