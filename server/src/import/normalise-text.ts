// Text from PDFs and spreadsheets carries non-breaking spaces, smart quotes and stray control
// characters; every cell goes through here before anything looks at it.

const SPACES = /[\u00a0\u2007\u202f\u2000-\u200a\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;

/** Normalise one cell: odd spaces to spaces, smart quotes to straight ones, CRLF to LF. Keeps runs of spaces (they separate measures). */
export function normaliseCellText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"');
}

/** Collapse every run of whitespace (new lines included) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
