// One RACI letter's list (`Public Health; WCC Rough Sleeper Group; Cranstoun`) into the chunks
// that each name a party. Commas are the hard part: they separate parties and live inside titles.
import type { IssueDraft } from './types.js';
import { toNameKey } from './name-key.js';

export interface SplitPartyListOptions {
  /** Keys (toNameKey) of known names: a known name that contains a comma is never cut. */
  known?: ReadonlySet<string>;
}

/**
 * Split on `;` and new lines always. Split on `,` too, except where a known name spans the comma,
 * where a title with a dash continues as a list (`Corporate Director - Operations, Homes and
 * Communities`), or where the list already uses `;` and the comma pieces are not all known
 * names (then the commas are taken to be inside one name, with an info issue).
 */
export function splitPartyList(
  text: string,
  options: SplitPartyListOptions = {},
): { chunks: string[]; issues: IssueDraft[] } {
  const known = options.known ?? new Set<string>();
  const issues: IssueDraft[] = [];
  const pieces = text
    .split(/[;\n\u2022]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  const usesSemicolons = pieces.length > 1;
  const chunks = pieces.flatMap((piece) => {
    if (!piece.includes(',')) return [piece];
    const knownParts = joinKnown(piece.split(','), known);
    const parts = joinDashedTitles(knownParts);
    if (parts.length < knownParts.length) {
      issues.push({
        severity: 'info',
        code: 'PARTY_COMMA_KEPT',
        message: `"${piece}" is read as one party: after the dash, its commas are taken to list parts of one title.`,
      });
    }
    if (parts.length > 1 && usesSemicolons && !parts.every((part) => known.has(toNameKey(part)))) {
      issues.push({
        severity: 'info',
        code: 'PARTY_COMMA_KEPT',
        message: `"${piece}" is read as one party: the list separates parties with ";", so its commas are taken to be part of the name.`,
      });
      return [piece];
    }
    return parts;
  });
  return { chunks: chunks.map((chunk) => chunk.trim()).filter((chunk) => chunk !== ''), issues };
}

/** Put back together comma pieces that make up a known name, longest run first. */
function joinKnown(parts: string[], known: ReadonlySet<string>): string[] {
  const joined: string[] = [];
  for (let start = 0; start < parts.length; start += 1) {
    let end = parts.length;
    while (end > start + 1 && !known.has(toNameKey(parts.slice(start, end).join(',')))) end -= 1;
    joined.push(parts.slice(start, end).join(','));
    start = end - 1;
  }
  return joined;
}

/** `Director - Operations, Homes and Communities`: after a spaced dash, commas run to the piece with `and`. */
function joinDashedTitles(parts: string[]): string[] {
  const joined: string[] = [];
  for (let start = 0; start < parts.length; start += 1) {
    const part = parts[start] ?? '';
    const closing = parts.findIndex((later, index) => index > start && /\s(and|&)\s/i.test(later));
    if (/\s[-\u2013\u2014]\s/.test(part) && closing > start) {
      joined.push(parts.slice(start, closing + 1).join(','));
      start = closing;
    } else {
      joined.push(part);
    }
  }
  return joined;
}
