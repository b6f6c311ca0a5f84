// Recognises the client groups, services, funding streams and parties a text names, from a
// vocabulary of names and aliases: word by word, plurals folded, the longest name winning
// (`female rough sleepers` is Female rough sleepers, not Rough Sleepers), abbreviations only in
// capitals (`TA`, never `ta`), and a one-word name of a body only when written with a capital.
import { stem } from './text-similarity.js';

export interface VocabularyEntry {
  key: string;
  /** ClientGroup, Service, FundingStream or a party label. */
  label: string;
  name: string;
  /** The name and every alias it may be written as. */
  terms: string[];
}

export interface Mention {
  key: string;
  label: string;
  /** The words as the text writes them. */
  matched: string;
  start: number;
  end: number;
}

interface Token {
  raw: string;
  norm: string;
  start: number;
  end: number;
}

interface Pattern {
  entry: VocabularyEntry;
  tokens: Token[];
  /** Compare raw tokens case-sensitively (abbreviations: NRPF, RPs, SWR&BS). */
  exact: boolean;
  /** A one-word name of a body or a service must be capitalised in the text (Prisons, Planning). */
  capitalised: boolean;
}

/**
 * Words that, following a client group's name, make it the name of something else: the `Rough
 * Sleeper Action Plan`, a `Rough Sleeping Co-ordinator`, a `Rough Sleeper Group`.
 */
const NAMING_WORDS = new Set(
  'action plan strategy group initiative programme co coordinator board team officer forum'
    .split(' ')
    .map((w) => stem(w)),
);

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+|&/gu)) {
    const raw = match[0];
    const norm = raw === '&' ? 'and' : stem(raw.toLowerCase());
    out.push({ raw, norm, start: match.index, end: match.index + raw.length });
  }
  return out;
}

/** An abbreviation: capitals, digits and `&`, perhaps with a plural s (RPs). */
function isAbbreviation(term: string): boolean {
  return /^[A-Z0-9&]{2,}s?$/.test(term.replace(/\s+/g, '')) && /[A-Z]/.test(term);
}

function compile(vocabulary: readonly VocabularyEntry[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (const entry of vocabulary) {
    for (const term of new Set(entry.terms)) {
      const termTokens = tokens(term);
      if (termTokens.length === 0) continue;
      const exact = isAbbreviation(term);
      const capitalised = !exact && termTokens.length === 1 && entry.label !== 'ClientGroup';
      patterns.push({ entry, tokens: termTokens, exact, capitalised });
    }
  }
  return patterns;
}

function matchesAt(pattern: Pattern, text: Token[], at: number): boolean {
  if (at + pattern.tokens.length > text.length) return false;
  return pattern.tokens.every((token, i) => {
    const word = text[at + i];
    if (!word) return false;
    if (pattern.exact) return word.raw === token.raw || (token.raw === '&' && word.raw === '&');
    if (word.norm !== token.norm) return false;
    return !pattern.capitalised || /^\p{Lu}/u.test(word.raw);
  });
}

/** Patterns that can start at one word: the shared ones and, apart, each scope's own. */
interface FirstWordPatterns {
  all: Pattern[];
  shared: Pattern[];
  byScope: Map<string, Pattern[]>;
}

function push<K>(map: Map<K, Pattern[]>, key: K, pattern: Pattern): void {
  const list = map.get(key);
  if (list) list.push(pattern);
  else map.set(key, [pattern]);
}

/**
 * A reusable recogniser for one vocabulary. `scopeOf` says whose an entry is (a council's own
 * post or team) or null for a shared one; a text given a scope is then matched only against
 * that scope's names and the shared ones.
 */
export function createMentionFinder(
  vocabulary: readonly VocabularyEntry[],
  scopeOf: (entry: VocabularyEntry) => string | null = () => null,
) {
  // Patterns by their first word (as normalised), so each word of a text is tried only against
  // the names that can start there: a text costs its words, not its words times the vocabulary.
  // Within a first word, by scope: every council has its own 'Head of Housing', and a council's
  // text must not try the other 299 (at 300 councils that was most of the time spent).
  // An exact pattern's first word has the same normalised form as the word it must equal.
  const byFirstWord = new Map<string, FirstWordPatterns>();
  for (const pattern of compile(vocabulary)) {
    const first = pattern.tokens[0]?.norm ?? '';
    let group = byFirstWord.get(first);
    if (!group) {
      group = { all: [], shared: [], byScope: new Map() };
      byFirstWord.set(first, group);
    }
    group.all.push(pattern);
    const scope = scopeOf(pattern.entry);
    if (scope === null) group.shared.push(pattern);
    else push(group.byScope, scope, pattern);
  }
  const candidatesAt = (word: string, scope: string | null): Pattern[] => {
    const group = byFirstWord.get(word);
    if (!group) return [];
    if (scope === null) return group.all;
    const own = group.byScope.get(scope);
    return own ? [...group.shared, ...own] : group.shared;
  };
  /** `scope` null (a shared text) tries every name; a council's text its own and shared ones. */
  return function findMentions(text: string, scope: string | null = null): Mention[] {
    const words = tokens(text);
    const candidates: { pattern: Pattern; at: number; length: number }[] = [];
    for (let at = 0; at < words.length; at += 1) {
      for (const pattern of candidatesAt(words[at]?.norm ?? '', scope)) {
        const next = words[at + pattern.tokens.length];
        const namesSomethingElse =
          pattern.entry.label === 'ClientGroup' &&
          next !== undefined &&
          NAMING_WORDS.has(next.norm);
        if (!namesSomethingElse && matchesAt(pattern, words, at)) {
          candidates.push({ pattern, at, length: pattern.tokens.length });
        }
      }
    }
    // Longest first; equal spans for different nodes (a scheme and its funding stream) both stand.
    candidates.sort((a, b) => b.length - a.length || a.at - b.at);
    const taken: { at: number; length: number }[] = [];
    const found = new Map<string, Mention>();
    for (const candidate of candidates) {
      const overlaps = taken.some(
        (t) =>
          candidate.at < t.at + t.length &&
          t.at < candidate.at + candidate.length &&
          !(t.at === candidate.at && t.length === candidate.length),
      );
      if (overlaps) continue;
      taken.push(candidate);
      const first = words[candidate.at];
      const last = words[candidate.at + candidate.length - 1];
      if (!first || !last) continue;
      const { key, label } = candidate.pattern.entry;
      if (!found.has(key)) {
        found.set(key, {
          key,
          label,
          matched: text.slice(first.start, last.end),
          start: first.start,
          end: last.end,
        });
      }
    }
    return [...found.values()].sort((a, b) => a.start - b.start || a.key.localeCompare(b.key));
  };
}
