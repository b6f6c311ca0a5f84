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

/** The query variables for a format; null when an objective or client group is still to choose. */
export function packVariables(s: EvidenceState, format: PackFormat): PackVariables | null {
  if (s.scope !== 'plan' && !s.key) return null;
  return { scope: s.scope, key: s.key, format, today: s.today };
}
