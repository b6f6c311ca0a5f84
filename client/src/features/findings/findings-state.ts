// URL state of the Gaps and duplication view: the council, the chosen finding and the list's
// filters.
import { readList, readString, writeParams } from '../../app/url-params';
import { SEVERITIES } from './group-findings';

export interface FindingsState {
  /** The council whose plans the analysis looks at (null: every council). */
  council: string | null;
  finding: string | null;
  severities: string[];
  category: string | null;
  text: string;
  /** Show the findings as a table instead of the list beside the graph. */
  table: boolean;
}

export function parseFindingsState(search: string): FindingsState {
  const p = new URLSearchParams(search);
  return {
    council: readString(p, 'council'),
    finding: readString(p, 'finding'),
    severities: readList(p, 'severity').filter((s) =>
      (SEVERITIES as readonly string[]).includes(s),
    ),
    category: readString(p, 'category'),
    text: readString(p, 'q') ?? '',
    table: p.get('table') === '1',
  };
}

export function serialiseFindingsState(s: FindingsState): string {
  return writeParams({
    council: s.council,
    finding: s.finding,
    severity: s.severities,
    category: s.category,
    q: s.text,
    table: s.table,
  });
}
