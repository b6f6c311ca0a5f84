// Second pass over a row's RACI, once the whole plan and its glossary are known: split run-together
// names, drop repeats, and check the RACI makes sense (one Accountable, someone Responsible).
import type { ImportIssue, PartyMention, RaciLetter } from './types.js';
import { RACI_LETTERS } from './types.js';
import type { RaciMention } from './collect-raci-mentions.js';
import { splitRunTogether } from './split-run-together-parties.js';
import { cleanPartyName } from './clean-party-name.js';
import { toNameKey } from './name-key.js';

export interface SettleRaciOptions {
  /** Keys of certainly-known names: the graph's names and aliases, glossary abbreviations and full names. */
  known: ReadonlySet<string>;
  /** Keys of names written on their own elsewhere in the plan (see findStandaloneNames). */
  seen: ReadonlySet<string>;
  /** Abbreviation key to full name. */
  glossary: ReadonlyMap<string, string>;
  /** The letters the row's table can express; a letter it cannot is not reported missing row by row. */
  letters: Record<RaciLetter, boolean>;
}

const LETTER_NAMES: Record<RaciLetter, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/** Keys of the names in the plan that are one party on their own (known names never split them). */
export function findStandaloneNames(
  mentions: RaciMention[],
  options: { known: ReadonlySet<string>; glossary: ReadonlyMap<string, string> },
): Set<string> {
  const seen = new Set<string>();
  for (const mention of mentions) {
    const split = splitRunTogether(mention.name, options);
    if (split.names.length === 1) seen.add(toNameKey(mention.name));
  }
  return seen;
}

/** The row's RACI as party mentions, with the issues found on the way. */
export function settleRaci(
  row: number,
  mentions: RaciMention[],
  options: SettleRaciOptions,
): { raci: Record<RaciLetter, PartyMention[]>; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const raci: Record<RaciLetter, PartyMention[]> = { R: [], A: [], C: [], I: [] };
  const placed = new Map<string, { name: string; letters: Set<RaciLetter>; cells: Set<string> }>();

  for (const mention of mentions) {
    for (const name of splitMention(row, mention, options, issues)) {
      const key = toNameKey(name);
      const list = raci[mention.letter];
      if (list.some((party) => toNameKey(party.name) === key)) {
        issues.push({
          row,
          column: mention.column,
          severity: 'info',
          code: 'PARTY_DUPLICATE',
          message: `"${name}" is listed more than once as ${LETTER_NAMES[mention.letter]}; kept once.`,
        });
        continue;
      }
      list.push({ name, raw: mention.raw });
      const place = placed.get(key) ?? { name, letters: new Set(), cells: new Set() };
      place.letters.add(mention.letter);
      place.cells.add(mention.fromMatrix ? mention.cell : `${mention.cell}:${mention.letter}`);
      placed.set(key, place);
    }
  }

  for (const place of placed.values()) {
    if (place.letters.size < 2 || place.cells.size < 2) continue;
    const letters = RACI_LETTERS.filter((letter) => place.letters.has(letter)).map(
      (l) => LETTER_NAMES[l],
    );
    issues.push({
      row,
      severity: 'info',
      code: 'PARTY_SEVERAL_LETTERS',
      message: `"${place.name}" is ${letters.join(' and ')}; it is kept under each, as the plan says.`,
    });
  }
  issues.push(...checkRaci(row, raci, options.letters));
  return { raci, issues };
}

function splitMention(
  row: number,
  mention: RaciMention,
  options: SettleRaciOptions,
  issues: ImportIssue[],
): string[] {
  if (mention.fromMatrix) return [mention.name];
  const isKnown = (name: string) =>
    options.known.has(toNameKey(name)) || options.seen.has(toNameKey(name));
  const slashParts = mention.name.split('/').map((part) => part.trim());
  let pieces = [mention.name];
  if (slashParts.length > 1 && slashParts.every(isKnown)) {
    pieces = slashParts;
    issues.push({
      row,
      column: mention.column,
      severity: 'info',
      code: 'PARTY_SLASH_SPLIT',
      message: `"${mention.name}" is read as ${slashParts.map((part) => `"${part}"`).join(' and ')}: each is a known name.`,
    });
  }
  return pieces.flatMap((piece) => {
    const split = splitRunTogether(piece, options);
    if (split.names.length > 1) {
      const names = split.names.map((name) => `"${name}"`).join(' and ');
      issues.push({
        row,
        column: mention.column,
        severity: 'warning',
        code: 'PARTIES_RUN_TOGETHER',
        message:
          split.how === 'sequence'
            ? `"${piece}" is read as ${names}: the names are run together with no separator, and each is a known name or abbreviation.`
            : `"${piece}" is read as ${names}: it starts with the known abbreviation "${split.names[0]}" and the rest is taken as a separate party. Check the row.`,
      });
    }
    return split.names.map((name) => cleanPartyName(name).name).filter((name) => name !== '');
  });
}

function checkRaci(
  row: number,
  raci: Record<RaciLetter, PartyMention[]>,
  letters: Record<RaciLetter, boolean>,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (letters.R && raci.R.length === 0) {
    issues.push({
      row,
      severity: 'warning',
      code: 'RACI_NO_RESPONSIBLE',
      message: 'No party is Responsible for this task: nobody is named to do it.',
    });
  }
  if (letters.A && raci.A.length === 0) {
    issues.push({
      row,
      severity: 'warning',
      code: 'RACI_NO_ACCOUNTABLE',
      message: 'No party is Accountable for this task (RACI wants exactly one); none is invented.',
    });
  }
  if (raci.A.length > 1) {
    issues.push({
      row,
      severity: 'warning',
      code: 'RACI_MULTIPLE_ACCOUNTABLE',
      message: `${raci.A.length} parties are Accountable (${raci.A.map((party) => party.name).join(', ')}); RACI wants exactly one. All are kept as written.`,
    });
  }
  return issues;
}
