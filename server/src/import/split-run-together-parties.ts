// PDF extraction drops the separator between parties: `H&RSGroup WSHOG`, `WSABWCC Rough Sleeper
// Group`, `SWR&BS WCC Finance`. Known names and glossary abbreviations tell us where to cut.
import { toNameKey } from './name-key.js';
import { isAbbreviation } from './parse-glossary.js';
import { nameVocabulary, type NameVocabulary } from './name-vocabulary.js';

export interface RunTogetherOptions {
  /** Keys (toNameKey) of names that are certainly parties: names in the graph, glossary abbreviations and full names. */
  known: ReadonlySet<string>;
  /** Keys of names written on their own elsewhere in the plan; pieces may be these, but they protect nothing. */
  seen?: ReadonlySet<string>;
  /** Abbreviation key to full name, to tell a council (which qualifies what follows it) from a board. */
  glossary?: ReadonlyMap<string, string>;
}

export interface RunTogetherResult {
  names: string[];
  /** 'sequence': every piece is a known name; 'prefix': only the first piece is. */
  how: 'whole' | 'sequence' | 'prefix';
}

interface Keyed {
  key: string;
  /** For each character of key, the index of the character of the text it came from. */
  origin: number[];
}

/** Words that end the name of a post, not of a party: `HWOT Manager` is one role. */
const POST_WORDS = new Set(
  'manager officer lead coordinator chair director head leader member staff worker representative rep specialist adviser advisor assistant administrator'
    .split(' ')
    .flatMap((word) => [word, `${word}s`]),
);
/** An organisation whose name qualifies the next (`WCC Rough Sleeper Group` is WCC's group). */
const QUALIFIER = /\b(council|authority|borough|county)$/i;

/**
 * Split a chunk that holds several party names with no separator. A chunk that is itself known
 * is never split; a chunk that is a sequence of known names is split into them; a chunk that
 * starts with a known abbreviation followed by a name of two or more words (or by another known
 * name) is split after the abbreviation. Anything else is kept whole.
 */
export function splitRunTogether(name: string, options: RunTogetherOptions): RunTogetherResult {
  const keyed = toKeyed(name);
  if (keyed.key === '' || options.known.has(keyed.key)) return { names: [name], how: 'whole' };
  const vocabulary = nameVocabulary(options.known, options.seen);

  const sequence = segment(keyed, vocabulary);
  if (sequence) {
    const names = mergeQualifiers(
      sequence.map(([start, end]) => slice(name, keyed, start, end)),
      options,
    );
    if (names.length > 1) return { names, how: 'sequence' };
  }
  const prefix = splitAfterPrefix(name, keyed, options);
  return prefix ? { names: prefix, how: 'prefix' } : { names: [name], how: 'whole' };
}

function toKeyed(text: string): Keyed {
  const keyed: Keyed = { key: '', origin: [] };
  [...text].forEach((char, index) => {
    const part = toNameKey(char);
    keyed.key += part;
    for (let i = 0; i < part.length; i += 1) keyed.origin.push(index);
  });
  return keyed;
}

function slice(text: string, keyed: Keyed, start: number, end: number): string {
  const from = keyed.origin[start] ?? 0;
  const to = (keyed.origin[end - 1] ?? text.length - 1) + 1;
  return text.slice(from, to).trim();
}

/** Cut the key into known keys (never the whole key), longest first, backtracking when a cut leads nowhere. */
function segment(keyed: Keyed, vocabulary: NameVocabulary): [number, number][] | null {
  const failed = new Set<number>();
  const from = (position: number): [number, number][] | null => {
    if (position === keyed.key.length) return [];
    if (failed.has(position)) return null;
    for (const word of vocabulary.longestFirst(keyed.key.charAt(position))) {
      const end = position + word.length;
      if (word === keyed.key || !keyed.key.startsWith(word, position)) continue;
      // Never cut inside one character of the text (the `and` an `&` became).
      if (end < keyed.key.length && keyed.origin[end] === keyed.origin[end - 1]) continue;
      const rest = from(end);
      if (rest) return [[position, end], ...rest];
    }
    failed.add(position);
    return null;
  };
  const pieces = from(0);
  return pieces && pieces.length > 1 ? pieces : null;
}

function isQualifier(name: string, options: RunTogetherOptions): boolean {
  const expanded = options.glossary?.get(toNameKey(name)) ?? name;
  return QUALIFIER.test(expanded.trim());
}

/** `WCC` + `Rough Sleeper Group` is one name: a council's name joins the name after it. */
function mergeQualifiers(names: string[], options: RunTogetherOptions): string[] {
  const merged: string[] = [];
  let pending = '';
  names.forEach((name, index) => {
    const joined = pending ? `${pending} ${name}` : name;
    if (index < names.length - 1 && isQualifier(name, options)) {
      pending = joined;
    } else {
      merged.push(joined);
      pending = '';
    }
  });
  return merged;
}

function splitAfterPrefix(
  name: string,
  keyed: Keyed,
  options: RunTogetherOptions,
): string[] | null {
  const prefixes = nameVocabulary(options.known, options.seen)
    .known(keyed.key.charAt(0))
    .filter((key) => key.length < keyed.key.length && keyed.key.startsWith(key))
    .sort((a, b) => b.length - a.length);
  for (const key of prefixes) {
    if (keyed.origin[key.length] === keyed.origin[key.length - 1]) continue;
    const prefix = slice(name, keyed, 0, key.length);
    if (!isAbbreviation(prefix)) continue;
    if (isQualifier(prefix, options)) return null;
    const restStart = (keyed.origin[key.length - 1] ?? 0) + 1;
    const rest = name.slice(restStart).trim();
    const restStartsKnown = startsWithKnownWord(rest, options);
    const atWordBreak = /^\s/.test(name.slice(restStart));
    const words = rest.split(/\s+/);
    const lastWord = toNameKey(words[words.length - 1] ?? '');
    const looksLikeParty = words.length >= 2 && !POST_WORDS.has(lastWord);
    if (restStartsKnown || (atWordBreak && looksLikeParty)) {
      return [prefix, ...splitRunTogether(rest, options).names];
    }
    return null;
  }
  return null;
}

/** True when the text opens with a known name that ends where a word ends (`WCC Rough...`, not `WCCx`). */
function startsWithKnownWord(text: string, options: RunTogetherOptions): boolean {
  const keyed = toKeyed(text);
  const candidates = nameVocabulary(options.known, options.seen).known(keyed.key.charAt(0));
  return candidates.some((key) => {
    if (!keyed.key.startsWith(key)) return false;
    if (key.length === keyed.key.length) return true;
    const last = keyed.origin[key.length - 1] ?? 0;
    return !/[\p{L}\p{N}]/u.test(text.charAt(last + 1));
  });
}
