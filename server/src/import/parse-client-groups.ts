// The client-group cell: "All" is a flag on the task (domain.md), never a group called All;
// several groups are separated by `,` `;` `/` or new lines.
import type { IssueDraft } from './types.js';
import { collapseWhitespace } from './normalise-text.js';
import { toNameKey } from './name-key.js';

export interface ClientGroups {
  groups: string[];
  forAll: boolean;
  issues: IssueDraft[];
}

const EVERYONE = /^(all|all client groups|all groups|all clients|everyone|everybody)$/i;

/** Read a client-group cell; blank is a MISSING_CLIENT_GROUP warning. */
export function parseClientGroups(text: string): ClientGroups {
  const names = text
    .split(/[,;/\n\u2022]+/)
    .map((piece) => collapseWhitespace(piece).replace(/^[\s\-*."']+|[\s\-*."']+$/g, ''))
    .filter((piece) => piece !== '');
  if (names.length === 0) {
    return {
      groups: [],
      forAll: false,
      issues: [
        {
          severity: 'warning',
          code: 'MISSING_CLIENT_GROUP',
          message: 'No client group is given: the task cannot be targeted at anyone.',
        },
      ],
    };
  }
  const forAll = names.some((name) => EVERYONE.test(name));
  const seen = new Set<string>();
  const groups = names.filter((name) => {
    const key = toNameKey(name);
    if (EVERYONE.test(name) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const issues: IssueDraft[] = [];
  if (forAll && groups.length > 0) {
    issues.push({
      severity: 'info',
      code: 'CLIENT_GROUP_ALL_AND_NAMED',
      message: `The client group says "All" and also names ${groups.join(', ')}; the task is marked for all and keeps the named groups.`,
    });
  }
  return { groups, forAll, issues };
}
