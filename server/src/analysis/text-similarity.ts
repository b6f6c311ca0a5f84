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
  return tokensOfWords(words(text));
}

/** tokenize on a text already split by `words` (a rule that also compares the words splits once). */
export function tokensOfWords(textWords: readonly string[]): string[] {
  return textWords.filter((w) => !STOPWORDS.has(w)).map(stem);
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
  return indexTokenLists(texts.map(tokenize));
}

/** indexTexts on texts already tokenized. */
export function indexTokenLists(tokenLists: readonly (readonly string[])[]): TfIdfIndex {
  // Tokens become numbers, and each text a list of (token number, weight) sorted by number, so a
  // pair is compared by one merge of two short arrays: the rules compare hundreds of thousands
  // of pairs at 300 councils, and a Map look-up per token was most of that.
  const numbers = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counted = tokenLists.map((tokens) => {
    const sorted = sortedNumbers(tokens, numbers);
    const ids: number[] = [];
    const counts: number[] = [];
    for (const id of sorted) {
      if (ids[ids.length - 1] === id) counts[counts.length - 1] = (counts.at(-1) as number) + 1;
      else {
        ids.push(id);
        counts.push(1);
        documentFrequency[id] = (documentFrequency[id] ?? 0) + 1;
      }
    }
    return { ids, counts };
  });
  const n = tokenLists.length;
  const idf = documentFrequency.map((df) => Math.log((1 + n) / (1 + df)) + 1);
  const ids: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const norms: number[] = [];
  for (const text of counted) {
    const weight = new Float64Array(text.ids.length);
    let sum = 0;
    for (let k = 0; k < weight.length; k += 1) {
      const w = (text.counts[k] as number) * (idf[text.ids[k] as number] as number);
      weight[k] = w;
      sum += w * w;
    }
    ids.push(Int32Array.from(text.ids));
    weights.push(weight);
    norms.push(Math.sqrt(sum));
  }
  const names = [...numbers.keys()];
  const check = (i: number) => {
    if (!(Number.isInteger(i) && i >= 0 && i < n)) {
      throw new RangeError(`No text ${i} in an index of ${n}.`);
    }
  };
  return {
    size: n,
    similarity(i, j) {
      check(i);
      check(j);
      const norm = (norms[i] as number) * (norms[j] as number);
      if (norm === 0) return 0;
      const a = ids[i] as Int32Array;
      const b = ids[j] as Int32Array;
      const wa = weights[i] as Float64Array;
      const wb = weights[j] as Float64Array;
      let dot = 0;
      for (let x = 0, y = 0; x < a.length && y < b.length;) {
        const p = a[x] as number;
        const q = b[y] as number;
        if (p === q) {
          dot += (wa[x] as number) * (wb[y] as number);
          x += 1;
          y += 1;
        } else if (p < q) x += 1;
        else y += 1;
      }
      return Math.min(1, dot / norm);
    },
    sharedTokens(i, j) {
      check(i);
      check(j);
      const b = new Set(ids[j]);
      return [...(ids[i] as Int32Array)]
        .filter((id) => b.has(id))
        .sort(
          (x, y) =>
            (idf[y] as number) - (idf[x] as number) ||
            (names[x] as string).localeCompare(names[y] as string),
        )
        .map((id) => names[id] as string);
    },
  };
}

/** The number of a word or token in `numbers`, the next free one if it is new. */
export function numberOf(item: string, numbers: Map<string, number>): number {
  let id = numbers.get(item);
  if (id === undefined) numbers.set(item, (id = numbers.size));
  return id;
}

/**
 * The numbers of a text's words or tokens, given in `numbers` (which gains the new ones), in
 * ascending order. A text has a dozen words, so an insertion sort in place beats a typed array's.
 */
function sortedNumbers(items: readonly string[], numbers: Map<string, number>): number[] {
  const out: number[] = [];
  for (const item of items) {
    const id = numberOf(item, numbers);
    let k = out.length;
    out.push(id);
    while (k > 0 && (out[k - 1] as number) > id) {
      out[k] = out[k - 1] as number;
      k -= 1;
    }
    out[k] = id;
  }
  return out;
}

/**
 * True when the shorter text is the longer one cut off: at least `minWords` words, all of them
 * the first words of the other (a cell cut at a page break, `Additional units of temporary`).
 */
export function isCutOffCopy(a: string, b: string, minWords = 3): boolean {
  return isCutOffWords(words(a), words(b), minWords);
}

/** isCutOffCopy on texts already split by `words` (a rule comparing many pairs splits each once). */
export function isCutOffWords<T>(a: ArrayLike<T>, b: ArrayLike<T>, minWords = 3): boolean {
  // No destructuring or callback: this runs for every pair a rule compares.
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length < minWords || short.length === long.length) return false;
  for (let k = 0; k < short.length; k += 1) if (long[k] !== short[k]) return false;
  return true;
}
