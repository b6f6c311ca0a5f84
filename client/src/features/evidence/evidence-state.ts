// URL state of the Evidence pack view (scope, its key, the "as at" date) and the variables of
// the query it leads to, or null while the choice is incomplete.
import { readEnum, readString, writeParams } from '../../app/url-params';
import type { PackFormat, PackScope, PackVariables } from './evidence.query';

export interface EvidenceState {
  scope: PackScope;
  key: string | null;
  today: string | null;
}

const SCOPES: readonly PackScope[] = ['plan', 'objective', 'clientGroup'];

export function parseEvidenceState(search: string): EvidenceState {
  const p = new URLSearchParams(search);
  const today = readString(p, 'today');
  return {
    scope: readEnum(p, 'scope', SCOPES, 'plan'),
    key: readString(p, 'key'),
    today: today && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : null,
  };
}

export function serialiseEvidenceState(s: EvidenceState): string {
  return writeParams({ scope: s.scope, key: s.key, today: s.today }, { scope: 'plan' });
}

/**
 * The plan field's value for the pack of every plan. With one plan loaded, no choice means that
 * plan; with several (the country: 300 plans, a pack of megabytes that takes the server seconds)
 * the pack of every plan is only made when chosen.
 */
export const EVERY_PLAN = '*';

/**
 * The query variables for a format; null while the choice is incomplete: an objective or client
 * group still to choose, or a plan when several are loaded (`plans`: how many; null while not
 * known yet).
 */
export function packVariables(
  s: EvidenceState,
  format: PackFormat,
  plans: number | null,
): PackVariables | null {
  if (s.scope !== 'plan' && !s.key) return null;
  if (s.scope === 'plan' && !s.key && (plans === null || plans > 1)) return null;
  const key = s.scope === 'plan' && s.key === EVERY_PLAN ? null : s.key;
  return { scope: s.scope, key, format, today: s.today };
}
