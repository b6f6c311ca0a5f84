// PDF line breaks leave `non- recurrent` where the author wrote `non-recurrent`; titles are keys
// and get compared, so the break is taken out (and reported).

const BROKEN = /\b(\p{L}+)- (\p{Ll}+)\b/gu;
/** `pre- and post-natal` is a real suspended hyphen, not a line break. */
const SUSPENDED = new Set(['and', 'or', 'nor', 'to']);

/** Join words split as `word- word`; returns the text and what was joined. */
export function joinBrokenHyphens(text: string): { text: string; joined: string[] } {
  const joined: string[] = [];
  const repaired = text.replace(BROKEN, (match, left: string, right: string) => {
    if (SUSPENDED.has(right)) return match;
    joined.push(`${left}-${right}`);
    return `${left}-${right}`;
  });
  return { text: repaired, joined };
}
