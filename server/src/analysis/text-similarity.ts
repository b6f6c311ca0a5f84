// Near-duplicate text for the duplication rules: texts become normalised word stems (lower case,
// `&` read as `and`, common words dropped, plural and -ing/-ed endings folded), weighted by
// TF-IDF over the corpus they are compared within, and compared by cosine similarity.

const STOPWORDS = new Set(
  (
    'a an and any are as at be been being but by can could do does each etc for from has have ' +
    'how if in into is it its may more most must no not of on or other our out over per so such ' +
    'than that the their them there these they this those through to under up upon us was we ' +
    'were what when where whether which while who whose will with within would all also including'
  ).split(' '),
);

/** A light English stemmer: enough to meet `services`/`service`, `sleeping`/`sleeper` stay apart. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** The words of a text, lower case, `&` as `and`, punctuation removed (stop words kept). */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The tokens compared: stems of the words that are not stop words. */
export function tokenize(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}

export interface TfIdfIndex {
  /** The number of texts indexed. */
  size: number;
  /** Cosine similarity of texts i and j, from 0 (nothing shared) to 1 (the same tokens). */
  similarity(i: number, j: number): number;
  /** The tokens texts i and j share, most telling first. */
  sharedTokens(i: number, j: number): string[];
}

/**
 * Indexes texts for comparison. Term frequency is the raw count; inverse document frequency is
 * the smoothed ln((1 + n) / (1 + df)) + 1, so a word in every text still counts a little.
 */
export function indexTexts(texts: readonly string[]): TfIdfIndex {
  const tokenLists = texts.map(tokenize);
  const documentFrequency = new Map<string, number>();
  for (const tokens of tokenLists) {
    for (const token of new Set(tokens)) {
      documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
  }
  const n = texts.length;
  const idf = (token: string) => Math.log((1 + n) / (1 + (documentFrequency.get(token) ?? 0))) + 1;
  const vectors = tokenLists.map((tokens) => {
    const vector = new Map<string, number>();
    for (const token of tokens) vector.set(token, (vector.get(token) ?? 0) + 1);
    for (const [token, count] of vector) vector.set(token, count * idf(token));
    return vector;
  });
  const norms = vectors.map((v) => Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)));
  // Each vector's tokens and weights as arrays too, in the Map's order: the similarity walks them
  // for every pair (hundreds of thousands at 300 councils), and iterating a Map allocates an
  // entry per token.
  const tokensOf = vectors.map((v) => [...v.keys()]);
  const weightsOf = vectors.map((v) => [...v.values()]);
  const at = <T>(list: T[], i: number): T => {
    const value = list[i];
    if (value === undefined) throw new RangeError(`No text ${i} in an index of ${n}.`);
    return value;
  };
  return {
    size: n,
    similarity(i, j) {
      const b = at(vectors, j);
      const norm = at(norms, i) * at(norms, j);
      if (norm === 0) return 0;
      const tokens = at(tokensOf, i);
      const weights = at(weightsOf, i);
      let dot = 0;
      for (let k = 0; k < tokens.length; k += 1) {
        dot += (weights[k] as number) * (b.get(tokens[k] as string) ?? 0);
      }
      return Math.min(1, dot / norm);
    },
    sharedTokens(i, j) {
      const a = at(vectors, i);
      const b = at(vectors, j);
      return [...a.keys()]
        .filter((token) => b.has(token))
        .sort((x, y) => idf(y) - idf(x) || x.localeCompare(y));
    },
  };
}

/**
 * True when the shorter text is the longer one cut off: at least `minWords` words, all of them
 * the first words of the other (a cell cut at a page break, `Additional units of temporary`).
 */
export function isCutOffCopy(a: string, b: string, minWords = 3): boolean {
  return isCutOffWords(words(a), words(b), minWords);
}

/** isCutOffCopy on texts already split by `words` (a rule comparing many pairs splits each once). */
export function isCutOffWords(a: readonly string[], b: readonly string[], minWords = 3): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < minWords || short.length === long.length) return false;
  return short.every((word, index) => long[index] === word);
}
