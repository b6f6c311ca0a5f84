// linkMentions: reads every task title, measure and service description, recognises the client
// groups, services, funding streams and parties they name (find-mentions.ts), and records each as
// (text)-[:MENTIONS {source, locator, matched}]->(node). Running it again changes nothing.
import type { Driver } from 'neo4j-driver';
import { analysisCypher, runQuery } from './query.js';
import { createMentionFinder, type VocabularyEntry } from './find-mentions.js';
import { EXTRA_CLIENT_GROUP_TERMS } from './extra-terms.js';
import { cleanLocator } from './wording.js';

interface TextRow {
  key: string;
  label: string;
  text: string | null;
  source: string | null;
  locator: string | null;
}

export interface RecognisedMention {
  from: string;
  to: string;
  matched: string;
  source: string | null;
  locator: string | null;
}

export interface LinkMentionsResult {
  /** MENTIONS relationships written now. */
  created: number;
  /** MENTIONS written by an earlier run whose text no longer names the node. */
  removed: number;
  /** Every mention recognised now (new and already there). */
  recognised: number;
}

/** The vocabulary as read from the graph, with the extra recognition terms of extra-terms.ts. */
export function withExtraTerms(entries: VocabularyEntry[]): VocabularyEntry[] {
  return entries.map((entry) => {
    const extra = EXTRA_CLIENT_GROUP_TERMS[entry.key];
    return extra ? { ...entry, terms: [...entry.terms, ...extra] } : entry;
  });
}

/** Recognises mentions in texts (pure: no database). A text never mentions itself. */
export function recogniseMentions(
  vocabulary: VocabularyEntry[],
  texts: TextRow[],
): RecognisedMention[] {
  const find = createMentionFinder(withExtraTerms(vocabulary));
  const out: RecognisedMention[] = [];
  for (const row of texts) {
    if (!row.text) continue;
    for (const mention of find(row.text)) {
      if (mention.key === row.key) continue;
      out.push({
        from: row.key,
        to: mention.key,
        matched: mention.matched,
        source: row.source,
        locator: cleanLocator(row.locator) ?? null,
      });
    }
  }
  return out;
}

export async function linkMentions(
  driver: Driver,
  options: { database?: string } = {},
): Promise<LinkMentionsResult> {
  const database = options.database;
  const [vocabulary, texts] = await Promise.all([
    runQuery<VocabularyEntry>(
      driver,
      analysisCypher('mentions/read-vocabulary.cypher'),
      {},
      { database },
    ),
    runQuery<TextRow>(driver, analysisCypher('mentions/read-texts.cypher'), {}, { database }),
  ]);
  const mentions = recogniseMentions(vocabulary, texts);
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const written = await tx.run(analysisCypher('mentions/write-mentions.cypher'), { mentions });
      const stale = await tx.run(analysisCypher('mentions/remove-stale-mentions.cypher'), {
        current: mentions.map((m) => `${m.from}>${m.to}`),
      });
      return {
        created: Number(written.records[0]?.get('created') ?? 0),
        removed: Number(stale.records[0]?.get('removed') ?? 0),
        recognised: mentions.length,
      };
    });
  } finally {
    await session.close();
  }
}
