// Party names arrive with stray quotes and punctuation from the PDF (`Communities Committee"`)
// and with their abbreviation in brackets (`Housing and Welfare Options Team (HWOT)`).
import { collapseWhitespace } from './normalise-text.js';
import { isAbbreviation } from './parse-glossary.js';

export interface CleanPartyName {
  name: string;
  /** An abbreviation written in brackets beside the name. */
  abbreviation?: string;
  /** What was taken off the ends, when it was more than spaces and separators (for a warning). */
  removed?: string;
}

const EDGE_JUNK = /^[\s"*\u2022\u00b7,;:.\-\u2013\u2014]+|[\s"*\u2022\u00b7,;:.\-\u2013\u2014]+$/g;

/** Clean one party name; returns an empty name when nothing is left. */
export function cleanPartyName(raw: string): CleanPartyName {
  const spaced = collapseWhitespace(raw);
  let name = spaced.replace(EDGE_JUNK, '');
  // A quote at one end only is a stray; a possessive plural (`Officers'`) keeps its apostrophe.
  if (name.startsWith("'") && !name.slice(1).includes("'")) name = name.slice(1);
  if (/[^s]'$/i.test(name) && !name.slice(0, -1).includes("'")) name = name.slice(0, -1);
  name = name.trim();
  const result: CleanPartyName = { name };
  const junk = removedJunk(spaced, name);
  if (junk) result.removed = junk;

  const bracketed = /^(.*\S)\s*\(([^()]+)\)$/.exec(name);
  if (bracketed) {
    const outside = (bracketed[1] ?? '').trim();
    const inside = (bracketed[2] ?? '').trim();
    if (isAbbreviation(inside) && !isAbbreviation(outside)) {
      return { ...result, name: outside, abbreviation: inside };
    }
    if (isAbbreviation(outside) && !isAbbreviation(inside)) {
      return { ...result, name: inside, abbreviation: outside };
    }
  }
  return result;
}

/** The characters removed from the ends, ignoring spaces and list separators, or null. */
function removedJunk(before: string, after: string): string | null {
  const start = before.indexOf(after);
  if (start < 0) return null;
  const cut = (before.slice(0, start) + before.slice(start + after.length)).replace(/[\s,;]/g, '');
  return cut === '' ? null : cut;
}
