// Checks the parameters a caller passed, fills in the defaults, and turns the scope (a council,
// client group or objective by name) into keys, saying clearly when a name matches nothing.
import type { Driver } from 'neo4j-driver';
import type { AnalysisParameters, ResolvedParameters } from './types.js';
import { AnalysisError } from './errors.js';
import { DEFAULTS, isIsoDate, todayIso } from './parameters.js';
import { analysisCypher, runQuery } from './query.js';

export interface FullParameters extends ResolvedParameters {
  accountableShare: number;
  moveOnPattern: string;
}

export interface ExtraParameters {
  /** Share of the tasks (0 to 1) above which one Accountable party is reported; default 0.5. */
  accountableShare?: number;
  /** Java regular expression for a move-on step (pathway-dead-end). */
  moveOnPattern?: string;
}

interface Candidate {
  key: string;
  name: string;
  exact?: boolean;
}

function pick(
  candidates: Candidate[] | null,
  asked: string | undefined,
  what: string,
  parameter: string,
): string | null {
  if (asked === undefined || candidates === null) return null;
  const exact = candidates.filter((c) => c.exact !== false);
  const chosen = exact.length === 1 ? exact : candidates;
  if (chosen.length === 1 && chosen[0]) return chosen[0].key;
  if (chosen.length === 0) {
    throw new AnalysisError('UNKNOWN_SCOPE', `No ${what} is called "${asked}".`, parameter);
  }
  throw new AnalysisError(
    'UNKNOWN_SCOPE',
    `"${asked}" could be any of ${chosen.length} ${what}s: ${chosen.map((c) => `"${c.name}" (${c.key})`).join(', ')}. Give the key or the whole title.`,
    parameter,
  );
}

function checkNumber(
  value: number | undefined,
  fallback: number,
  name: string,
  ok: (n: number) => boolean,
  rule: string,
): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) {
    throw new AnalysisError(
      'BAD_PARAMETER',
      `${name} must be ${rule}, not ${String(value)}.`,
      name,
    );
  }
  return value;
}

/** The parameters with defaults filled in and the scope resolved to keys. */
export async function resolveParameters(
  driver: Driver,
  params: AnalysisParameters & ExtraParameters,
  allRules: readonly string[],
  database: string | undefined,
  /** The scope parameters each rule honours; with a scope and no rule list, only those rules run. */
  honours: (ruleId: string, parameter: 'authority' | 'objective' | 'clientGroup') => boolean = () =>
    true,
): Promise<FullParameters> {
  const today = params.today ?? todayIso();
  if (!isIsoDate(today)) {
    throw new AnalysisError(
      'BAD_PARAMETER',
      `today must be a date written YYYY-MM-DD, not "${today}".`,
      'today',
    );
  }
  const overloadFactor = checkNumber(
    params.overloadFactor,
    DEFAULTS.overloadFactor,
    'overloadFactor',
    (n) => n > 0,
    'a number above 0',
  );
  const similarityThreshold = checkNumber(
    params.similarityThreshold,
    DEFAULTS.similarityThreshold,
    'similarityThreshold',
    (n) => n > 0 && n <= 1,
    'a number above 0 and at most 1',
  );
  const accountableShare = checkNumber(
    params.accountableShare,
    DEFAULTS.accountableShare,
    'accountableShare',
    (n) => n > 0 && n < 1,
    'a number between 0 and 1',
  );
  const moveOnPattern = params.moveOnPattern ?? DEFAULTS.moveOnPattern;
  const rules = params.rules ?? [...allRules];
  const explicitRules = params.rules !== undefined;
  const unknown = rules.filter((id) => !allRules.includes(id));
  if (unknown.length > 0) {
    throw new AnalysisError(
      'UNKNOWN_RULE',
      `No rule is called ${unknown.map((u) => `"${u}"`).join(', ')}. The rules are: ${allRules.join(', ')}.`,
      'rules',
    );
  }
  const blank = (s: string | undefined) =>
    s === undefined || s.trim() === '' ? undefined : s.trim();
  const asked = {
    authority: blank(params.authority),
    clientGroup: blank(params.clientGroup),
    objective: blank(params.objective),
  };
  let scope = {
    authority: null as string | null,
    clientGroup: null as string | null,
    objective: null as string | null,
  };
  if (asked.authority || asked.clientGroup || asked.objective) {
    const [row] = await runQuery<{
      authorities: Candidate[] | null;
      clientGroups: Candidate[] | null;
      objectives: Candidate[] | null;
    }>(
      driver,
      analysisCypher('scope/resolve-scope.cypher'),
      {
        authority: asked.authority ?? null,
        clientGroup: asked.clientGroup ?? null,
        objective: asked.objective ?? null,
      },
      { database },
    );
    scope = {
      authority: pick(row?.authorities ?? null, asked.authority, 'council', 'authority'),
      clientGroup: pick(
        row?.clientGroups ?? null,
        asked.clientGroup,
        'client group',
        'clientGroup',
      ),
      objective: pick(row?.objectives ?? null, asked.objective, 'objective', 'objective'),
    };
  }
  return {
    today,
    overloadFactor,
    similarityThreshold,
    accountableShare,
    moveOnPattern,
    rules: allRules.filter(
      (id) =>
        rules.includes(id) &&
        (explicitRules ||
          (['authority', 'objective', 'clientGroup'] as const).every(
            (p) => scope[p] === null || honours(id, p),
          )),
    ),
    ...scope,
  };
}
