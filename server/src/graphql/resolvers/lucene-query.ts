// Turns what a person typed into a safe Lucene query for the full-text index: every word
// escaped (so "H&RSGroup" or "(NRPF)" cannot break the syntax), all words required, the last
// one as a prefix so that suggestions appear while typing.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function toLuceneQuery(text: string): string | null {
  // Lower case too: AND, OR and NOT in capitals are Lucene operators, not words.
  const words = text
    .toLowerCase()
    .replace(SPECIAL, ' ')
    .split(/\s+/)
    .map((w) => w.trim())
    .filter(Boolean);
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((w, i) => (i === last ? `(${w} OR ${w}*)` : w)).join(' AND ');
}
