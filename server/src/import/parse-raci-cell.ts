// Many plans hold the whole RACI in one cell: `R: H&RSGroup WSHOG A: Housing Board C: ...; ...`.
// This cuts such a cell at its letter markers; the lists are split into parties later.
import type { IssueDraft, RaciLetter } from './types.js';

export interface RaciCell {
  /** The text after each marker, one string per time the letter was written. */
  lists: Record<RaciLetter, string[]>;
  /** Text before the first marker (or the whole cell when it has none). */
  unlabelled: string;
  issues: IssueDraft[];
}

/** `R:`, `A :`, `Responsible:`; a single letter must stand alone (not end a word like `CLT`). */
const MARKER = /(?<![\p{L}\p{N}&'])(R|A|C|I|Responsible|Accountable|Consulted|Informed)\s*:/giu;

/** Cut a one-cell RACI at its markers, in any order. */
export function parseRaciCell(text: string): RaciCell {
  const lists: Record<RaciLetter, string[]> = { R: [], A: [], C: [], I: [] };
  const markers = [...text.matchAll(MARKER)].map((match) => ({
    letter: (match[1] ?? '').charAt(0).toUpperCase() as RaciLetter,
    start: match.index,
    end: match.index + match[0].length,
  }));
  const issues: IssueDraft[] = [];
  markers.forEach((marker, position) => {
    const list = text.slice(marker.end, markers[position + 1]?.start ?? text.length);
    if (lists[marker.letter].length > 0) {
      issues.push({
        severity: 'info',
        code: 'RACI_LETTER_REPEATED',
        message: `"${marker.letter}:" is written more than once in the RACI cell; the lists are read together.`,
      });
    }
    lists[marker.letter].push(list);
  });
  const unlabelled = text.slice(0, markers[0]?.start ?? text.length).trim();
  return { lists, unlabelled, issues };
}
