// A measure-of-success cell holds several measures: separated by two or more spaces (the PDF's
// line breaks), bullets, new lines or `;`, and once in the seed by nothing but a capital letter.
import type { IssueDraft } from './types.js';
import { collapseWhitespace } from './normalise-text.js';
import { joinBrokenHyphens } from './join-broken-hyphens.js';

/** Words that open a measure; a run-together measure is only split before one of these. */
const MEASURE_STARTS = new Set(
  (
    'Increase Increased Reduction Reduced Decrease Decreased Range Number Improvement Improved ' +
    'Delivery Creation Completion Access Regular Clear Successful Feedback Additional ' +
    'Development Adoption Implementation Establishment Fewer Proportion Percentage Consistent Joint'
  ).split(' '),
);
/** A measure never starts right after one of these: `access to Increase...` is one sentence. */
const JOINING_WORDS = new Set(
  'a an the of to in for and or with by on at from into as is are be was were than that'.split(' '),
);

/** Split a measure cell into measures; warns MEASURES_RUN_TOGETHER when it had to split on capitals. */
export function splitMeasures(text: string): { measures: string[]; issues: IssueDraft[] } {
  const issues: IssueDraft[] = [];
  const pieces = text
    .split(/\n|;|\s{2,}|[\u2022\u00b7\u25aa\u25e6\u2023]/)
    .map((piece) =>
      collapseWhitespace(piece)
        .replace(/^(?:[-*]|\d+[.)])\s+/, '')
        .replace(/^["']+|"+$/g, '')
        .trim(),
    )
    .filter((piece) => piece !== '');
  const measures = pieces.flatMap((piece) => {
    const parts = splitOnMeasureStarts(piece);
    if (parts.length > 1) {
      issues.push({
        severity: 'warning',
        code: 'MEASURES_RUN_TOGETHER',
        message: `"${piece}" looks like ${parts.length} measures written without a separator; read as ${parts.map((part) => `"${part}"`).join(', ')}.`,
      });
    }
    return parts;
  });
  return {
    measures: measures.map((measure) => {
      const { text: repaired, joined } = joinBrokenHyphens(measure);
      if (joined.length > 0) {
        issues.push({
          severity: 'info',
          code: 'HYPHEN_JOINED',
          message: `Joined a word broken by a line break in a measure: ${joined.join(', ')}.`,
        });
      }
      return repaired;
    }),
    issues,
  };
}

/**
 * Split before a capitalised measure word (`Increase`, `Range`, ...) that follows a lower-case
 * word which does not join it to the sentence, when the capital is followed by a lower-case word
 * and both sides have at least two words. Names (`Worcester City`) are never split.
 */
function splitOnMeasureStarts(piece: string): string[] {
  const words = piece.split(' ');
  const parts: string[][] = [[]];
  words.forEach((word, index) => {
    const previous = words[index - 1] ?? '';
    const next = words[index + 1] ?? '';
    const current = parts[parts.length - 1] ?? [];
    const startsMeasure =
      MEASURE_STARTS.has(word) &&
      /^\p{Ll}[\p{Ll}'-]*$/u.test(previous) &&
      !JOINING_WORDS.has(previous) &&
      /^\p{Ll}/u.test(next) &&
      current.length >= 2 &&
      index + 1 < words.length;
    if (startsMeasure) parts.push([word]);
    else current.push(word);
  });
  return parts.map((part) => part.join(' ')).filter((part) => part !== '');
}
