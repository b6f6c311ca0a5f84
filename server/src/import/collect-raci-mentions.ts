// First pass over a row's RACI: every letter's list cut into cleaned party names, before the
// whole plan has been seen (run-together names are split in the second pass, settleRaci).
import type { GlossaryEntry, ImportIssue, RaciLetter } from './types.js';
import { RACI_LETTERS } from './types.js';
import type { RaciSource } from './read-block-rows.js';
import { parseRaciCell } from './parse-raci-cell.js';
import { splitPartyList } from './split-party-list.js';
import { cleanPartyName } from './clean-party-name.js';
import { collapseWhitespace } from './normalise-text.js';

export interface RaciMention {
  letter: RaciLetter;
  /** Cleaned name, not yet split. */
  name: string;
  /** The chunk as written. */
  raw: string;
  column: string;
  /** Mentions from one matrix cell share a cell id, so `A/R` is not reported as a party under two letters. */
  cell: string;
  fromMatrix: boolean;
}

/** Cut a row's RACI sources into mentions; abbreviations in brackets come back as glossary entries. */
export function collectRaciMentions(options: {
  row: number;
  sources: RaciSource[];
  known: ReadonlySet<string>;
}): { mentions: RaciMention[]; glossary: GlossaryEntry[]; issues: ImportIssue[] } {
  const { row, sources, known } = options;
  const mentions: RaciMention[] = [];
  const glossary: GlossaryEntry[] = [];
  const issues: ImportIssue[] = [];

  const addList = (letter: RaciLetter, text: string, source: RaciSource, cell: string) => {
    const split = splitPartyList(text, { known });
    issues.push(...split.issues.map((issue) => ({ row, column: source.column, ...issue })));
    for (const chunk of split.chunks) {
      const clean = cleanPartyName(chunk);
      if (clean.name === '') continue;
      if (clean.removed) {
        issues.push({
          row,
          column: source.column,
          severity: 'warning',
          code: 'STRAY_PUNCTUATION',
          message: `Removed stray "${clean.removed}" from the party "${collapseWhitespace(chunk)}", read as "${clean.name}".`,
        });
      }
      if (clean.abbreviation) {
        glossary.push({
          abbreviation: clean.abbreviation,
          fullName: clean.name,
          row,
          origin: 'party-name',
        });
      }
      mentions.push({
        letter,
        name: clean.name,
        raw: chunk,
        column: source.column,
        cell,
        fromMatrix: false,
      });
    }
  };

  sources.forEach((source, index) => {
    const cell = `${index}`;
    if (source.kind === 'matrix') {
      const clean = cleanPartyName(source.column);
      for (const letter of source.letters ?? []) {
        mentions.push({
          letter,
          name: clean.name,
          raw: source.column,
          column: source.column,
          cell,
          fromMatrix: true,
        });
      }
      return;
    }
    if (source.kind === 'list' && source.letter) {
      addList(source.letter, source.text, source, cell);
      return;
    }
    const parsed = parseRaciCell(source.text);
    issues.push(...parsed.issues.map((issue) => ({ row, column: source.column, ...issue })));
    const hasMarkers = RACI_LETTERS.some((letter) => parsed.lists[letter].length > 0);
    if (parsed.unlabelled !== '') {
      if (hasMarkers) {
        issues.push({
          row,
          column: source.column,
          severity: 'warning',
          code: 'RACI_TEXT_UNREAD',
          message: `"${collapseWhitespace(parsed.unlabelled)}" comes before the first letter (R:, A:, C:, I:) of the RACI cell, so it has no letter; it was not imported.`,
        });
      } else {
        issues.push({
          row,
          column: source.column,
          severity: 'warning',
          code: 'RACI_UNLABELLED',
          message: `The RACI cell "${collapseWhitespace(parsed.unlabelled)}" has no letters (R:, A:, C:, I:); its parties are read as Responsible.`,
        });
        addList('R', parsed.unlabelled, source, cell);
      }
    }
    for (const letter of RACI_LETTERS) {
      for (const list of parsed.lists[letter]) addList(letter, list, source, cell);
    }
  });
  return { mentions, glossary, issues };
}
