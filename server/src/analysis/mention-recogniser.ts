// Recognises the mentions in the graph's texts, remembering what each text mentioned for the next
// run. Right after a write (a status set, one plan imported) nearly every text is as it was, and
// recognising all of them again was most of an analysis's extra time after a write (about half a
// second of Node CPU at 300 councils). A text is recognised again only when it is new or changed,
// and every text is when the vocabulary changed at all (a name, an alias, a key), since a new
// name can be mentioned by an old text.
import crypto from 'node:crypto';
import { createMentionFinder, type Mention, type VocabularyEntry } from './find-mentions.js';
import { EXTRA_CLIENT_GROUP_TERMS } from './extra-terms.js';
import { councilOfKey } from './council-pairs.js';

export interface TextRow {
  key: string;
  text: string | null;
}

export interface RecognisedMention {
  from: string;
  to: string;
  matched: string;
}

/** The vocabulary as read from the graph, with the extra recognition terms of extra-terms.ts. */
export function withExtraTerms(entries: VocabularyEntry[]): VocabularyEntry[] {
  return entries.map((entry) => {
    const extra = EXTRA_CLIENT_GROUP_TERMS[entry.key];
    return extra ? { ...entry, terms: [...entry.terms, ...extra] } : entry;
  });
}

function fingerprint(vocabulary: readonly VocabularyEntry[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(vocabulary)).digest('hex');
}

export class MentionRecogniser {
  private vocabulary: string | undefined;
  private find: ReturnType<typeof createMentionFinder> | undefined;
  /** Each text's mentions, by the text's council and words (what recognition depends on). */
  private known = new Map<string, readonly Mention[]>();
  /** How many texts the last call recognised afresh (the others were remembered). */
  recognisedAfresh = 0;

  /** Every mention in the texts; a text never mentions itself. */
  recognise(vocabulary: VocabularyEntry[], texts: readonly TextRow[]): RecognisedMention[] {
    const id = fingerprint(vocabulary);
    if (!this.find || id !== this.vocabulary) {
      // A council's text names its own posts, teams and services or shared ones, never another
      // council's of the same title (keys carry the council: MODEL.md).
      this.find = createMentionFinder(withExtraTerms(vocabulary), (entry) =>
        councilOfKey(entry.key),
      );
      this.vocabulary = id;
      this.known = new Map();
    }
    // Only the texts of this run are kept, so what is remembered never outgrows the graph.
    const kept = new Map<string, readonly Mention[]>();
    this.recognisedAfresh = 0;
    const out: RecognisedMention[] = [];
    for (const row of texts) {
      if (!row.text) continue;
      const scope = councilOfKey(row.key);
      const textId = `${scope ?? ''}\u0000${row.text}`;
      let found = kept.get(textId) ?? this.known.get(textId);
      if (!found) {
        found = this.find(row.text, scope);
        this.recognisedAfresh += 1;
      }
      kept.set(textId, found);
      for (const mention of found) {
        if (mention.key === row.key) continue;
        out.push({ from: row.key, to: mention.key, matched: mention.matched });
      }
    }
    this.known = kept;
    return out;
  }
}
