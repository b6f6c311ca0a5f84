// One glossary from three places: the plan's own glossary section, a separate --glossary file,
// and abbreviations written in brackets after party names. The first meaning of an abbreviation wins.
import type { GlossaryEntry, ImportIssue } from './types.js';
import { toNameKey } from './name-key.js';

/**
 * Merge entries given in order of precedence. A later entry with the same abbreviation and the
 * same meaning (ignoring case, punctuation and plurals) is folded in; one with another meaning
 * is a GLOSSARY_CONFLICT warning. Entries from party names always get an info issue.
 */
export function mergeGlossary(entries: GlossaryEntry[]): {
  entries: GlossaryEntry[];
  issues: ImportIssue[];
} {
  const kept = new Map<string, GlossaryEntry>();
  const issues: ImportIssue[] = [];
  for (const entry of entries) {
    const key = toNameKey(entry.abbreviation);
    const first = kept.get(key);
    const where = (e: GlossaryEntry) => describeOrigin(e);
    if (!first) {
      kept.set(key, entry);
      if (entry.origin === 'party-name') {
        issues.push({
          row: issueRow(entry),
          severity: 'info',
          code: 'GLOSSARY_FROM_PARTY_NAME',
          message: `"${entry.fullName} (${entry.abbreviation})" adds ${entry.abbreviation} = "${entry.fullName}" to the glossary.`,
        });
      }
      continue;
    }
    if (sameMeaning(first.fullName, entry.fullName)) {
      issues.push({
        row: issueRow(entry),
        severity: 'info',
        code: entry.origin === 'party-name' ? 'GLOSSARY_FROM_PARTY_NAME' : 'GLOSSARY_DUPLICATE',
        message: `${entry.abbreviation} = "${entry.fullName}" ${where(entry)} agrees with "${first.fullName}" ${where(first)}; the first is kept.`,
      });
      continue;
    }
    issues.push({
      row: issueRow(entry),
      severity: 'warning',
      code: 'GLOSSARY_CONFLICT',
      message: `${entry.abbreviation} means "${first.fullName}" ${where(first)} but "${entry.fullName}" ${where(entry)}; "${first.fullName}" is kept. Correct the glossary if that is wrong.`,
    });
  }
  return { entries: [...kept.values()], issues };
}

function describeOrigin(entry: GlossaryEntry): string {
  const row = entry.row === null ? '' : `, row ${entry.row}`;
  switch (entry.origin) {
    case 'party-name':
      return `(party name${row})`;
    case 'glossary-file':
      return `(glossary file${row})`;
    default:
      return `(glossary${row})`;
  }
}

/** Same words, ignoring case, punctuation, `&`/`and`, and a plural `s` on any word. */
function sameMeaning(a: string, b: string): boolean {
  const words = (text: string) =>
    text
      .split(/\s+/)
      .map((word) => toNameKey(word).replace(/s$/, ''))
      .filter((word) => word !== '')
      .join(' ');
  return words(a) === words(b);
}

/** Rows of a separate glossary file are not rows of the plan: those issues belong to the whole file. */
function issueRow(entry: GlossaryEntry): number | null {
  return entry.origin === 'glossary-file' ? null : entry.row;
}
