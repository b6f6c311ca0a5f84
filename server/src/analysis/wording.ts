// Small helpers that make findings read as sentences: quoted, shortened titles, lists joined
// with 'and', counted nouns, and plan rows written as the plan's own locators.

/** A title quoted and cut to `max` characters at a word boundary. */
export function quote(text: string, max = 90): string {
  // Most titles have single spaces only: skip the replace for them (tens of thousands a run).
  const clean = (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  if (clean.length <= max) return `"${clean}"`;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `"${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…"`;
}

/** `a`, `a and b`, `a, b and c`. */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `1 task`, `3 tasks`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `row 5`, `rows 7 and 26`. Empty when no row is known. */
export function rows(numbers: readonly (number | null | undefined)[]): string {
  const known = [...new Set(numbers.filter((n): n is number => typeof n === 'number'))].sort(
    (a, b) => a - b,
  );
  if (known.length === 0) return '';
  return `${known.length === 1 ? 'row' : 'rows'} ${list(known.map(String))}`;
}

/** RESPONSIBLE_FOR → Responsible. */
export function letterName(type: string): string {
  return (
    {
      RESPONSIBLE_FOR: 'Responsible',
      ACCOUNTABLE_FOR: 'Accountable',
      CONSULTED_ON: 'Consulted',
      INFORMED_OF: 'Informed',
    }[type] ?? type
  );
}

/** Locators as the plan writes them: the importer stores `row 4.0`; evidence says `row 4`. */
export function cleanLocator(locator: string | null | undefined): string | undefined {
  if (locator === null || locator === undefined || locator === '') return undefined;
  return locator.includes('.0') ? locator.replace(/\brow (\d+)\.0\b/g, 'row $1') : locator;
}

const RELATIONSHIP_PHRASES: Record<string, string> = {
  RESPONSIBLE_FOR: 'is Responsible for',
  ACCOUNTABLE_FOR: 'is Accountable for',
  CONSULTED_ON: 'is Consulted on',
  INFORMED_OF: 'is Informed of',
  MEMBER_OF: 'is a member of',
  PART_OF: 'is part of',
  WORKS_IN: 'works in',
  REPORTS_TO: 'reports to',
  PROVIDES: 'provides',
  SERVES: 'serves',
  FUNDED_BY: 'is funded by',
  STEP: 'has the step',
};

/** `Housing Board ACCOUNTABLE_FOR row 5` → `Housing Board is Accountable for row 5`. */
export function readableRelationships(text: string): string {
  // Every type is four or more capitals: a text without them (most evidence) is left as it is.
  if (!/[A-Z]{4}/.test(text)) return text;
  return text.replace(
    /\b(RESPONSIBLE_FOR|ACCOUNTABLE_FOR|CONSULTED_ON|INFORMED_OF|MEMBER_OF|PART_OF|WORKS_IN|REPORTS_TO|PROVIDES|SERVES|FUNDED_BY|STEP)\b/g,
    (type) => RELATIONSHIP_PHRASES[type] ?? type,
  );
}
