// Names are compared on a key that ignores case, spacing and punctuation, so that
// `H&WB Board`, `H&WBBoard` and `h and wb board` meet.

/** Lower case, `&` to `and`, everything but letters and digits removed. */
export function toNameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]/gu, '');
}
