// Names are compared on a key that ignores case, spacing and punctuation, so that
// `H&WB Board`, `H&WBBoard` and `h and wb board` meet.

/** Keys made so far: a plan's names are keyed many times over, and every known party's for each plan. */
const made = new Map<string, string>();
/** Bounds the memory the keys hold (a few MB); when full, it starts again. */
const MAX_KEPT = 100_000;

/** Lower case, `&` to `and`, everything but letters and digits removed. */
export function toNameKey(text: string): string {
  let key = made.get(text);
  if (key === undefined) {
    key = text
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^\p{L}\p{N}]/gu, '');
    if (made.size >= MAX_KEPT) made.clear();
    made.set(text, key);
  }
  return key;
}
